package com.sysgenpro.landingzone.platform;

/**
 * {@link MonitoredResourceProps} of a resource reached only through a private endpoint: the subnet the endpoint's
 * address is taken from and the private DNS zone that resolves the resource's name to it.
 */
public abstract class PrivateResourceProps extends MonitoredResourceProps {

    private final SubnetReference privateEndpointSubnet;
    private final PrivateDnsZoneReference privateDnsZone;

    /** Takes the values {@code setters} holds. */
    protected PrivateResourceProps(Setters<?> setters) {
        super(setters);
        this.privateEndpointSubnet = setters.privateEndpointSubnet;
        this.privateDnsZone = setters.privateDnsZone;
    }

    /**
     * The subnet of the private endpoint (a network's {@link SubnetRole#PRIVATE_ENDPOINTS} subnet); its props class
     * says when it may be left out (e.g. with public network access).
     */
    public SubnetReference privateEndpointSubnet() {
        return privateEndpointSubnet;
    }

    /** The private DNS zone the endpoint registers its address in, with the endpoint; its props class names the zone. */
    public PrivateDnsZoneReference privateDnsZone() {
        return privateDnsZone;
    }

    /** The setters of {@link PrivateResourceProps}. */
    public abstract static class Setters<B extends Setters<B>> extends MonitoredResourceProps.Setters<B> {
        private SubnetReference privateEndpointSubnet;
        private PrivateDnsZoneReference privateDnsZone;

        /** For the setters of the props classes that extend {@link PrivateResourceProps}. */
        protected Setters() {
        }

        /** @see PrivateResourceProps#privateEndpointSubnet() */
        public B privateEndpointSubnet(SubnetReference privateEndpointSubnet) {
            this.privateEndpointSubnet = privateEndpointSubnet;
            return self();
        }

        /** @see PrivateResourceProps#privateDnsZone() */
        public B privateDnsZone(PrivateDnsZoneReference privateDnsZone) {
            this.privateDnsZone = privateDnsZone;
            return self();
        }
    }
}
