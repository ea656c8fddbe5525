package com.sysgenpro.landingzone.governance;

import java.util.List;

/** Properties of {@link PartnerAccess}: the partners and their grants. Create with {@link #builder()}. */
public final class PartnerAccessProps {

    private final List<PartnerGrant> partners;

    private PartnerAccessProps(Setters<?> setters) {
        this.partners = List.copyOf(setters.partners);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The partners, each with a unique name. Default: none, in which case nothing is created. */
    public List<PartnerGrant> partners() {
        return partners;
    }

    /** Builds {@link PartnerAccessProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public PartnerAccessProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link PartnerAccess.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> {
        private List<PartnerGrant> partners = List.of();

        Setters() {
        }

        /** @see PartnerAccessProps#partners() */
        public B partners(List<PartnerGrant> partners) {
            this.partners = partners;
            return self();
        }

        PartnerAccessProps toProps() {
            return new PartnerAccessProps(this);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
