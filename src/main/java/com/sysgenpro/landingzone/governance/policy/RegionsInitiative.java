package com.sysgenpro.landingzone.governance.policy;

import static com.sysgenpro.landingzone.governance.policy.InitiativeSupport.LOCATED_TYPES;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.allowed;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.argument;
import static com.sysgenpro.landingzone.governance.policy.OfflineRules.text;

import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.List;
import java.util.Set;

/** Data residency: resources and resource groups only in the assignment's {@code allowedLocations}. */
final class RegionsInitiative {

    /** The initiative's key: it is assigned as {@code lz-regions}. */
    static final String KEY = "regions";

    private RegionsInitiative() {
    }

    /** The initiative as the platform ships it, for {@link LandingZoneInitiatives}. */
    static Initiative initiative() {
        return new Initiative(KEY, "Landing zone: allowed regions",
            "Resources and resource groups only in the regions the estate's data residency allows.",
            ControlCategory.REGIONS,
            List.of(InitiativeParameter.required("allowedLocations", "Array", "Regions resources may be deployed to")),
            List.of(
                Control.builder("LZ-REG-001", "Resources are deployed to allowed regions")
                    .category(ControlCategory.REGIONS)
                    .definition(BuiltInPolicies.ALLOWED_LOCATIONS, PolicyEffect.DENY)
                    .parameter("listOfAllowedLocations", "[parameters('allowedLocations')]")
                    .offline(LOCATED_TYPES, location())
                    .nonComplianceMessage("This region is outside the estate's data residency; deploy to an allowed region.")
                    .build(),
                Control.builder("LZ-REG-002", "Resource groups are created in allowed regions")
                    .category(ControlCategory.REGIONS)
                    .definition(BuiltInPolicies.ALLOWED_LOCATIONS_RESOURCE_GROUPS, PolicyEffect.DENY)
                    .parameter("listOfAllowedLocations", "[parameters('allowedLocations')]")
                    .offline(Set.of(ResourceTypes.RESOURCE_GROUP), location())
                    .nonComplianceMessage("Resource groups must live in an allowed region of the estate.")
                    .build()));
    }

    private static OfflineRule location() {
        return (resource, parameters) -> {
            String location = resource.text("location");
            if (location == null || Checks.isReference(location) || location.equalsIgnoreCase("global")) {
                return Evaluation.notApplicable("location is not a literal region");
            }
            return allowed("location", argument("location"), "allowedLocations",
                "deploy to a region of the estate's data residency").evaluate(resource, parameters);
        };
    }
}
