package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * LZ-REC-001: in production, a PostgreSQL server whose recovery tier keeps long-term backups (tier-1: 12 months,
 * tier-2: 3 months; {@link RecoveryTier#longTermRetentionMonths()}) has a backup instance in a backup vault whose
 * policy keeps vaulted backups at least that long. Not applicable outside production, to tiers without long-term
 * retention and to read replicas, which are restored through their primary.
 */
final class VaultedBackupRule extends CheckOnlyRule {

    static final String ID = "LZ-REC-001";
    static final String INSTANCE = ResourceTypes.DATA_PROTECTION_BACKUP_INSTANCE_POSTGRESQL_FLEXIBLE_SERVER;
    private static final int DAYS_PER_MONTH = 30;

    VaultedBackupRule() {
        super(ID, "Production databases keep vaulted backups as long as their recovery tier needs",
            "Keep the recovery tier's long-term retention in production (tier-1: 12 months, tier-2: 3 months): the"
                + " production blueprint adds a backup vault, a policy with that retention and a backup instance for the"
                + " server; an old corruption can only be undone from there.",
            Severity.ERROR, Set.of(ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        Optional<RecoveryTier> tier = stack.tier().flatMap(RecoveryTier::find);
        if (!stack.production() || tier.isEmpty() || tier.get().longTermRetentionMonths() == 0) {
            return Evaluation.notApplicable(stack.name() + " is not a production stack whose recovery tier keeps long-term backups");
        }
        if ("Replica".equals(resource.text("create_mode"))) {
            return Evaluation.notApplicable("a read replica is restored through its primary's backups");
        }
        int months = tier.get().longTermRetentionMonths();
        List<TerraformResource> instances = StackQueries.referring(resource, INSTANCE, "server_id");
        if (instances.isEmpty()) {
            return Evaluation.nonCompliant("no " + INSTANCE + " backs the server up, but " + tier.get().id() + " keeps " + months
                + " months of vaulted backups; keep the tier's long-term retention (the production blueprint adds the vault)");
        }
        int longest = 0;
        for (TerraformResource instance : instances) {
            TerraformResource policy = StackQueries.referenced(instance, instance.text("backup_policy_id"));
            if (policy == null) {
                return Evaluation.notApplicable("the backup policy of " + instance.address() + " is not in this stack");
            }
            longest = Math.max(longest, vaultDays(policy.body()));
        }
        return Evaluation.require(longest >= months * DAYS_PER_MONTH, "the backup policy keeps vaulted backups "
            + (longest == 0 ? "for no time" : "for " + longest + " days") + ", " + tier.get().id() + " needs " + months
            + " months; raise the policy's VaultStore duration to P" + months + "M");
    }

    /** The longest VaultStore retention of a backup policy, in days; 0 when it has none or none can be read. */
    static int vaultDays(JsonNode policy) {
        int longest = lifeCycleDays(StackQueries.block(policy, "default_retention_rule").path("life_cycle"));
        for (JsonNode rule : policy.path("retention_rule")) {
            longest = Math.max(longest, lifeCycleDays(rule.path("life_cycle")));
        }
        return longest;
    }

    private static int lifeCycleDays(JsonNode lifeCycles) {
        int longest = 0;
        // cdktn writes blocks that may repeat as lists; a single one may also come as an object.
        List<JsonNode> entries = new ArrayList<>();
        if (lifeCycles.isObject()) {
            entries.add(lifeCycles);
        } else {
            lifeCycles.forEach(entries::add);
        }
        for (JsonNode lifeCycle : entries) {
            if ("VaultStore".equals(lifeCycle.path("data_store_type").asText())) {
                try {
                    Period period = Period.parse(lifeCycle.path("duration").asText());
                    longest = Math.max(longest, period.getYears() * 365 + period.getMonths() * DAYS_PER_MONTH + period.getDays());
                } catch (DateTimeParseException e) {
                    // An unreadable duration counts as none: Azure rejects it too.
                }
            }
        }
        return longest;
    }
}
