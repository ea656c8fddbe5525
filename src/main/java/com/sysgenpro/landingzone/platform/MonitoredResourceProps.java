package com.sysgenpro.landingzone.platform;

/**
 * {@link ResourceProps} of a resource whose logs and metrics go to a Log Analytics workspace (its diagnostic settings).
 */
public abstract class MonitoredResourceProps extends ResourceProps {

    private final LogAnalyticsWorkspaceReference logAnalyticsWorkspace;

    /** Takes the values {@code setters} holds. */
    protected MonitoredResourceProps(Setters<?> setters) {
        super(setters);
        this.logAnalyticsWorkspace = setters.logAnalyticsWorkspace;
    }

    /** The workspace the resource's diagnostic settings send its logs and metrics to. Required. */
    public LogAnalyticsWorkspaceReference logAnalyticsWorkspace() {
        return logAnalyticsWorkspace;
    }

    /** The setters of {@link MonitoredResourceProps}. */
    public abstract static class Setters<B extends Setters<B>> extends ResourceProps.Setters<B> {
        private LogAnalyticsWorkspaceReference logAnalyticsWorkspace;

        /** For the setters of the props classes that extend {@link MonitoredResourceProps}. */
        protected Setters() {
        }

        /** @see MonitoredResourceProps#logAnalyticsWorkspace() */
        public B logAnalyticsWorkspace(LogAnalyticsWorkspaceReference logAnalyticsWorkspace) {
            this.logAnalyticsWorkspace = logAnalyticsWorkspace;
            return self();
        }
    }
}
