package com.sysgenpro.landingzone.platform;

import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;

/** Properties of a {@link ResourceGroup}. Create with {@link #builder()}. */
public final class ResourceGroupProps {

    private final String name;
    private final AzureRegion region;
    private final Tags tags;

    private ResourceGroupProps(Builder builder) {
        this.name = builder.name;
        this.region = builder.region;
        this.tags = builder.tags;
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
    public static final class Builder {
        private String name;
        private AzureRegion region;
        private Tags tags = Tags.empty();

        private Builder() {
        }

        /** @see ResourceGroupProps#name() */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @see ResourceGroupProps#region() */
        public Builder region(AzureRegion region) {
            this.region = region;
            return this;
        }

        /** @see ResourceGroupProps#tags() */
        public Builder tags(Tags tags) {
            this.tags = tags;
            return this;
        }

        /** The properties; validated when the construct is created. */
        public ResourceGroupProps build() {
            return new ResourceGroupProps(this);
        }
    }
}
