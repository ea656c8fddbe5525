package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.Tags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Properties of an {@link ActionGroup}. Create with {@link #builder()}.
 *
 * <p>Name: The action group's name, unique in its resource group, e.g. {@code ag-wholesale}. Required; 1–260 characters
 * without {@code < > * % & : \ ? + /}.
 * <p>Resource group: The resource group the action group lives in. Required.
 * <p>Tags: Tags of the action group. Default: the resource group's tags.
 */
public final class ActionGroupProps extends ResourceProps {

    /** Azure's limit on an action group's short name, which appears as the sender of its e-mails and SMS. */
    public static final int MAX_SHORT_NAME_LENGTH = 12;

    private final String shortName;
    private final List<String> emailAddresses;

    private ActionGroupProps(Setters<?> setters) {
        super(setters);
        this.shortName = setters.shortName;
        // Copied without List.copyOf so that a null entry reaches the construct's validation instead of failing here.
        this.emailAddresses = setters.emailAddresses == null ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(setters.emailAddresses));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The short name shown as the sender of notifications, e.g. {@code wholesale}. Required; 1 to
     * {@value #MAX_SHORT_NAME_LENGTH} characters.
     */
    public String shortName() {
        return shortName;
    }

    /**
     * The mailboxes notified, usually the owner's team mailbox. Required: at least one, each once (compared
     * case-insensitively). Each becomes an e-mail receiver using Azure Monitor's common alert schema, named after its
     * address so that reordering the list changes nothing.
     */
    public List<String> emailAddresses() {
        return emailAddresses;
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
    public abstract static class Setters<B extends Setters<B>> extends ResourceProps.Setters<B> {
        private String shortName;
        private List<String> emailAddresses = List.of();

        Setters() {
        }

        /** @see ActionGroupProps#shortName() */
        public B shortName(String shortName) {
            this.shortName = shortName;
            return self();
        }

        /** @see ActionGroupProps#emailAddresses() */
        public B emailAddresses(List<String> emailAddresses) {
            this.emailAddresses = emailAddresses;
            return self();
        }

        ActionGroupProps toProps() {
            return new ActionGroupProps(this);
        }
    }
}
