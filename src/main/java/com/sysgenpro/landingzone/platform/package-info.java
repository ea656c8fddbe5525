/**
 * Platform constructs (API): resource groups, Log Analytics workspaces and diagnostic settings, spoke networks and their
 * subnets, Key Vault and its keys, private endpoints and private DNS zones, action groups and the workload alerts an
 * environment gets. Each construct is created with {@code Builder.create(scope, id)} and documented, secure defaults.
 * Constructs refer to a workspace, a private DNS zone or a subnet through a typed reference
 * ({@code LogAnalyticsWorkspaceReference}, {@code PrivateDnsZoneReference}, {@code SubnetReference}): the construct or
 * network that creates it, or {@code fromId(…)} for one of another stack.
 */
package com.sysgenpro.landingzone.platform;
