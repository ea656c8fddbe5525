package com.sysgenpro.landingzone.testing;

import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;

/** Literal resource ids for construct tests whose resources refer to ones outside the stack. */
public final class ReferenceFixtures {

    /** A central workspace's id, as another subscription's would be given. */
    public static final String WORKSPACE_ID = "/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-logs"
        + "/providers/Microsoft.OperationalInsights/workspaces/log-central";
    /** The same workspace as constructs take it. */
    public static final LogAnalyticsWorkspaceReference WORKSPACE = LogAnalyticsWorkspaceReference.fromId(WORKSPACE_ID);
    /** A Key Vault private DNS zone's id. */
    public static final String VAULT_ZONE_ID = "/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-dns"
        + "/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net";

    /** A private-endpoint subnet's id. */
    public static final String ENDPOINT_SUBNET_ID = "/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-net"
        + "/providers/Microsoft.Network/virtualNetworks/vnet-central/subnets/snet-pe";

    private ReferenceFixtures() {
    }
}
