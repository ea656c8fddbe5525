package com.sysgenpro.landingzone.workload;

/**
 * The PostgreSQL major version of a {@link PostgresFlexibleServer} ({@code version}): those both Azure and the pinned
 * azurerm provider support and still maintained upstream. azurerm 4.73 (Flexible Server API 2025-08-01) accepts 17 and
 * 18, which 4.55 refused; older majors are out of support.
 */
public enum PostgresVersion {
    /** PostgreSQL 14, the oldest major still maintained upstream. */
    V14("14"),
    /** PostgreSQL 15. */
    V15("15"),
    /** PostgreSQL 16, which every supported Odoo release runs on. The default. */
    V16("16"),
    /** PostgreSQL 17. */
    V17("17"),
    /** PostgreSQL 18, the newest major azurerm 4.73 accepts. */
    V18("18");

    private final String terraformValue;

    PostgresVersion(String terraformValue) {
        this.terraformValue = terraformValue;
    }

    /** The value of {@code version}, e.g. {@code 16}. */
    public String terraformValue() {
        return terraformValue;
    }

    /** The version as PostgreSQL numbers it, e.g. {@code 16}. */
    @Override
    public String toString() {
        return terraformValue;
    }
}
