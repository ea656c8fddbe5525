package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.sysgenpro.landingzone.blueprint.RecoveryAssessment;
import com.sysgenpro.landingzone.blueprint.RecoveryAssessment.Scenario;
import com.sysgenpro.landingzone.blueprint.RecoveryObjective;
import com.sysgenpro.landingzone.blueprint.RecoverySettings;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.workload.StorageReplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Recovery objectives: achieved and target": the recovery point and time each scenario achieves, how, and against the
 * unit's recovery tier, with the Azure statements the figures rest on.
 */
final class ObjectivesSection extends RunbookSection {

    ObjectivesSection(Page page) {
        super(page);
    }

    void write() {
        Optional<RecoveryTier> tier = f.recoveryTier();
        Optional<RecoverySettings> settings = f.recoverySettings();
        tier.ifPresentOrElse(target -> md.paragraph("Target, from the unit's recovery tier " + code(target.id()) + ": "
                + target.target() + " in every scenario, " + target.minimumBackupRetentionDays() + " days of point-in-time restore"
                + (target.longTermRetentionMonths() > 0 ? " and " + target.longTermRetentionMonths() + " months of vaulted backups."
                : ".")),
            () -> md.paragraph("**No recovery tier is committed** for this environment (blueprint " + code(f.context.blueprint())
                + "): the figures below are what its settings give, not a promise."));
        if (settings.isEmpty()) {
            md.paragraph("**Not assessable:** no PostgreSQL server was found for this environment, neither in " + code(f.stack.name())
                + " nor in a stack it reads, so there is no database to recover and no recovery point to state."
                + tier.map(target -> " Whether " + target.id() + " is met cannot be shown.").orElse(""));
            return;
        }
        // The assessment's achieved figures do not depend on the tier; without one, any tier serves to compute them.
        RecoveryAssessment assessment = RecoveryAssessment.of(tier.orElse(RecoveryTier.TIER_3), settings.get());
        List<List<String>> rows = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            RecoveryObjective achieved = assessment.achieved().get(scenario);
            rows.add(List.of(scenario.label(), mechanism(scenario, settings.get()), RecoveryObjective.format(achieved.rpo()),
                RecoveryObjective.format(achieved.rto()), tier.map(target -> achieved.recoverable() && achieved.meets(target.target())
                    ? "yes" : "**no**").orElse("–")));
        }
        md.table(List.of("scenario", "recovers by", "achieved RPO", "achieved RTO",
            tier.map(target -> "meets " + target.id()).orElse("target")), rows);
        md.paragraph("Long-term retention: " + (settings.get().longTermRetentionMonths() > 0
            ? settings.get().longTermRetentionMonths() + " months of vaulted backups" : "no vaulted backups")
            + tier.map(target -> " (" + target.id() + " needs " + target.longTermRetentionMonths() + ")").orElse("") + ".");
        tier.ifPresent(target -> {
            if (assessment.meetsTier()) {
                md.paragraph("**Meets " + target.id() + "** in every scenario.");
            } else {
                md.line("**Does not meet " + target.id() + ":**").blank();
                assessment.shortfalls().forEach(md::bullet);
                md.blank();
            }
        });
        md.paragraph("The achieved figures are planning values for what this environment emits, the same ones synthesis checks"
            + " recovery tiers with: a restore of a few hundred GiB is taken to finish within 2 h, a replica to be promoted"
            + " within 1 h, a geo-restore within 12 h, and a lost cluster to be rebuilt from code and GitOps within 2 h. They"
            + " rest on these statements:");
        List<String> basis = new ArrayList<>();
        if (settings.get().databaseHighAvailability()) {
            basis.add(AzureDocs.HIGH_AVAILABILITY);
        }
        basis.add(AzureDocs.POINT_IN_TIME_RESTORE);
        if (settings.get().crossRegionReplica()) {
            basis.add(AzureDocs.READ_REPLICA);
        }
        if (settings.get().geoRedundantBackup()) {
            basis.add(AzureDocs.GEO_RESTORE);
        }
        if (f.geoRedundantStorage()) {
            basis.add(AzureDocs.GEO_STORAGE);
        }
        basis.forEach(md::bullet);
        md.blank();
        sources.add(AzureDocs.BUSINESS_CONTINUITY);
    }

    private String mechanism(Scenario scenario, RecoverySettings settings) {
        StorageReplication replication = f.storageReplication();
        String storage = replication == null ? "" : switch (scenario) {
            case ZONE_OUTAGE -> replication == StorageReplication.LRS ? "; the LRS filestore is lost with its zone"
                : "; the " + replication + " filestore keeps serving";
            case REGION_OUTAGE -> f.geoRedundantStorage() ? "; fail the " + replication + " storage account over"
                : "; the " + replication + " filestore has no copy outside " + f.primaryRegion();
            case DATA_CORRUPTION -> "; blob versions and soft delete for files";
        };
        return switch (scenario) {
            case ZONE_OUTAGE -> (settings.databaseHighAvailability() ? "zone-redundant HA fails over by itself"
                : "point-in-time restore into another zone") + storage;
            case REGION_OUTAGE -> (settings.crossRegionReplica() ? "promote the replica in " + f.replica.get().location()
                : settings.geoRedundantBackup() ? "geo-restore into the paired region"
                    + pairOf(f.primaryRegion()).map(region -> ", " + region).orElse("")
                : settings.rebuildFirst() ? "rebuild from code elsewhere and re-seed the data from production (rebuild-first)"
                : "nothing: no geo-redundant backup, no cross-region replica") + storage
                + (settings.crossRegionReplica() || settings.geoRedundantBackup() ? "; rebuild the cluster from code" : "");
            case DATA_CORRUPTION -> "point-in-time restore (" + settings.backupRetentionDays() + " d window)" + storage;
        };
    }
}
