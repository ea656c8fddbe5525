package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.ResourceTypes;
import java.util.List;
import java.util.stream.Collectors;

/** Step "7. DNS": pointing Odoo's names at the new load balancer, the certificate, and the private DNS zones. */
final class DnsStep extends RunbookSection {

    DnsStep(Page page) {
        super(page);
    }

    void write() {
        List<String> hosts = ingress.hosts();
        boolean publicDns = f.index().output().stacks().stream()
            .anyMatch(stack -> f.index().resources(stack).stream().anyMatch(resource -> resource.type().startsWith(ResourceTypes.DNS_)));
        if (!hosts.isEmpty() && f.cluster.isPresent()) {
            Located cluster = f.cluster.get();
            // A cluster routed to a hub firewall; sandbox-class ones stay islands even in an estate with hubs.
            boolean hubs = "userDefinedRouting".equals(TerraformJson.block(cluster.body(), "network_profile").path("outbound_type").asText());
            md.paragraph("Odoo answers at " + hosts.stream().map(Markdown::code).collect(Collectors.joining(", ")) + " through Traefik's "
                + (ingress.internalLoadBalancer() ? "internal" : "public") + " load balancer. "
                + (hubs && ingress.internalLoadBalancer()
                    ? "Behind the hub's firewall Traefik takes the fixed address of its node subnet (the last usable one) in any"
                        + " cluster built there: public names point at the address the firewall publishes (step 1), sites resolve"
                        + " the private zone of the tenants' domain in the connectivity stack to the internal one, and neither"
                        + " changes unless Odoo moves to another network. Check the address Traefik took:"
                    : (publicDns ? "" : "The landing zone emits no DNS records for " + (hosts.size() == 1 ? "it" : "them")
                        + " (no `azurerm_dns_*` resource): ")
                        + "after a new cluster or ingress, point the A record at the load balancer's new address:"));
            md.code("sh", List.of("az aks command invoke --resource-group " + f.group(cluster) + " --name " + cluster.name() + " \\",
                "  --command \"kubectl --namespace traefik get service traefik --output jsonpath='{.status.loadBalancer.ingress[0].ip}'\""));
            ingress.issuer().ifPresent(issuer -> md.paragraph("The certificate comes from ClusterIssuer " + code(issuer)
                + (ingress.acmeHttp01() ? ", which proves the name over HTTP: it can issue only once the record points at the new"
                + " address." : ".")));
        } else {
            md.paragraph("No ingress names this environment: no public or internal DNS record to switch.");
        }
        if (!f.privateDnsZones.isEmpty()) {
            md.paragraph("Private DNS zones " + f.privateDnsZones.stream().map(Located::name).distinct().map(Markdown::code)
                .collect(Collectors.joining(", ")) + " are linked to the network by Terraform; private endpoints register"
                + " their addresses in them, and the PostgreSQL server registers in its "
                + (f.privateDnsZones.stream().anyMatch(zone -> zone.name().endsWith(".private.postgres.database.azure.com"))
                    ? "VNet zone" : "zone (the estate's central one, behind hubs)")
                + ", so applying the stacks"
                + " restores those records. A restored or promoted server registers under its own name.");
        }
    }
}
