package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;

/**
 * One environment of a business unit, e.g. its production. Becomes one Terraform stack, {@code <bu>-<environment>}.
 * Create with {@link #builder()}.
 */
public final class Environment {

    private final String name;
    private final Blueprint blueprint;

    private Environment(Builder builder) {
        this.name = builder.name;
        this.blueprint = builder.blueprint;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The environment's name: 2–12 lowercase letters and digits, starting with a letter, unique within the business
     * unit. Required. It appears in stack and resource names, so renaming it replaces the environment's resources.
     */
    public String name() {
        return name;
    }

    /**
     * The blueprint that decides the environment's settings. Default: the shipped blueprint of the same name
     * (an environment called {@code staging} gets {@link Blueprint#STAGING}); required when there is none.
     */
    public Blueprint blueprint() {
        return blueprint != null ? blueprint : Blueprint.find(name).orElse(null);
    }

    /** Builds an {@link Environment}. */
    public static final class Builder {
        private String name;
        private Blueprint blueprint;

        private Builder() {
        }

        /** @see Environment#name() */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @see Environment#blueprint() */
        public Builder blueprint(Blueprint blueprint) {
            this.blueprint = blueprint;
            return this;
        }

        /** The environment; checked by {@link EstateValidator} before synthesis. */
        public Environment build() {
            return new Environment(this);
        }
    }
}
