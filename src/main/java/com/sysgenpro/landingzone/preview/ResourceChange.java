package com.sysgenpro.landingzone.preview;

import java.util.List;

/**
 * What happens to one resource of a stack between base and head, or in a Terraform plan.
 *
 * @param stack the stack
 * @param type the Terraform resource type
 * @param address the resource's address in the stack after the change ({@code type.name}); for a removal, its address
 *     before
 * @param action what happens
 * @param previousAddress the address before, for {@link Action#ADDRESS_CHANGED} and {@link Action#MOVED}; else {@code null}
 * @param azureName the resource's {@code name} argument when it is a literal (what the Azure portal shows), or {@code null}
 * @param attributes the arguments that change, in path order; empty for additions and removals
 * @param reason why the resource is replaced, or {@code null}
 * @param dataStore whether the resource holds data that its destruction loses (databases, storage, vaults, caches, backups)
 */
public record ResourceChange(String stack, String type, String address, Action action, String previousAddress, String azureName,
                             List<AttributeChange> attributes, String reason, boolean dataStore) {

    /** Copies the attributes. */
    public ResourceChange {
        attributes = List.copyOf(attributes);
    }

    /** Whether the resource as it exists in Azure is destroyed: removed, replaced, or recreated under a new address. */
    public boolean destroys() {
        return action == Action.DELETE || action == Action.REPLACE || action == Action.ADDRESS_CHANGED;
    }

    /** What happens to a resource. */
    public enum Action {
        /** Created. */
        CREATE("added"),
        /** Changed in place. */
        UPDATE("changed"),
        /** Destroyed and created again (an argument that cannot change in place changed). */
        REPLACE("replaced"),
        /** Destroyed. */
        DELETE("removed"),
        /**
         * Its address changed without a {@code moved} block: Terraform destroys the resource under the old address and
         * creates it under the new one.
         */
        ADDRESS_CHANGED("address changed"),
        /** Its address changed and a {@code moved} block carries its state over: nothing is destroyed (plans only). */
        MOVED("moved"),
        /** Removed from the state without being destroyed (plans only: a {@code removed} block). */
        FORGET("forgotten");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        /** How the preview names it, e.g. {@code address changed}. */
        public String label() {
            return label;
        }
    }
}
