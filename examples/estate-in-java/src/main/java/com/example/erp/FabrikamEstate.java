package com.example.erp;

import com.sysgenpro.landingzone.blueprint.Level;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Cidr;
import com.sysgenpro.landingzone.estate.AccessGroups;
import com.sysgenpro.landingzone.estate.BusinessUnit;
import com.sysgenpro.landingzone.estate.DirectoryGroup;
import com.sysgenpro.landingzone.estate.Environment;
import com.sysgenpro.landingzone.estate.Estate;
import java.time.LocalDate;

/**
 * Fabrikam Foods' estate: a busy manufacturing unit on hosting of its own and a small retail unit on shared hosting,
 * each with production and staging. The ids are placeholders: put your tenant's here before deploying.
 */
public final class FabrikamEstate {

    private FabrikamEstate() {
    }

    /** The estate; {@code EstateSynthesizer} validates it before anything is written. */
    public static Estate estate() {
        return Estate.builder()
            .organisation("Fabrikam Foods")
            .prefix("fab")
            .tenantId("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9")
            .timeZone("Europe/Amsterdam")
            .platformOwner("platform@fabrikam.example")
            .platformCostCenter("CC-100")
            .primaryRegion(AzureRegion.of("westeurope"))
            // Only the retail unit's environment classes run on shared hosting, so only they need a shared network.
            .sharedNetwork("production", Cidr.parse("10.40.0.0/20"))
            .sharedNetwork("staging", Cidr.parse("10.40.16.0/20"))
            .databaseAdmins(new DirectoryGroup("7b3e9c1a-2d4f-4e6b-9a8c-1f2e3d4c5b6a", "fab-database-admins"))
            .access(new AccessGroups("3c5d7e9f-1a2b-4c3d-8e4f-5a6b7c8d9e0f", null,
                "8e9f0a1b-2c3d-4e5f-9a6b-7c8d9e0f1a2b", null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 29)))
            .budgetStart(LocalDate.of(2027, 1, 1))
            .businessUnit(manufacturing())
            .businessUnit(retail())
            .build();
    }

    /** High volume and many integrations: the placement advice is a cluster and database server of its own. */
    private static BusinessUnit manufacturing() {
        return BusinessUnit.builder()
            .name("manufacturing")
            .shortName("mfg")
            .owner("erp-manufacturing@fabrikam.example")
            .costCenter("CC-210")
            .site("tilburg-plant")
            .transactionVolume(Level.HIGH)
            .integrationComplexity(Level.HIGH)
            .latencyTolerance(Level.LOW)
            .tenancy(TenancyModel.DEDICATED)
            .environment(Environment.builder().name("production").addressSpace(Cidr.parse("10.41.0.0/20")).build())
            .environment(Environment.builder().name("staging").addressSpace(Cidr.parse("10.41.16.0/20")).build())
            .build();
    }

    /** A handful of shops with a standard Odoo: shares a cluster and a database server per environment class. */
    private static BusinessUnit retail() {
        return BusinessUnit.builder()
            .name("retail")
            .owner("erp-retail@fabrikam.example")
            .costCenter("CC-320")
            .tenancy(TenancyModel.SHARED)
            .monthlyBudget(800)
            .environment(Environment.builder().name("production").build())
            .environment(Environment.builder().name("staging").build())
            .build();
    }
}
