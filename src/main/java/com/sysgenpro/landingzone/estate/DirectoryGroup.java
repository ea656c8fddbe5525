package com.sysgenpro.landingzone.estate;

/**
 * An Entra ID group by object id and display name, for services that need both (PostgreSQL's Entra
 * administrator is a database role named after the group).
 *
 * @param objectId the group's object id (GUID)
 * @param name the group's display name
 */
public record DirectoryGroup(String objectId, String name) {
}
