package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;

/** Properties of a {@link ResourceGroup}. Create with {@link #builder()}. */
public final class ResourceGroupProps {

    private final String name;
    private final AzureRegion region;
    private final Tags tags;

    private ResourceGroupProps(Setters<?> setters) {
        this.name = setters.name;
        this.region = setters.region;
        this.tags = setters.tags;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The resource group's name. Required; 1–90 characters (letters, digits, {@code - _ . ( )}). */
    public String name() {
        return name;
    }

    /** Where the resource group's metadata lives and the default region of resources in it. Required. */
    public AzureRegion region() {
        return region;
    }

    /** Tags of the resource group. Default: no tags (governance then denies the deployment; pass the estate's tags). */
    public Tags tags() {
        return tags;
    }

    /** Builds {@link ResourceGroupProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public ResourceGroupProps build() {
            return toProps();
        }
    }

    /** The setters shared by {@link Builder} and {@link ResourceGroup.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private String name;
        private AzureRegion region;
        private Tags tags = Tags.empty();

        Setters() {
        }

        /** @see ResourceGroupProps#name() */
        public B name(String name) {
            this.name = name;
            return self();
        }

        /** @see ResourceGroupProps#region() */
        public B region(AzureRegion region) {
            this.region = region;
            return self();
        }

        /** @see ResourceGroupProps#tags() */
        public B tags(Tags tags) {
            this.tags = tags;
            return self();
        }

        ResourceGroupProps toProps() {
            return new ResourceGroupProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
