package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.Tags;

/**
 * Properties of a {@link LogAnalyticsWorkspace}. Create with {@link #builder()}.
 *
 * <p>Name: The workspace name. Required; 4–63 letters, digits and hyphens, starting and ending alphanumeric.
 * <p>Resource group: The resource group the workspace lives in; its region is the workspace's region. Required.
 * <p>Tags: Tags of the workspace. Default: the resource group's tags.
 */
public final class LogAnalyticsWorkspaceProps extends ResourceProps {

    /** Default retention: 90 days, long enough to investigate an incident reported a quarter late. */
    public static final int DEFAULT_RETENTION_DAYS = 90;

    private final int retentionDays;
    private final Double dailyQuotaGb;
    private final boolean localAuthenticationEnabled;

    private LogAnalyticsWorkspaceProps(Setters<?> setters) {
        super(setters);
        this.retentionDays = setters.retentionDays;
        this.dailyQuotaGb = setters.dailyQuotaGb;
        this.localAuthenticationEnabled = setters.localAuthenticationEnabled;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
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

    /** Builds {@link LogAnalyticsWorkspaceProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public LogAnalyticsWorkspaceProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link LogAnalyticsWorkspace.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends ResourceProps.Setters<B> {
        private int retentionDays = DEFAULT_RETENTION_DAYS;
        private Double dailyQuotaGb;
        private boolean localAuthenticationEnabled;

        Setters() {
        }

        /** @see LogAnalyticsWorkspaceProps#retentionDays() */
        public B retentionDays(int retentionDays) {
            this.retentionDays = retentionDays;
            return self();
        }

        /** @see LogAnalyticsWorkspaceProps#dailyQuotaGb() */
        public B dailyQuotaGb(Double dailyQuotaGb) {
            this.dailyQuotaGb = dailyQuotaGb;
            return self();
        }

        /** @see LogAnalyticsWorkspaceProps#localAuthenticationEnabled() */
        public B localAuthenticationEnabled(boolean localAuthenticationEnabled) {
            this.localAuthenticationEnabled = localAuthenticationEnabled;
            return self();
        }

        LogAnalyticsWorkspaceProps toProps() {
            return new LogAnalyticsWorkspaceProps(this);
        }
    }
}
