package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.Tags;

/**
 * What every construct that creates a named Azure resource in a resource group is given: the resource's name, its
 * resource group (whose region is the resource's) and its tags. The construct's props class extends this one, and its
 * builders' setters extend {@link Setters}, so that the three are declared, documented and set in one place; each props
 * class says its resource's naming rule and whether its tags default to the resource group's.
 */
public abstract class ResourceProps {

    private final String name;
    private final ResourceGroup resourceGroup;
    private final Tags tags;

    /** Takes the values {@code setters} holds. */
    protected ResourceProps(Setters<?> setters) {
        this.name = setters.name;
        this.resourceGroup = setters.resourceGroup;
        this.tags = setters.tags;
    }

    /** The resource's name, within the rule its props class states. Required. */
    public String name() {
        return name;
    }

    /** The resource group the resource lives in; its region is the resource's region. Required. */
    public ResourceGroup resourceGroup() {
        return resourceGroup;
    }

    /** Tags of what the construct creates; its props class says whether they default to the resource group's. */
    public Tags tags() {
        return tags;
    }

    /** The setters of {@link ResourceProps}, which every props builder and construct builder has. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private ResourceGroup resourceGroup;
        private Tags tags;

        /** For the setters of the props classes that extend {@link ResourceProps}. */
        protected Setters() {
        }

        /** @see ResourceProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see ResourceProps#resourceGroup() */
        public B resourceGroup(ResourceGroup resourceGroup) {
            this.resourceGroup = resourceGroup;
            return self();
        }

        /** @see ResourceProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        /** This builder, typed as the subclass, for chaining. */
        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }
    }
}
