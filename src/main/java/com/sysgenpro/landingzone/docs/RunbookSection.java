package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One section of a disaster-recovery runbook, named after its heading: what every section writes with (the
 * environment's footprint, its failover networking, how Odoo is reached and where its database fails over to, the
 * document and the sources it cites) and the phrases and commands several sections say alike. {@link RunbookRenderer}
 * writes the headings and puts the sections in order; a section writes what comes under its heading.
 */
abstract class RunbookSection {

    /** Where commands expect the synthesized stacks: {@code ./lz synth}'s default output directory. */
    static final String OUT = "cdktf.out";

    /** What the sections of one runbook share. */
    record Page(Footprint footprint, Optional<RecoveryNetworking> networking, Markdown md, Set<String> sources) {
    }

    final Footprint f;
    /** The recovery network's peerings, route and zone, when it is peered with a hub; empty otherwise. */
    final Optional<RecoveryNetworking> networking;
    final Markdown md;
    final Set<String> sources;
    /** How Odoo is reached: host names, Traefik's load balancer, certificate issuer. */
    final OdooIngress ingress;
    /** Where the database answers after a region outage. */
    final DatabaseFailover failover;

    RunbookSection(Page page) {
        this.f = page.footprint();
        this.networking = page.networking();
        this.md = page.md();
        this.sources = page.sources();
        this.ingress = new OdooIngress(f);
        this.failover = new DatabaseFailover(f);
    }

    /** The page this section writes on, for a part it hands to another section. */
    Page page() {
        return new Page(f, networking, md, sources);
    }

    /** The commands that (re-)apply {@code stack} from the synthesized output. */
    static List<String> apply(String stack) {
        return List.of("terraform -chdir=" + OUT + "/stacks/" + stack + " init",
            "terraform -chdir=" + OUT + "/stacks/" + stack + " apply");
    }

    static String names(List<SynthesizedStack> stacks) {
        return stacks.stream().map(stack -> code(stack.name())).collect(Collectors.joining(", "));
    }

    static String sharedWith(List<SynthesizedStack> tenants) {
        return tenants.isEmpty() ? "" : ", shared with " + names(tenants);
    }

    /** A JSON array's values, comma-separated. */
    static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join(", ", values);
    }

    /** Azure's pair of a region, where geo-redundant copies and geo-restores go; empty when unknown or unpaired. */
    static Optional<String> pairOf(String region) {
        return AzureRegion.find(region).flatMap(AzureRegion::pair).map(AzureRegion::name);
    }

    /** Where a GitOps configuration deploys from: repository, reference and paths. */
    static String gitOpsSource(Located flux) {
        JsonNode repository = flux.body().path("git_repository");
        List<String> paths = new ArrayList<>();
        flux.body().path("kustomizations").forEach(kustomization -> paths.add(code(kustomization.path("path").asText())));
        return code(repository.path("url").asText()) + " (" + repository.path("reference_type").asText("branch") + " "
            + code(repository.path("reference_value").asText()) + (paths.isEmpty() ? "" : ", path " + String.join(", ", paths)) + ")";
    }
}
