/**
 * Platform constructs (API): resource groups, Log Analytics workspaces and diagnostic settings, spoke networks and their
 * subnets, Key Vault and its keys, private endpoints and private DNS zones, action groups and the workload alerts an
 * environment gets. Each construct is created with {@code Builder.create(scope, id)} and documented, secure defaults.
 */
package com.sysgenpro.landingzone.platform;
