package com.sysgenpro.landingzone.workload;

/** Names the workload constructs derive for their companion resources. */
final class WorkloadNames {

    /** Azure's limit for private endpoint names. */
    private static final int MAX_PRIVATE_ENDPOINT_NAME = 64;

    private WorkloadNames() {
    }

    /**
     * {@code pe-<resource>-<subresource>}, shortened deterministically to Azure's 64 characters by cutting the resource
     * name (never the suffix), and never ending in a hyphen.
     */
    static String privateEndpoint(String resourceName, String suffix) {
        String tail = "-" + suffix;
        String head = "pe-" + resourceName;
        if (head.length() + tail.length() > MAX_PRIVATE_ENDPOINT_NAME) {
            head = head.substring(0, MAX_PRIVATE_ENDPOINT_NAME - tail.length()).replaceAll("-+$", "");
        }
        return head + tail;
    }

    /**
     * {@code id-<resource>-cmk}: the user-assigned identity a resource reads its customer-managed key with, or
     * {@code id-<resource>-<purpose>-cmk} for a second one (a server's geo-backup key needs an identity of its own).
     */
    static String encryptionIdentity(String resourceName, String... purpose) {
        return "id-" + resourceName + (purpose.length == 0 ? "" : "-" + String.join("-", purpose)) + "-cmk";
    }
}
