package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.Tags;

/** Properties of a {@link LogAnalyticsWorkspace}. Create with {@link #builder()}. */
public final class LogAnalyticsWorkspaceProps {

    /** Default retention: 90 days, long enough to investigate an incident reported a quarter late. */
    public static final int DEFAULT_RETENTION_DAYS = 90;

    private final String name;
    private final ResourceGroup resourceGroup;
    private final int retentionDays;
    private final Double dailyQuotaGb;
    private final boolean localAuthenticationEnabled;
    private final Tags tags;

    private LogAnalyticsWorkspaceProps(Builder builder) {
        this.name = builder.name;
        this.resourceGroup = builder.resourceGroup;
        this.retentionDays = builder.retentionDays;
        this.dailyQuotaGb = builder.dailyQuotaGb;
        this.localAuthenticationEnabled = builder.localAuthenticationEnabled;
        this.tags = builder.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The workspace name. Required; 4–63 letters, digits and hyphens, starting and ending alphanumeric. */
    public String name() {
        return name;
    }

    /** The resource group the workspace lives in; its region is the workspace's region. Required. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /**
     * How long logs are kept, in days, 30 to 730. Default: {@value #DEFAULT_RETENTION_DAYS}. Blueprints shorten it
     * for environments whose logs nobody audits.
     */
    public int retentionDays() {
        return retentionDays;
    }

    /** Daily ingestion cap in GB, or {@code null}. Default: no cap, so that no log is dropped during an incident. */
    public Double dailyQuotaGb() {
        return dailyQuotaGb;
    }

    /**
     * Whether the workspace accepts its shared keys. Default: {@code false}: agents and readers authenticate
     * with Entra ID only, so a leaked workspace key grants nothing.
     */
    public boolean localAuthenticationEnabled() {
        return localAuthenticationEnabled;
    }

    /** Tags of the workspace. Default: the resource group's tags. */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link LogAnalyticsWorkspaceProps}. */
    public static final class Builder {
        private String name;
        private ResourceGroup resourceGroup;
        private int retentionDays = DEFAULT_RETENTION_DAYS;
        private Double dailyQuotaGb;
        private boolean localAuthenticationEnabled;
        private Tags tags;

        private Builder() {
        }

        /** @see LogAnalyticsWorkspaceProps#name() */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @see LogAnalyticsWorkspaceProps#resourceGroup() */
        public Builder resourceGroup(ResourceGroup resourceGroup) {
            this.resourceGroup = resourceGroup;
            return this;
        }

        /** @see LogAnalyticsWorkspaceProps#retentionDays() */
        public Builder retentionDays(int retentionDays) {
            this.retentionDays = retentionDays;
            return this;
        }

        /** @see LogAnalyticsWorkspaceProps#dailyQuotaGb() */
        public Builder dailyQuotaGb(Double dailyQuotaGb) {
            this.dailyQuotaGb = dailyQuotaGb;
            return this;
        }

        /** @see LogAnalyticsWorkspaceProps#localAuthenticationEnabled() */
        public Builder localAuthenticationEnabled(boolean localAuthenticationEnabled) {
            this.localAuthenticationEnabled = localAuthenticationEnabled;
            return this;
        }

        /** @see LogAnalyticsWorkspaceProps#tags() */
        public Builder tags(Tags tags) {
            this.tags = tags;
            return this;
        }

        /** The properties; validated when the construct is created. */
        public LogAnalyticsWorkspaceProps build() {
            return new LogAnalyticsWorkspaceProps(this);
        }
    }
}
