package com.sysgenpro.landingzone.platform;

import io.cdktn.providers.azurerm.private_endpoint.PrivateEndpointPrivateDnsZoneGroup;
import io.cdktn.providers.azurerm.private_endpoint.PrivateEndpointPrivateServiceConnection;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.List;
import software.constructs.Construct;

/**
 * A private endpoint for a PaaS resource ({@code azurerm_private_endpoint}) in the environment's private-endpoint
 * subnet, registered in the matching private DNS zone so that the resource's usual host name resolves to the
 * private address inside the network.
 */
public final class PrivateEndpoint extends Construct {

    /**
     * Creates the endpoint.
     *
     * @param name the endpoint's name, e.g. {@code pe-stnwdwholesale-blob}
     * @param resourceGroup where the endpoint lives (usually the resource's group)
     * @param subnet the private-endpoint subnet
     * @param targetResourceId the resource reached through it
     * @param subresource the resource's sub-resource, e.g. {@code blob}, {@code vault}, {@code redisEnterprise}, {@code registry}
     * @param privateDnsZone the private DNS zone the endpoint registers in
     * @param tags the estate's tags
     */
    public PrivateEndpoint(Construct scope, String id, String name, ResourceGroup resourceGroup, SubnetReference subnet,
                           String targetResourceId, String subresource, PrivateDnsZoneReference privateDnsZone, Tags tags) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.azureName(path, "name", name, AzureNameRule.NETWORK);
        Checks.required(path, "resourceGroup", resourceGroup);
        io.cdktn.providers.azurerm.private_endpoint.PrivateEndpoint.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .location(resourceGroup.region().name())
            .subnetId(Checks.required(path, "subnet", subnet).id())
            .privateServiceConnection(PrivateEndpointPrivateServiceConnection.builder()
                .name(name)
                .privateConnectionResourceId(Checks.required(path, "targetResourceId", targetResourceId))
                .subresourceNames(List.of(Checks.required(path, "subresource", subresource)))
                .isManualConnection(false)
                .build())
            .privateDnsZoneGroup(PrivateEndpointPrivateDnsZoneGroup.builder()
                .name("default")
                .privateDnsZoneIds(List.of(Checks.required(path, "privateDnsZone", privateDnsZone).id()))
                .build())
            .tags(Checks.required(path, "tags", tags).asMap())
            .build();
    }
}
