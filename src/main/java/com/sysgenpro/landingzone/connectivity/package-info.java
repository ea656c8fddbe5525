/**
 * Connectivity constructs: a hub network per region ({@link com.sysgenpro.landingzone.connectivity.HubNetwork}) with its
 * DNS private resolver, peerings between two networks written on both sides
 * ({@link com.sysgenpro.landingzone.connectivity.NetworkPeering}), and private DNS zones defined once and linked to every
 * network that resolves them ({@link com.sysgenpro.landingzone.connectivity.CentralPrivateDnsZones},
 * {@link com.sysgenpro.landingzone.connectivity.PrivateDnsZoneLinks}). Networks are referred to by
 * {@link com.sysgenpro.landingzone.connectivity.VirtualNetworkReference}, so that one stack can peer or link a network
 * another stack (or another subscription) owns. What tenants may reach on the internet is declared as
 * {@link com.sysgenpro.landingzone.connectivity.EgressRule}s, which the tenants' network policies and the hubs' firewall
 * both follow: {@link com.sysgenpro.landingzone.connectivity.HubFirewall} allows the platform's and each
 * {@link com.sysgenpro.landingzone.connectivity.EgressSource}'s entries through the hub and denies the rest. Private
 * clusters' API servers register in a zone per region linked to the hubs
 * ({@link com.sysgenpro.landingzone.connectivity.ClusterPrivateDnsZones}), so that runners in a hub's runner subnet, routed
 * and allowed by {@link com.sysgenpro.landingzone.connectivity.HubRunners}, reach them.
 */
package com.sysgenpro.landingzone.connectivity;
