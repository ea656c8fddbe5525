package com.sysgenpro.landingzone.blueprint;

import com.sysgenpro.landingzone.internal.Choices;
import java.util.Optional;

/** How much of the hosting a business unit's environment shares with other units. */
public enum TenancyModel {
    /**
     * Its own resource group with its own network, AKS cluster, PostgreSQL server, Redis and storage: no
     * neighbours, its own release and maintenance cadence, the highest cost.
     */
    DEDICATED("dedicated"),
    /**
     * Its own node pool (labelled and tainted for it) on the environment class's shared cluster, and its own
     * PostgreSQL server and storage account; Redis is shared with a per-unit key prefix.
     */
    SEMI_DEDICATED("semi-dedicated"),
    /**
     * A namespace on the shared cluster, a database on the shared PostgreSQL server, a container in the shared
     * storage account and a key prefix on the shared Redis: the cheapest, for units with modest needs.
     */
    SHARED("shared");

    private final String id;

    TenancyModel(String id) {
        this.id = id;
    }

    /** The spelling in estate files, e.g. {@code semi-dedicated}. */
    public String id() {
        return id;
    }

    /** Whether the unit's data lives on a server of its own (dedicated and semi-dedicated). */
    public boolean ownDatabaseServer() {
        return this != SHARED;
    }

    /** The model spelled {@code id}, if any. */
    public static Optional<TenancyModel> find(String id) {
        return Choices.find(values(), TenancyModel::id, id);
    }

    /** The models' spellings, e.g. for an "allowed: …" message. */
    public static String ids() {
        return Choices.allowed(values(), TenancyModel::id);
    }

    @Override
    public String toString() {
        return id;
    }
}
