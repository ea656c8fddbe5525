package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.internal.SourceFiles;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * One rule {@code check} evaluates on every synthesized resource of the types it names. Most rules are the offline
 * twins of the governance controls the landing zone assigns as Azure Policy ({@link Rules#all(java.util.List)});
 * the others hold what Azure Policy cannot see, such as Terraform's deletion protection or secrets in the JSON.
 */
public interface Rule {

    /** Stable id, e.g. {@code LZ-NET-002}: what findings and suppressions name. */
    String id();

    /** What the rule requires, in one line. */
    String title();

    /**
     * What to do about a finding, in general terms, for the reports' rule descriptions (SARIF's rule help); each
     * finding's own message says what is wrong with the resource at hand.
     */
    String help();

    /** How serious a non-compliant result is. */
    Severity severity();

    /**
     * The source file that defines it, relative to the library's root package ({@code src/main/java/com/sysgenpro/landingzone/}):
     * where its id leads, e.g. {@code check/OwnerTagRule.java}, or for a control's twin the initiative's file,
     * {@code governance/policy/NetworkInitiative.java}. By default the file of the rule's own class.
     */
    default String home() {
        return SourceFiles.home(getClass());
    }

    /** The Terraform resource types it evaluates; empty for every type. */
    Set<String> resourceTypes();

    /** Whether it evaluates resources of {@code type}. */
    default boolean appliesTo(String type) {
        return resourceTypes().isEmpty() || resourceTypes().contains(type);
    }

    /**
     * Evaluates one resource of a type it {@link #appliesTo(String) applies to}.
     *
     * @param resource the synthesized resource
     * @param stack what the synthesizer recorded about the resource's stack, with the assigned policy parameters
     * @return compliant, non-compliant with what to change, or not applicable with why
     */
    Evaluation evaluate(TerraformResource resource, StackContext stack);
}
