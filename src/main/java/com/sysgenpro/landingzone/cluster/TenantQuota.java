package com.sysgenpro.landingzone.cluster;

import java.util.Map;
import java.util.TreeMap;

/**
 * The most a tenant's namespace may claim from its cluster (a Kubernetes {@code ResourceQuota}), sized by the
 * environment's blueprint: production generous, sandbox capped so that one tenant cannot starve the others.
 *
 * <p>Every quota also forbids {@code LoadBalancer} and {@code NodePort} services: a tenant is reachable only through
 * the cluster's ingress, never through an address of its own.
 *
 * @param requestsCpu CPU cores the namespace's pods may request together
 * @param requestsMemoryGi memory in GiB the pods may request together
 * @param limitsCpu CPU cores the pods' limits may add up to; at least {@code requestsCpu}
 * @param limitsMemoryGi memory in GiB the pods' limits may add up to; at least {@code requestsMemoryGi}
 * @param pods the most pods at once
 * @param storageGi persistent volume storage in GiB the namespace may claim
 */
public record TenantQuota(int requestsCpu, int requestsMemoryGi, int limitsCpu, int limitsMemoryGi, int pods, int storageGi) {

    /** Checks the figures. */
    public TenantQuota {
        if (requestsCpu < 1 || requestsMemoryGi < 1 || pods < 1 || storageGi < 0) {
            throw new IllegalArgumentException("tenant quota " + this + " is invalid: CPU, memory and pods must be at least 1,"
                + " storage at least 0");
        }
        if (limitsCpu < requestsCpu || limitsMemoryGi < requestsMemoryGi) {
            throw new IllegalArgumentException("tenant quota " + this + " is invalid: limits must be at least the requests"
                + " (requests " + requestsCpu + " CPU / " + requestsMemoryGi + " GiB)");
        }
    }

    /** A builder naming each figure, e.g. {@code TenantQuota.builder().requestsCpu(4).requestsMemoryGi(16)…build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code weight} quotas in one: every figure multiplied, for a tenant that chose a larger size. */
    public TenantQuota times(int weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("tenant quota weight " + weight + " is invalid: at least 1");
        }
        return new TenantQuota(requestsCpu * weight, requestsMemoryGi * weight, limitsCpu * weight, limitsMemoryGi * weight,
            pods * weight, storageGi * weight);
    }

    /** The quota's {@code spec.hard}, keys sorted. */
    public Map<String, String> hard() {
        Map<String, String> hard = new TreeMap<>();
        hard.put("requests.cpu", Integer.toString(requestsCpu));
        hard.put("requests.memory", requestsMemoryGi + "Gi");
        hard.put("limits.cpu", Integer.toString(limitsCpu));
        hard.put("limits.memory", limitsMemoryGi + "Gi");
        hard.put("pods", Integer.toString(pods));
        hard.put("requests.storage", storageGi + "Gi");
        hard.put("services.loadbalancers", "0");
        hard.put("services.nodeports", "0");
        return hard;
    }

    /** Builds a {@link TenantQuota}; every figure is required (storage may be 0). */
    public static final class Builder {
        private Integer requestsCpu;
        private Integer requestsMemoryGi;
        private Integer limitsCpu;
        private Integer limitsMemoryGi;
        private Integer pods;
        private Integer storageGi;

        private Builder() {
        }

        /** @see TenantQuota#requestsCpu() */
        public Builder requestsCpu(int requestsCpu) {
            this.requestsCpu = requestsCpu;
            return this;
        }

        /** @see TenantQuota#requestsMemoryGi() */
        public Builder requestsMemoryGi(int requestsMemoryGi) {
            this.requestsMemoryGi = requestsMemoryGi;
            return this;
        }

        /** @see TenantQuota#limitsCpu() */
        public Builder limitsCpu(int limitsCpu) {
            this.limitsCpu = limitsCpu;
            return this;
        }

        /** @see TenantQuota#limitsMemoryGi() */
        public Builder limitsMemoryGi(int limitsMemoryGi) {
            this.limitsMemoryGi = limitsMemoryGi;
            return this;
        }

        /** @see TenantQuota#pods() */
        public Builder pods(int pods) {
            this.pods = pods;
            return this;
        }

        /** @see TenantQuota#storageGi() */
        public Builder storageGi(int storageGi) {
            this.storageGi = storageGi;
            return this;
        }

        /**
         * The quota.
         *
         * @throws IllegalArgumentException naming the figures not given, or what is wrong with the ones given
         */
        public TenantQuota build() {
            java.util.List<String> missing = new java.util.ArrayList<>();
            if (requestsCpu == null) {
                missing.add("requestsCpu");
            }
            if (requestsMemoryGi == null) {
                missing.add("requestsMemoryGi");
            }
            if (limitsCpu == null) {
                missing.add("limitsCpu");
            }
            if (limitsMemoryGi == null) {
                missing.add("limitsMemoryGi");
            }
            if (pods == null) {
                missing.add("pods");
            }
            if (storageGi == null) {
                missing.add("storageGi");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("tenant quota: " + String.join(", ", missing) + " not given; give every figure");
            }
            return new TenantQuota(requestsCpu, requestsMemoryGi, limitsCpu, limitsMemoryGi, pods, storageGi);
        }
    }

    @Override
    public String toString() {
        return requestsCpu + "–" + limitsCpu + " CPU, " + requestsMemoryGi + "–" + limitsMemoryGi + " GiB, " + pods + " pods, "
            + storageGi + " GiB storage";
    }
}
