package com.sysgenpro.landingzone.platform;

/**
 * A resource known only by its id, checked by the {@code fromId} factory of the reference it is returned as; one
 * record for every kind, since each factory hands it out typed as its own kind only.
 *
 * @param id the resource id: a Terraform reference or a literal
 */
record ExistingResource(String id) implements LogAnalyticsWorkspaceReference, PrivateDnsZoneReference, SubnetReference {
}
