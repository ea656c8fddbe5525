package com.sysgenpro.landingzone.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the database answers after a region outage, which the PostgreSQL step recovers and the checks after recovery
 * resolve: the promoted cross-region replica, else the server geo-restored into the recovery network.
 */
final class DatabaseFailover {

    private final Footprint f;

    DatabaseFailover(Footprint footprint) {
        this.f = footprint;
    }

    /** Whether a region outage is recovered by promoting the replica in another region. */
    boolean promotes() {
        return f.crossRegionReplica();
    }

    /**
     * The server that answers in the recovery network after a region outage: the promoted replica, else the server
     * geo-restored into that network; empty when neither lands there.
     */
    Optional<String> server() {
        if (f.server.isEmpty()) {
            return Optional.empty();
        }
        if (promotes()) {
            return Optional.of(f.replica.get().name());
        }
        return f.geoRedundantBackup() && restoreNetwork(f.server.get()).isPresent()
            ? Optional.of(f.server.get().name() + "-geo") : Optional.empty();
    }

    /** The names Odoo may reach the failed-over server by, the one it should use first (the virtual endpoint's writer). */
    List<String> hosts() {
        List<String> hosts = new ArrayList<>();
        if (promotes()) {
            f.virtualEndpoint.ifPresent(endpoint -> hosts.add(endpoint.name() + ".writer.postgres.database.azure.com"));
        }
        server().ifPresent(server -> hosts.add(server + ".postgres.database.azure.com"));
        return hosts;
    }

    /** The recovery network a geo-restore of {@code server} lands in: only one in Azure's pair of the server's region. */
    Optional<Located> restoreNetwork(Located server) {
        Optional<String> pair = RunbookSection.pairOf(server.location());
        return f.recoveryNetwork().filter(network -> pair.isEmpty() || pair.get().equals(network.location()));
    }
}
