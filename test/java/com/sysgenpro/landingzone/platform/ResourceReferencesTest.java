package com.sysgenpro.landingzone.platform;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceReferencesTest {

    private static final String GROUP = "/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-shared/providers/";
    private static final String WORKSPACE = GROUP + "Microsoft.OperationalInsights/workspaces/log-central";
    private static final String ZONE = GROUP + "Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net";
    private static final Tags TAGS = Tags.of(Map.of("owner", "platform@example.com"));

    @ParameterizedTest
    @ValueSource(strings = {WORKSPACE, "/SUBSCRIPTIONS/00000000-0000-4000-8000-000000000001/resourcegroups/RG-SHARED/providers/"
        + "microsoft.operationalinsights/WORKSPACES/log-central", "${data.terraform_remote_state.platform.outputs.workspace}",
        "${TfToken[TOKEN.12]}"})
    void workspaceTakesItsLiteralIdInAnyCaseOrATerraformReference(String id) {
        assertThat(LogAnalyticsWorkspaceReference.fromId(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {ZONE, "/subscriptions/s/resourcegroups/rg/providers/microsoft.network/privatednszones/z.example",
        "${azurerm_private_dns_zone.blob.id}"})
    void zoneTakesItsLiteralIdInAnyCaseOrATerraformReference(String id) {
        assertThat(PrivateDnsZoneReference.fromId(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {GROUP + "Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-pe",
        "/subscriptions/s/resourcegroups/rg/providers/MICROSOFT.NETWORK/VIRTUALNETWORKS/v/SUBNETS/s", "${azurerm_subnet.pe.id}"})
    void subnetTakesItsLiteralIdInAnyCaseOrATerraformReference(String id) {
        assertThat(SubnetReference.fromId(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"snet-pe", GROUP + "Microsoft.Network/virtualNetworks/vnet-hub",
        GROUP + "Microsoft.Network/virtualNetworks/vnet-hub/subnets", GROUP + "Microsoft.Network/virtualNetworks/vnet-hub/subnets/a/b"})
    void subnetRefusesWhatIsNotASubnetsId(String id) {
        assertThatThrownBy(() -> SubnetReference.fromId(id))
            .hasMessage("SubnetReference.fromId: id '" + id + "' is not allowed; the resource id of a subnet, /subscriptions/<id>"
                + "/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<network>/subnets/<name>, or a Terraform "
                + "reference to one");
    }

    @Test
    void aLiteralOfAnotherKindOrFormIsRefusedSayingWhatIsAllowed() {
        assertThatThrownBy(() -> LogAnalyticsWorkspaceReference.fromId(ZONE))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("LogAnalyticsWorkspaceReference.fromId: id '" + ZONE + "' is not allowed; the resource id of a Log Analytics "
                + "workspace, /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.OperationalInsights/workspaces/<name>, "
                + "or a Terraform reference to one");
        assertThatThrownBy(() -> PrivateDnsZoneReference.fromId("privatelink.blob.core.windows.net"))
            .hasMessageContaining("PrivateDnsZoneReference.fromId: id 'privatelink.blob.core.windows.net' is not allowed; the resource "
                + "id of a private DNS zone, /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/privateDnsZones/<name>");
        assertThatThrownBy(() -> PrivateDnsZoneReference.fromId(ZONE + "/virtualNetworkLinks/hub"))
            .hasMessageContaining("is not allowed; the resource id of a private DNS zone");
        assertThatThrownBy(() -> LogAnalyticsWorkspaceReference.fromId(null))
            .hasMessageContaining("LogAnalyticsWorkspaceReference.fromId: id is required");
    }

    @Test
    void theConstructsThatCreateTheResourceAreTheirOwnReference() {
        JsonNode stack = Synth.stack(scope -> {
            ResourceGroup group = ResourceGroup.Builder.create(scope, "rg")
                .name("rg-logs").region(AzureRegion.of("westeurope")).tags(TAGS).build();
            LogAnalyticsWorkspace workspace = LogAnalyticsWorkspace.Builder.create(scope, "logs").name("log-test").resourceGroup(group).build();
            LogAnalyticsWorkspaceReference reference = workspace;
            new EntraAuditLogs(scope, "audit", "lz-test-entra-audit", reference);
        });

        String address = stack.path("resource").path("azurerm_log_analytics_workspace").fieldNames().next();
        assertThat(onlyResource(stack, "azurerm_monitor_aad_diagnostic_setting").path("log_analytics_workspace_id").asText())
            .isEqualTo("${azurerm_log_analytics_workspace." + address + ".id}");
    }
}
