package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Control;
import com.sysgenpro.landingzone.governance.policy.Initiative;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules {@code check} runs: every governance control with an offline twin, then the check-only rules. Some of
 * those judge dates (eligibility ending), so the rules {@code check} evaluates are made for the day it runs.
 */
public final class Rules {

    private Rules() {
    }

    /**
     * Every rule, by id order of appearance: the controls of {@link LandingZoneInitiatives#all(List)} for
     * {@code mandatoryTags} that evaluate offline (a control assigned in several initiatives counts once), then the
     * rules that exist only offline, those about dates judged against {@code today}.
     */
    public static List<Rule> all(List<String> mandatoryTags, LocalDate today) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        controls(mandatoryTags).forEach((control, initiatives) -> {
            if (control.evaluatesOffline()) {
                rules.put(control.id(), new ControlRule(control, initiatives, home(initiatives)));
            }
        });
        for (Rule rule : checkOnly(today)) {
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalStateException("rule id " + rule.id() + " is used twice");
            }
        }
        return List.copyOf(rules.values());
    }

    /**
     * {@link #all(List, LocalDate)} without a day, for what only names or lists the rules (suppressions, {@code ./lz check
     * --list-rules}): the rules about dates in it have no day to judge against, and refuse to evaluate.
     */
    public static List<Rule> all(List<String> mandatoryTags) {
        return all(mandatoryTags, null);
    }

    /**
     * Every control of the shipped initiatives for {@code mandatoryTags}, once each, by order of appearance, with the
     * keys of the initiatives that carry it: those that {@linkplain Control#evaluatesOffline() evaluate offline} and
     * those {@linkplain Control#azureOnlyReason() evaluated only in Azure}.
     */
    public static Map<Control, Set<String>> controls(List<String> mandatoryTags) {
        Map<String, Control> controls = new LinkedHashMap<>();
        Map<String, Set<String>> initiatives = new LinkedHashMap<>();
        for (Initiative initiative : LandingZoneInitiatives.all(mandatoryTags)) {
            for (Control control : initiative.controls()) {
                controls.putIfAbsent(control.id(), control);
                initiatives.computeIfAbsent(control.id(), id -> new TreeSet<>()).add(initiative.key());
            }
        }
        Map<Control, Set<String>> result = new LinkedHashMap<>();
        controls.forEach((id, control) -> result.put(control, Set.copyOf(initiatives.get(id))));
        return result;
    }

    /**
     * The file that defines a control carried by {@code initiatives}, keys as {@link #controls(List)} gives them: its
     * initiative's ({@link LandingZoneInitiatives#home(String)}). Each shipped initiative builds its own controls, so
     * there is one; were a control shared, the first key in order would name it.
     */
    public static String home(Set<String> initiatives) {
        return LandingZoneInitiatives.home(new TreeSet<>(initiatives).first());
    }

    /**
     * Rules without an Azure Policy twin: what only the Terraform shows (deletion protection, secrets), what the
     * synthesizer knows about a stack (tag values, recovery tiers, customer-managed keys), AKS baseline settings and
     * diagnostics the initiatives do not assign, eligible (PIM) assignments and temporary environments ending or ended
     * by {@code today}, providers that name no subscription in an estate with a subscription layout, and the hubs' connectivity (peering,
     * egress through the firewall, no spoke copies of the central zones). The rules that read other stacks of the output
     * ({@code OutputRule}) are made for it by {@link Checker}; as returned here they only list.
     */
    public static List<Rule> checkOnly(LocalDate today) {
        return List.of(new TagValuesRule(), new OwnerTagRule(), new SecretLiteralRule(), new DeletionProtectionRule(),
            new DeleteLockRule(), new VaultedBackupRule(), new ReplicaRule(), new RegistryReplicaRule(), new DiagnosticsCoverageRule(),
            new AksEntraRbacRule(), new AksNetworkPolicyRule(), new AksUpgradesRule(), new AksWorkloadIdentityRule(), new KnownChartRule(),
            new CustomerManagedKeyMaterialRule(), new CustomerManagedKeyCoverageRule(), new EligibilityEndingRule(today),
            new EligibilityEndedRule(today), new EnvironmentExpiringRule(today), new EnvironmentExpiredRule(today),
            new ProviderSubscriptionRule(), new HubPeeringRule(), new FirewallRouteRule(),
            new DuplicateDnsZoneRule(), new EgressParityRule());
    }

    /**
     * The rules about the estate's suppressions (expired, unused, without a reason), for listing: {@link Checker} judges
     * the suppressions by them, not resources, and they cannot be suppressed.
     */
    public static List<Rule> aboutSuppressions() {
        return SuppressionRules.ALL;
    }

    /** {@link #checkOnly(LocalDate)} without a day, for listing: the rules about dates in it refuse to evaluate. */
    public static List<Rule> checkOnly() {
        return checkOnly(null);
    }

    /** The day a dated rule judges against; fails for a rule made for listing only. */
    static LocalDate dayOf(Rule rule, LocalDate today) {
        if (today == null) {
            throw new IllegalStateException(rule.id() + " judges dates and was made without a day to judge against;"
                + " evaluate the rules of Rules.all(mandatoryTags, today) or Rules.checkOnly(today)");
        }
        return today;
    }
}
