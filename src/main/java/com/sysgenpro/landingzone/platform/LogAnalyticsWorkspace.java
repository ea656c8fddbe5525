package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.internal.Checks;
import software.constructs.Construct;

/**
 * A Log Analytics workspace ({@code azurerm_log_analytics_workspace}): the target of the diagnostic settings
 * of every resource in its scope.
 *
 * <p>Secure by default: Entra ID authentication only (shared keys off), SKU {@code PerGB2018}, retention
 * {@value LogAnalyticsWorkspaceProps#DEFAULT_RETENTION_DAYS} days, no daily cap. Ingestion and query over the public
 * endpoint stay on until the estate has an Azure Monitor private link scope, without which agents could not send logs.
 */
public final class LogAnalyticsWorkspace extends Construct implements LogAnalyticsWorkspaceReference {

    private static final int MIN_RETENTION_DAYS = 30;
    private static final int MAX_RETENTION_DAYS = 730;

    private final io.cdktn.providers.azurerm.log_analytics_workspace.LogAnalyticsWorkspace resource;
    private final String name;
    private final int retentionDays;

    /** Creates the workspace; prefer {@link Builder#create(Construct, String)}. */
    public LogAnalyticsWorkspace(Construct scope, String id, LogAnalyticsWorkspaceProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.LOG_ANALYTICS_WORKSPACE);
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        this.retentionDays = Checks.inRange(path, "retentionDays", props.retentionDays(), MIN_RETENTION_DAYS, MAX_RETENTION_DAYS);
        if (props.dailyQuotaGb() != null && props.dailyQuotaGb() <= 0) {
            throw Checks.invalid(path, "dailyQuotaGb", props.dailyQuotaGb(), "set a positive cap in GB, or null for no cap");
        }
        var builder = io.cdktn.providers.azurerm.log_analytics_workspace.LogAnalyticsWorkspace.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .sku("PerGB2018")
            .retentionInDays(retentionDays)
            .localAuthenticationEnabled(props.localAuthenticationEnabled())
            .tags((props.tags() != null ? props.tags() : resourceGroup.tags()).asMap());
        if (props.dailyQuotaGb() != null) {
            builder.dailyQuotaGb(props.dailyQuotaGb());
        }
        this.resource = builder.build();
    }

    /** The workspace name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** Retention in days. */
    public int retentionDays() {
        return retentionDays;
    }

    /** The workspace's Azure resource id (a Terraform reference), the target diagnostic settings take. */
    @Override
    public String id() {
        return resource.getId();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends LogAnalyticsWorkspaceProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a workspace with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public LogAnalyticsWorkspace build() {
            return new LogAnalyticsWorkspace(scope, id, toProps());
        }
    }
}
