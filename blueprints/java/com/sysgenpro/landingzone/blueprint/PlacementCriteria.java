package com.sysgenpro.landingzone.blueprint;

import com.sysgenpro.landingzone.core.DataClassification;
import java.util.Objects;

/**
 * What a business unit declares about its Odoo so that a tenancy model can be advised.
 *
 * @param transactionVolume orders, invoices and stock moves per day, relative to the estate's other units
 * @param integrationComplexity EDI, carrier, bank, marketplace and plant-floor integrations
 * @param customizationDepth custom modules and how far they change standard Odoo
 * @param latencyTolerance how well its users tolerate slow screens ({@link Level#LOW} = warehouse scanners, tills)
 * @param dataClassification the sensitivity of its data
 * @param recoveryTier the recovery tier of its production
 */
public record PlacementCriteria(Level transactionVolume, Level integrationComplexity, Level customizationDepth,
                                Level latencyTolerance, DataClassification dataClassification, RecoveryTier recoveryTier) {

    /** Checks that every criterion is given. */
    public PlacementCriteria {
        Objects.requireNonNull(transactionVolume, "transactionVolume");
        Objects.requireNonNull(integrationComplexity, "integrationComplexity");
        Objects.requireNonNull(customizationDepth, "customizationDepth");
        Objects.requireNonNull(latencyTolerance, "latencyTolerance");
        Objects.requireNonNull(dataClassification, "dataClassification");
        Objects.requireNonNull(recoveryTier, "recoveryTier");
    }

    /** Modest on every count: medium latency tolerance, low volume, integrations and customization. */
    public static PlacementCriteria modest(DataClassification dataClassification, RecoveryTier recoveryTier) {
        return new PlacementCriteria(Level.LOW, Level.LOW, Level.LOW, Level.MEDIUM, dataClassification, recoveryTier);
    }
}
