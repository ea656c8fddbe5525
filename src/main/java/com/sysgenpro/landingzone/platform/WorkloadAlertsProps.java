package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.Tags;

/**
 * Properties of {@link WorkloadAlerts}. Create with {@link #builder()}.
 *
 * <p>Targets are resource ids: Terraform references such as {@code postgres.id()}, possibly from another stack, or
 * literal Azure resource ids. Alerts are created only for the targets that are set. Thresholds left {@code null}
 * come from the {@link #sensitivity()}.
 */
public final class WorkloadAlertsProps {

    private final String namePrefix;
    private final ResourceGroup resourceGroup;
    private final String actionGroupId;
    private final AlertSensitivity sensitivity;
    private final String postgresServerId;
    private final String managedRedisId;
    private final String aksClusterId;
    private final LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
    private final String backupVaultId;
    private final Integer postgresCpuPercent;
    private final Integer postgresStoragePercent;
    private final Integer postgresFailedConnections;
    private final Integer redisServerLoadPercent;
    private final Integer podRestarts;
    private final Tags tags;

    private WorkloadAlertsProps(Setters<?> setters) {
        this.namePrefix = setters.namePrefix;
        this.resourceGroup = setters.resourceGroup;
        this.actionGroupId = setters.actionGroupId;
        this.sensitivity = setters.sensitivity;
        this.postgresServerId = setters.postgresServerId;
        this.managedRedisId = setters.managedRedisId;
        this.aksClusterId = setters.aksClusterId;
        this.logAnalyticsWorkspace = setters.logAnalyticsWorkspace;
        this.backupVaultId = setters.backupVaultId;
        this.postgresCpuPercent = setters.postgresCpuPercent;
        this.postgresStoragePercent = setters.postgresStoragePercent;
        this.postgresFailedConnections = setters.postgresFailedConnections;
        this.redisServerLoadPercent = setters.redisServerLoadPercent;
        this.podRestarts = setters.podRestarts;
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The start of every alert's name, e.g. {@code wholesale-production}: alerts are named
     * {@code <prefix>-postgres-cpu}, {@code <prefix>-aks-pod-restarts} and so on. Required; the names must be valid
     * monitor names (no {@code < > * % & : \ ? + /}).
     */
    public String namePrefix() {
        return namePrefix;
    }

    /** The resource group the alert rules live in; log alerts take its region. Required. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /** The action group every alert notifies, usually the owner's ({@link ActionGroup#id()}). Required. */
    public String actionGroupId() {
        return actionGroupId;
    }

    /**
     * Severity, thresholds and windows, from the recovery tier of the workload
     * (the tier's {@code alertSensitivity()}). Required: how hard an outage pages someone is not left to a
     * default.
     */
    public AlertSensitivity sensitivity() {
        return sensitivity;
    }

    /** The PostgreSQL flexible server watched for CPU, storage and failed connections. Default: none, no PostgreSQL alerts. */
    public String postgresServerId() {
        return postgresServerId;
    }

    /** The Azure Managed Redis ({@code Microsoft.Cache/redisEnterprise}) watched for server load. Default: none, no Redis alert. */
    public String managedRedisId() {
        return managedRedisId;
    }

    /**
     * The AKS cluster watched for nodes that are not ready (a platform metric) and for restarting pods (a log alert,
     * for which {@link #logAnalyticsWorkspace()} is then required). Default: none, no cluster alerts.
     */
    public String aksClusterId() {
        return aksClusterId;
    }

    /**
     * The Log Analytics workspace the cluster's Container Insights writes to, queried for pod restarts: Kubernetes
     * restarts have no platform metric. Required when {@link #aksClusterId()} is set; otherwise unused. Default: none.
     */
    public LogAnalyticsWorkspaceReference logAnalyticsWorkspace() {
        return logAnalyticsWorkspace;
    }

    /** The Data Protection backup vault watched for failed backup jobs. Default: none, no backup alert. */
    public String backupVaultId() {
        return backupVaultId;
    }

    /** Average PostgreSQL CPU percent above which to alert, 1 to 99. Default: the sensitivity's. Only with a PostgreSQL server. */
    public Integer postgresCpuPercent() {
        return postgresCpuPercent;
    }

    /** PostgreSQL storage percent above which to alert, 1 to 99. Default: the sensitivity's. Only with a PostgreSQL server. */
    public Integer postgresStoragePercent() {
        return postgresStoragePercent;
    }

    /**
     * Failed PostgreSQL connections per window above which to alert, 1 to 10000. Default: the sensitivity's. Only with a
     * PostgreSQL server.
     */
    public Integer postgresFailedConnections() {
        return postgresFailedConnections;
    }

    /** Managed Redis server load percent above which to alert, 1 to 99. Default: the sensitivity's. Only with a Redis id. */
    public Integer redisServerLoadPercent() {
        return redisServerLoadPercent;
    }

    /** Restarts of one pod per window from which to alert, 1 to 1000. Default: the sensitivity's. Only with a cluster. */
    public Integer podRestarts() {
        return podRestarts;
    }

    /** Tags of the alert rules. Default: the resource group's tags. */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link WorkloadAlertsProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public WorkloadAlertsProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link WorkloadAlerts.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String namePrefix;
        private ResourceGroup resourceGroup;
        private String actionGroupId;
        private AlertSensitivity sensitivity;
        private String postgresServerId;
        private String managedRedisId;
        private String aksClusterId;
        private LogAnalyticsWorkspaceReference logAnalyticsWorkspace;
        private String backupVaultId;
        private Integer postgresCpuPercent;
        private Integer postgresStoragePercent;
        private Integer postgresFailedConnections;
        private Integer redisServerLoadPercent;
        private Integer podRestarts;
        private Tags tags;

        Setters() {
        }

        /** @see WorkloadAlertsProps#namePrefix() */
        public B namePrefix(String namePrefix) {
            this.namePrefix = namePrefix;
            return self();
        }

        /** @see WorkloadAlertsProps#resourceGroup() */
        public B resourceGroup(ResourceGroup resourceGroup) {
            this.resourceGroup = resourceGroup;
            return self();
        }

        /** @see WorkloadAlertsProps#actionGroupId() */
        public B actionGroupId(String actionGroupId) {
            this.actionGroupId = actionGroupId;
            return self();
        }

        /** Sets {@link WorkloadAlertsProps#actionGroupId()} to the id of {@code actionGroup}. */
        public B actionGroup(ActionGroup actionGroup) {
            this.actionGroupId = actionGroup == null ? null : actionGroup.id();
            return self();
        }

        /** @see WorkloadAlertsProps#sensitivity() */
        public B sensitivity(AlertSensitivity sensitivity) {
            this.sensitivity = sensitivity;
            return self();
        }

        /** @see WorkloadAlertsProps#postgresServerId() */
        public B postgresServerId(String postgresServerId) {
            this.postgresServerId = postgresServerId;
            return self();
        }

        /** @see WorkloadAlertsProps#managedRedisId() */
        public B managedRedisId(String managedRedisId) {
            this.managedRedisId = managedRedisId;
            return self();
        }

        /** @see WorkloadAlertsProps#aksClusterId() */
        public B aksClusterId(String aksClusterId) {
            this.aksClusterId = aksClusterId;
            return self();
        }

        /** @see WorkloadAlertsProps#logAnalyticsWorkspace() */
        public B logAnalyticsWorkspace(LogAnalyticsWorkspaceReference logAnalyticsWorkspace) {
            this.logAnalyticsWorkspace = logAnalyticsWorkspace;
            return self();
        }

        /** @see WorkloadAlertsProps#backupVaultId() */
        public B backupVaultId(String backupVaultId) {
            this.backupVaultId = backupVaultId;
            return self();
        }

        /** @see WorkloadAlertsProps#postgresCpuPercent() */
        public B postgresCpuPercent(Integer postgresCpuPercent) {
            this.postgresCpuPercent = postgresCpuPercent;
            return self();
        }

        /** @see WorkloadAlertsProps#postgresStoragePercent() */
        public B postgresStoragePercent(Integer postgresStoragePercent) {
            this.postgresStoragePercent = postgresStoragePercent;
            return self();
        }

        /** @see WorkloadAlertsProps#postgresFailedConnections() */
        public B postgresFailedConnections(Integer postgresFailedConnections) {
            this.postgresFailedConnections = postgresFailedConnections;
            return self();
        }

        /** @see WorkloadAlertsProps#redisServerLoadPercent() */
        public B redisServerLoadPercent(Integer redisServerLoadPercent) {
            this.redisServerLoadPercent = redisServerLoadPercent;
            return self();
        }

        /** @see WorkloadAlertsProps#podRestarts() */
        public B podRestarts(Integer podRestarts) {
            this.podRestarts = podRestarts;
            return self();
        }

        /** @see WorkloadAlertsProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        WorkloadAlertsProps toProps() {
            return new WorkloadAlertsProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
