package com.sysgenpro.landingzone.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An Azure region by its programmatic name ({@code westeurope}) with the short code used in resource names
 * ({@code weu}).
 *
 * <p>Only regions listed here are accepted, so that a typo fails before synthesis instead of at deploy time.
 * The list covers the regions with availability zones and their pairs; extend it here when an estate needs another,
 * with its pair.
 *
 * @param name the programmatic name Terraform and Azure use, e.g. {@code westeurope}
 * @param code a short code, unique among the known regions, used inside resource names, e.g. {@code weu}
 */
public record AzureRegion(String name, String code) {

    private static final Map<String, AzureRegion> KNOWN = new LinkedHashMap<>();
    private static final Map<String, String> PAIRS = new LinkedHashMap<>();

    static {
        for (String[] entry : new String[][] {
            {"westeurope", "weu"}, {"northeurope", "neu"}, {"francecentral", "frc"}, {"francesouth", "frs"},
            {"germanywestcentral", "gwc"}, {"germanynorth", "gno"}, {"swedencentral", "sdc"},
            {"swedensouth", "sds"}, {"switzerlandnorth", "szn"}, {"switzerlandwest", "szw"},
            {"norwayeast", "nwe"}, {"norwaywest", "nww"}, {"uksouth", "uks"}, {"ukwest", "ukw"},
            {"italynorth", "itn"}, {"polandcentral", "plc"}, {"spaincentral", "spc"},
            {"eastus", "eus"}, {"eastus2", "eus2"}, {"westus", "wus"}, {"westus2", "wus2"}, {"westus3", "wus3"},
            {"centralus", "cus"}, {"southcentralus", "scus"}, {"northcentralus", "ncus"},
            {"canadacentral", "cac"}, {"canadaeast", "cae"}, {"brazilsouth", "brs"},
            {"australiaeast", "aue"}, {"australiasoutheast", "ause"}, {"southeastasia", "sea"},
            {"eastasia", "ea"}, {"japaneast", "jpe"}, {"japanwest", "jpw"}, {"koreacentral", "krc"},
            {"centralindia", "inc"}, {"southindia", "ins"}, {"uaenorth", "uan"}, {"qatarcentral", "qac"},
            {"southafricanorth", "san"}, {"israelcentral", "ilc"}, {"mexicocentral", "mxc"},
            {"westcentralus", "wcus"}, {"koreasouth", "krs"}, {"uaecentral", "uac"}, {"southafricawest", "saw"},
        }) {
            KNOWN.put(entry[0], new AzureRegion(entry[0], entry[1]));
        }
        // Azure's region pairs (learn.microsoft.com/azure/reliability/regions-paired): where geo-redundant storage,
        // PostgreSQL geo-redundant backup and geo-redundant backup vaults keep their second copy. Some are one-way
        // (westus3 -> eastus, brazilsouth -> southcentralus). Regions absent here have no pair.
        for (String[] pair : new String[][] {
            {"westeurope", "northeurope"}, {"northeurope", "westeurope"}, {"francecentral", "francesouth"},
            {"francesouth", "francecentral"}, {"germanywestcentral", "germanynorth"}, {"germanynorth", "germanywestcentral"},
            {"swedencentral", "swedensouth"}, {"swedensouth", "swedencentral"}, {"switzerlandnorth", "switzerlandwest"},
            {"switzerlandwest", "switzerlandnorth"}, {"norwayeast", "norwaywest"}, {"norwaywest", "norwayeast"},
            {"uksouth", "ukwest"}, {"ukwest", "uksouth"}, {"eastus", "westus"}, {"westus", "eastus"},
            {"eastus2", "centralus"}, {"centralus", "eastus2"}, {"westus2", "westcentralus"}, {"westcentralus", "westus2"},
            {"westus3", "eastus"}, {"southcentralus", "northcentralus"}, {"northcentralus", "southcentralus"},
            {"canadacentral", "canadaeast"}, {"canadaeast", "canadacentral"}, {"brazilsouth", "southcentralus"},
            {"australiaeast", "australiasoutheast"}, {"australiasoutheast", "australiaeast"},
            {"southeastasia", "eastasia"}, {"eastasia", "southeastasia"}, {"japaneast", "japanwest"},
            {"japanwest", "japaneast"}, {"koreacentral", "koreasouth"}, {"koreasouth", "koreacentral"},
            {"centralindia", "southindia"}, {"southindia", "centralindia"}, {"uaenorth", "uaecentral"},
            {"uaecentral", "uaenorth"}, {"southafricanorth", "southafricawest"}, {"southafricawest", "southafricanorth"},
        }) {
            PAIRS.put(pair[0], pair[1]);
        }
    }

