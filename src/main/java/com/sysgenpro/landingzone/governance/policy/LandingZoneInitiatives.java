package com.sysgenpro.landingzone.governance.policy;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.internal.SourceFiles;
import java.util.List;
import java.util.stream.Stream;

/**
 * The initiatives the platform ships, one per {@link ControlCategory}, each defined with its controls, their offline
 * twins and its custom definitions in one file ({@code TaggingInitiative}, {@code NetworkInitiative}, ...; see
 * {@link #home(String)}). Built-in definitions are used where Azure has one for the intent; custom definitions fill the
 * gaps (SKUs of AKS node pools, PostgreSQL and Managed Redis; Managed Redis transport and exposure; PostgreSQL backup
 * retention).
 *
 * <p>The custom definitions use resource-provider aliases that cannot be verified offline; they are listed in
 * {@link #customPolicies()} so that a deployment can be checked against {@code az provider show --expand
 * resourceTypes/aliases} once.
 */
public final class LandingZoneInitiatives {

    /**
     * The mandatory tags by default: cost, ownership and recovery data that showback and governance read
     * ({@link Tags#DEFAULT_MANDATORY}).
     */
    public static final List<String> DEFAULT_MANDATORY_TAGS = Tags.DEFAULT_MANDATORY;

    private LandingZoneInitiatives() {
    }

    /** All shipped initiatives, with the default mandatory tags. */
    public static List<Initiative> all() {
        return all(DEFAULT_MANDATORY_TAGS);
    }

    /** All shipped initiatives, tagging requiring {@code mandatoryTags}. */
    public static List<Initiative> all(List<String> mandatoryTags) {
        return List.of(tagging(mandatoryTags), regions(), skus(), encryption(), network(), diagnostics(), backup(), kubernetes(),
            customerManagedKeys());
    }

    /** The custom definitions the initiatives use, each once, in the order of the initiatives. */
    public static List<CustomPolicy> customPolicies() {
        return Stream.of(TaggingInitiative.CUSTOM_POLICIES, SkusInitiative.CUSTOM_POLICIES, EncryptionInitiative.CUSTOM_POLICIES,
            NetworkInitiative.CUSTOM_POLICIES, BackupInitiative.CUSTOM_POLICIES).flatMap(List::stream).toList();
    }

    /**
     * The source file that defines the shipped initiative {@code key} (its controls, their offline twins and its custom
     * definitions), relative to the library's root package, e.g. {@code governance/policy/NetworkInitiative.java}: where
     * a control's id leads.
     */
    public static String home(String key) {
        return SourceFiles.home(switch (key) {
            case TaggingInitiative.KEY -> TaggingInitiative.class;
            case RegionsInitiative.KEY -> RegionsInitiative.class;
            case SkusInitiative.KEY -> SkusInitiative.class;
            case EncryptionInitiative.KEY -> EncryptionInitiative.class;
            case NetworkInitiative.KEY -> NetworkInitiative.class;
            case DiagnosticsInitiative.KEY -> DiagnosticsInitiative.class;
            case BackupInitiative.KEY -> BackupInitiative.class;
            case KubernetesInitiative.KEY -> KubernetesInitiative.class;
            case CustomerManagedKeysInitiative.KEY -> CustomerManagedKeysInitiative.class;
            default -> throw new IllegalArgumentException("no shipped initiative has the key '" + key + "'; the keys are "
                + String.join(", ", all(List.of()).stream().map(Initiative::key).toList()));
        });
    }

    /**
     * Mandatory tags: each audited on resource groups (except those Azure creates itself), inherited by resources from
     * their group when missing (Modify, with remediation), and required on resources (Deny).
     */
    public static Initiative tagging(List<String> mandatoryTags) {
        return TaggingInitiative.initiative(mandatoryTags);
    }

    /** Data residency: resources and resource groups only in the assignment's {@code allowedLocations}. */
    public static Initiative regions() {
        return RegionsInitiative.initiative();
    }

    /** Approved SKUs per tier: VM sizes (node pools included), storage, PostgreSQL and Managed Redis. */
    public static Initiative skus() {
        return SkusInitiative.initiative();
    }

    /** Encryption in transit and at rest (AKS node pools encrypted at host), and identity-based data access. */
    public static Initiative encryption() {
        return EncryptionInitiative.initiative();
    }

    /** Network exposure: no public IPs outside the approved ingress, PaaS without public network access, private endpoints. */
    public static Initiative network() {
        return NetworkInitiative.initiative();
    }

    /** Diagnostic settings to the central workspace, deployed where missing (with remediation of existing resources). */
    public static Initiative diagnostics() {
        return DiagnosticsInitiative.initiative();
    }

    /** Backup and recovery: PostgreSQL geo-redundant backup and retention, Key Vault recoverability. */
    public static Initiative backup() {
        return BackupInitiative.initiative();
    }

    /** Kubernetes: the admission controls the Azure Policy add-on enforces, and the AKS baseline they need. */
    public static Initiative kubernetes() {
        return KubernetesInitiative.initiative();
    }

    /** Customer-managed keys on the data stores and node disks, in Audit, for business units that use such keys. */
    public static Initiative customerManagedKeys() {
        return CustomerManagedKeysInitiative.initiative();
    }
}
