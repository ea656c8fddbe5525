package com.sysgenpro.landingzone.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;

/**
 * A resource together with the stack it was found in: documents name both, because the same address (e.g.
 * {@code azurerm_key_vault.vault_AEB7ADF6}) recurs in every stack.
 */
record Located(SynthesizedStack stack, TerraformResource resource) {

    String stackName() {
        return stack.name();
    }

    String type() {
        return resource.type();
    }

    String address() {
        return resource.address();
    }

    JsonNode body() {
        return resource.body();
    }

    /** The argument's text, or {@code null} when absent. */
    String text(String argument) {
        return resource.text(argument);
    }

    /** The Azure name ({@code name} argument), or the address when a resource has none. */
    String name() {
        String name = text("name");
        return name == null ? address() : name;
    }

    /** The region, or {@code null} for resources without a {@code location}. */
    String location() {
        return text("location");
    }

    /** {@code stack: address}, how documents point at the resource in the Terraform. */
    String where() {
        return "`" + stack.name() + "`: `" + address() + "`";
    }
}
