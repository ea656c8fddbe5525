package com.sysgenpro.landingzone.governance.policy;

import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What several shipped initiatives ({@code *Initiative}) share: the resource types their controls evaluate and the
 * effects an assignment may choose for their admission and exposure controls.
 */
final class InitiativeSupport {

    static final String STORAGE = ResourceTypes.STORAGE_ACCOUNT;
    static final String KEY_VAULT = ResourceTypes.KEY_VAULT;
    static final String POSTGRES = ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER;
    static final String MANAGED_REDIS = ResourceTypes.MANAGED_REDIS;
    static final String REDIS_CACHE = ResourceTypes.REDIS_CACHE;
    static final String AKS = ResourceTypes.KUBERNETES_CLUSTER;
    static final String AKS_NODE_POOL = ResourceTypes.KUBERNETES_CLUSTER_NODE_POOL;
    static final String DIAGNOSTIC_SETTING = ResourceTypes.MONITOR_DIAGNOSTIC_SETTING;
    static final String PRIVATE_ENDPOINT = ResourceTypes.PRIVATE_ENDPOINT;
    static final String POSTGRES_CONFIGURATION = ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER_CONFIGURATION;

    /** Terraform types that carry tags and a location, for the tagging and region controls. */
    static final Set<String> TAGGED_TYPES = Set.of(STORAGE, KEY_VAULT, POSTGRES, MANAGED_REDIS, REDIS_CACHE, AKS,
        AKS_NODE_POOL, ResourceTypes.LOG_ANALYTICS_WORKSPACE, ResourceTypes.VIRTUAL_NETWORK, ResourceTypes.NETWORK_SECURITY_GROUP,
        ResourceTypes.PRIVATE_DNS_ZONE, PRIVATE_ENDPOINT, ResourceTypes.CONTAINER_REGISTRY, ResourceTypes.USER_ASSIGNED_IDENTITY,
        ResourceTypes.DATA_PROTECTION_BACKUP_VAULT, ResourceTypes.MONITOR_ACTION_GROUP, ResourceTypes.PUBLIC_IP,
        ResourceTypes.LINUX_VIRTUAL_MACHINE, ResourceTypes.WINDOWS_VIRTUAL_MACHINE);
    static final Set<String> LOCATED_TYPES = without(TAGGED_TYPES, AKS_NODE_POOL, ResourceTypes.PRIVATE_DNS_ZONE, ResourceTypes.MONITOR_ACTION_GROUP);

    /** The effects an assignment may give the controls that read theirs from a parameter. */
    static final List<Object> AUDIT_DENY_DISABLED = List.of("Audit", "Deny", "Disabled");

    private InitiativeSupport() {
    }

    private static Set<String> without(Set<String> types, String... removed) {
        Set<String> result = new TreeSet<>(types);
        result.removeAll(List.of(removed));
        return Set.copyOf(result);
    }
}