    /**
     * Paired regions where Azure Database for PostgreSQL flexible server offers no geo-redundant backup
     * (learn.microsoft.com/azure/postgresql/flexible-server/overview#azure-regions): the one-way pairs.
     */
    private static final java.util.Set<String> NO_POSTGRES_GEO_BACKUP = java.util.Set.of("brazilsouth", "westus3");

    /**
     * The known regions with availability zones (learn.microsoft.com/azure/reliability/regions-list). The others,
     * mostly the pairs that serve in-country disaster recovery (Germany North, France South, Sweden South, UK West, ...),
     * have none, and Azure refuses zone redundancy there.
     */
    private static final java.util.Set<String> AVAILABILITY_ZONES = java.util.Set.of(
        "westeurope", "northeurope", "francecentral", "germanywestcentral", "swedencentral", "switzerlandnorth", "norwayeast",
        "uksouth", "italynorth", "polandcentral", "spaincentral", "eastus", "eastus2", "westus2", "westus3", "centralus",
        "southcentralus", "canadacentral", "brazilsouth", "mexicocentral", "australiaeast", "southeastasia", "eastasia",
        "japaneast", "japanwest", "koreacentral", "centralindia", "uaenorth", "qatarcentral", "southafricanorth", "israelcentral");

    /** Validates the components; use {@link #of(String)} to look up a known region. */
    public AzureRegion {
        if (name == null || !name.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("Azure region name '" + name
                + "' is not a programmatic region name; use the lowercase form without spaces, e.g. 'westeurope'");
        }
        if (code == null || !code.matches("[a-z0-9]{2,5}")) {
            throw new IllegalArgumentException("region code '" + code + "' for " + name
                + " must be 2 to 5 lowercase letters or digits");
        }
    }

    /**
     * Returns the known region with this programmatic name.
     *
     * @throws IllegalArgumentException naming the value and the known regions when it is not one of them
     */
    public static AzureRegion of(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown Azure region '" + name
            + "'; known regions: " + String.join(", ", KNOWN.keySet())));
    }

    /** The known region with this programmatic name (case-insensitive), if any. */
    public static Optional<AzureRegion> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(KNOWN.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every known region, in a stable order. */
    public static List<AzureRegion> known() {
        return List.copyOf(KNOWN.values());
    }

    /**
     * The region Azure keeps geo-redundant copies in (GRS and GZRS storage, PostgreSQL geo-redundant backup,
     * geo-redundant backup vaults), which no setting can change; empty for a region without a pair, where none of
     * these are offered.
     */
    public Optional<AzureRegion> pair() {
        return Optional.ofNullable(PAIRS.get(name)).map(KNOWN::get);
    }

    /** Whether PostgreSQL flexible servers here can keep geo-redundant backups (in {@link #pair()}). */
    public boolean postgresGeoRedundantBackup() {
        return pair().isPresent() && !NO_POSTGRES_GEO_BACKUP.contains(name);
    }

    /**
     * Whether the region has availability zones, so that zone-redundant resources (a registry replica, a zonal node pool)
     * can be placed there.
     */
    public boolean availabilityZones() {
        return AVAILABILITY_ZONES.contains(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
