package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Control;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * A governance control's offline twin as a {@link Rule}: evaluated only where one of its initiatives is assigned, with
 * the parameters assigned there, as Azure would.
 */
final class ControlRule implements Rule {

    private final Control control;
    private final Set<String> initiatives;
    private final String home;

    /**
     * @param initiatives the keys of the initiatives that carry the control
     * @param home the file of the initiative that defines it
     */
    ControlRule(Control control, Set<String> initiatives, String home) {
        this.control = control;
        this.initiatives = Set.copyOf(initiatives);
        this.home = home;
    }

    @Override
    public String home() {
        return home;
    }

    @Override
    public String id() {
        return control.id();
    }

    @Override
    public String title() {
        return control.title();
    }

    @Override
    public String help() {
        return control.nonComplianceMessage();
    }

    @Override
    public Severity severity() {
        return control.severity();
    }

    @Override
    public Set<String> resourceTypes() {
        return control.resourceTypes();
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        if (initiatives.stream().noneMatch(stack::inForce)) {
            return Evaluation.notApplicable("initiative " + String.join(", ", initiatives) + " is not assigned where "
                + stack.name() + " lands");
        }
        return control.evaluate(resource, stack.parameters());
    }
}
