package com.sysgenpro.landingzone.output;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A decision to accept a rule's finding, written down: which rule, where, why and until when. Declared in the estate
 * ({@code governance.suppressions}); the estate's validator requires rule, stack and a reason of at least
 * {@value #MINIMUM_REASON_LENGTH} characters. One past its expiry date, or without such a reason (possible only in an
 * output the synthesizer did not write), no longer suppresses anything and is itself reported as an error by
 * {@code check}; one that matches no finding is reported as a warning.
 *
 * @param rule the rule id, e.g. {@code LZ-NET-001}
 * @param stack the stack it applies to, e.g. {@code wholesale-sandbox}
 * @param resource the resource within the stack: a Terraform address ({@code azurerm_public_ip.bastion_1A2B3C4D}) or
 *     a construct path relative to the stack ({@code network/bastion}, which covers everything under it); {@code null}
 *     for every resource of the stack
 * @param reason why the finding is accepted, for the reviewer and the auditor
 * @param expires the last day it applies, or {@code null} for no expiry
 */
public record Suppression(String rule, String stack, String resource, String reason, LocalDate expires) {

    /** The shortest reason accepted: a word or two does not tell an auditor why. */
    public static final int MINIMUM_REASON_LENGTH = 20;

    /** Whether it covers {@code resource}'s finding of rule {@code ruleId}. */
    public boolean covers(String ruleId, TerraformResource resource) {
        if (!ruleId.equalsIgnoreCase(rule) || !resource.stack().equals(stack)) {
            return false;
        }
        if (this.resource == null) {
            return true;
        }
        if (this.resource.equals(resource.address())) {
            return true;
        }
        String path = Optional.ofNullable(resource.constructPath()).orElse("");
        String prefix = resource.stack() + "/" + this.resource;
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** Whether it has expired on {@code today}: the expiry date is the last day it applies. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    /** Where it applies, for messages: {@code stack} or {@code stack: resource}. */
    public String scope() {
        return resource == null ? stack : stack + ": " + resource;
    }
}
