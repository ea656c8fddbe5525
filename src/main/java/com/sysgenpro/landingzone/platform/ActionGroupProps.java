package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.Tags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Properties of an {@link ActionGroup}. Create with {@link #builder()}. */
public final class ActionGroupProps {

    /** Azure's limit on an action group's short name, which appears as the sender of its e-mails and SMS. */
    public static final int MAX_SHORT_NAME_LENGTH = 12;

    private final String name;
    private final String shortName;
    private final ResourceGroup resourceGroup;
    private final List<String> emailAddresses;
    private final Tags tags;

    private ActionGroupProps(Setters<?> setters) {
        this.name = setters.name;
        this.shortName = setters.shortName;
        this.resourceGroup = setters.resourceGroup;
        // Copied without List.copyOf so that a null entry reaches the construct's validation instead of failing here.
        this.emailAddresses = setters.emailAddresses == null ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(setters.emailAddresses));
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The action group's name, unique in its resource group, e.g. {@code ag-wholesale}. Required; 1–260 characters
     * without {@code < > * % & : \ ? + /}.
     */
    public String name() {
        return name;
    }

    /**
     * The short name shown as the sender of notifications, e.g. {@code wholesale}. Required; 1 to
     * {@value #MAX_SHORT_NAME_LENGTH} characters.
     */
    public String shortName() {
        return shortName;
    }

    /** The resource group the action group lives in. Required. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /**
     * The mailboxes notified, usually the owner's team mailbox. Required: at least one, each once (compared
     * case-insensitively). Each becomes an e-mail receiver using Azure Monitor's common alert schema, named after its
     * address so that reordering the list changes nothing.
     */
    public List<String> emailAddresses() {
        return emailAddresses;
    }

    /** Tags of the action group. Default: the resource group's tags. */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link ActionGroupProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public ActionGroupProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link ActionGroup.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private String shortName;
        private ResourceGroup resourceGroup;
        private List<String> emailAddresses = List.of();
        private Tags tags;

        Setters() {
        }

        /** @see ActionGroupProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see ActionGroupProps#shortName() */
        public B shortName(String shortName) {
            this.shortName = shortName;
            return self();
        }

        /** @see ActionGroupProps#resourceGroup() */
        public B resourceGroup(ResourceGroup resourceGroup) {
            this.resourceGroup = resourceGroup;
            return self();
        }

        /** @see ActionGroupProps#emailAddresses() */
        public B emailAddresses(List<String> emailAddresses) {
            this.emailAddresses = emailAddresses;
            return self();
        }

        /** @see ActionGroupProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        ActionGroupProps toProps() {
            return new ActionGroupProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
