package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.TAGGED_TYPES;

import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mandatory tags: each audited on resource groups, inherited by resources from their group when missing
 * (Modify, with remediation of existing resources), and required on resources (Deny).
 *
 * <p>Resource groups are audited, not denied, as in Azure landing zones' tagging guidance: Azure creates some
 * groups itself (Network Watcher, AKS node resource groups, Azure Backup restore points; see
 * {@link #AZURE_CREATED_RESOURCE_GROUPS}) without tags, and a Deny there breaks those services rather than
 * tagging anything. Those groups are left out of the audit too, so that it reports only groups someone can fix.
 * The groups the landing zone creates are still held to the tags before deployment, by the offline rule.
 */
final class TaggingInitiative {

    /** The initiative's key: it is assigned as {@code lz-tags}. */
    static final String KEY = "tags";

    /**
     * Resource groups Azure creates by itself, untagged, when a service first needs one: Network Watcher, the default
     * Log Analytics workspace, AKS node resource groups, Azure Backup restore points, Cloud Shell storage, Container
     * Apps and Azure Monitor managed groups. Nobody can tag them before they exist.
     */
    static final List<String> AZURE_CREATED_RESOURCE_GROUPS = List.of("NetworkWatcherRG", "DefaultResourceGroup-*", "MC_*",
        "AzureBackupRG*", "cloud-shell-storage-*", "LogAnalyticsDefaultResources", "ME_*", "MA_*");

    private static final CustomPolicy REQUIRE_TAG_ON_RESOURCE_GROUPS = CustomPolicy.of("lz-require-tag-on-resource-groups",
        "Resource groups should carry a tag",
        "Reports resource groups without the tag, except those Azure creates itself (Network Watcher, AKS node groups, "
            + "Azure Backup and similar), which nobody can tag before they exist.",
        "All", "Tags", List.of(PolicyEffect.AUDIT, PolicyEffect.DENY, PolicyEffect.DISABLED),
        """
        {"tagName": {"type": "String", "metadata": {"displayName": "Tag name", "description": "The tag resource groups must carry"}}}
        """,
        """
        {"if": {"allOf": [{"field": "type", "equals": "Microsoft.Resources/subscriptions/resourceGroups"},
                          {"field": "[concat('tags[', parameters('tagName'), ']')]", "exists": "false"},
                          %s]},
         "then": {"effect": "[parameters('effect')]"}}
        """.formatted(String.join(",\n", AZURE_CREATED_RESOURCE_GROUPS.stream()
            .map(name -> "{\"field\": \"name\", \"notLike\": \"" + name + "\"}").toList())));

    /** Its custom definitions, in {@link LandingZoneInitiatives#customPolicies()} order. */
    static final List<CustomPolicy> CUSTOM_POLICIES = List.of(REQUIRE_TAG_ON_RESOURCE_GROUPS);

    private TaggingInitiative() {
    }

    /** The initiative as the platform ships it, for {@link LandingZoneInitiatives}. */
    static Initiative initiative(List<String> mandatoryTags) {
        List<Control> controls = new ArrayList<>();
        for (String tag : mandatoryTags) {
            controls.add(Control.builder("LZ-TAG-RG-" + tag, "Resource groups carry the tag '" + tag + "'")
                .category(ControlCategory.TAGGING)
                .definition(REQUIRE_TAG_ON_RESOURCE_GROUPS, PolicyEffect.AUDIT)
                .parameter("tagName", tag)
                .offline(Set.of(ResourceTypes.RESOURCE_GROUP), hasTag(tag))
                .nonComplianceMessage("Resource groups need the tag '" + tag + "': set it in the estate (business unit or environment), "
                    + "or tag the group; resources in it inherit the tag.")
                .build());
            controls.add(Control.builder("LZ-TAG-INHERIT-" + tag, "Resources inherit '" + tag + "' from their resource group")
                .category(ControlCategory.TAGGING)
                .definition(BuiltInPolicies.INHERIT_TAG_FROM_RESOURCE_GROUP, PolicyEffect.MODIFY)
                .parameter("tagName", tag)
                .remediationRoles(BuiltInRole.CONTRIBUTOR)
                .azureOnly("Azure's Modify effect adds the tag at deploy time to resources that lack it; what the landing zone "
                    + "deploys is held to carrying the tag itself, offline, by LZ-TAG-RES-" + tag + ".")
                .nonComplianceMessage("The tag '" + tag + "' is copied from the resource group; tag the resource group.")
                .build());
            controls.add(Control.builder("LZ-TAG-RES-" + tag, "Resources carry the tag '" + tag + "'")
                .category(ControlCategory.TAGGING)
                .definition(BuiltInPolicies.REQUIRE_TAG_ON_RESOURCES, PolicyEffect.DENY)
                .parameter("tagName", tag)
                .offline(TAGGED_TYPES, hasTag(tag))
                .nonComplianceMessage("Resources need the tag '" + tag + "': pass the estate's tags to the construct.")
                .build());
        }
        return new Initiative(KEY, "Landing zone: mandatory tags",
            "Cost, ownership and recovery tags on every resource group and resource, inherited from the group when missing.",
            ControlCategory.TAGGING, List.of(), controls);
    }

    private static OfflineRule hasTag(String tag) {
        return (resource, parameters) -> {
            String value = resource.body().path("tags").path(tag).asText("");
            return Evaluation.require(!value.isBlank(), "the tag '" + tag + "' is missing; pass the estate's tags to the construct");
        };
    }
}
