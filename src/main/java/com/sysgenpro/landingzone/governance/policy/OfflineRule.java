package com.sysgenpro.landingzone.governance.policy;

import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Map;

/**
 * How a control is evaluated on synthesized Terraform, before deploy: the offline twin of its Azure Policy.
 * Called only for resources of the control's {@link Control#resourceTypes()}.
 */
@FunctionalInterface
public interface OfflineRule {

    /**
     * Evaluates one resource.
     *
     * @param resource the synthesized resource
     * @param parameters the initiative's parameter values as assigned (e.g. {@code allowedLocations})
     */
    Evaluation evaluate(TerraformResource resource, Map<String, Object> parameters);
}
