package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Control;
import com.sysgenpro.landingzone.governance.policy.Initiative;
import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rules {@code check} runs: every governance control with an offline twin, then the check-only rules. */
public final class Rules {

    private Rules() {
    }

    /**
     * Every rule, by id order of appearance: the controls of {@link LandingZoneInitiatives#all(List)} for
     * {@code mandatoryTags} that evaluate offline (a control assigned in several initiatives counts once), then the
     * rules that exist only offline.
     */
    public static List<Rule> all(List<String> mandatoryTags) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        controls(mandatoryTags).forEach((control, initiatives) -> {
            if (control.evaluatesOffline()) {
                rules.put(control.id(), new ControlRule(control, initiatives));
            }
        });
        for (Rule rule : checkOnly()) {
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalStateException("rule id " + rule.id() + " is used twice");
            }
        }
        return List.copyOf(rules.values());
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
     * Rules without an Azure Policy twin: what only the Terraform shows (deletion protection, secrets), what the
     * synthesizer knows about a stack (tag values, recovery tiers, customer-managed keys), and AKS baseline settings and
     * diagnostics the initiatives do not assign.
     */
    public static List<Rule> checkOnly() {
        return List.of(new TagValuesRule(), new OwnerTagRule(), new SecretLiteralRule(), new DeletionProtectionRule(),
            new DeleteLockRule(), new VaultedBackupRule(), new ReplicaRule(), new RegistryReplicaRule(), new DiagnosticsCoverageRule(),
            new AksEntraRbacRule(), new AksNetworkPolicyRule(), new AksUpgradesRule(), new AksWorkloadIdentityRule(), new KnownChartRule(),
            new CustomerManagedKeyMaterialRule(), new CustomerManagedKeyCoverageRule());
    }
}
