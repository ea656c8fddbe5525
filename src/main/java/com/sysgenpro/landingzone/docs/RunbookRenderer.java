package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Writes one business unit environment's disaster-recovery runbook from its {@link Footprint}: the sections in order,
 * each under its heading and each a {@link RunbookSection} named after it, then the sources they cite. A recovery step
 * is written only for what the environment has; otherwise its heading says so.
 */
final class RunbookRenderer {

    private RunbookRenderer() {
    }

    static String render(Footprint f) {
        Markdown md = new Markdown();
        Set<String> sources = new LinkedHashSet<>();
        RunbookSection.Page page = new RunbookSection.Page(f, RecoveryNetworking.of(f), md, sources);
        md.line(Runbook.MARKER);
        md.heading(1, "Disaster-recovery runbook: " + f.stack.name());
        md.paragraph("Business unit **" + f.context.businessUnit() + "**, environment **" + f.context.environment() + "**. Every"
            + " name below is read from the synthesized Terraform, so regenerate this runbook (`./lz runbook`) after every change"
            + " to the estate. Commands assume `az login` with access to the subscription, Terraform 1.5 or newer, and the"
            + " stacks as `./lz synth` writes them to `" + RunbookSection.OUT + "/`.");
        List<String> missing = f.index().missingStacks(f.stack);
        if (!missing.isEmpty()) {
            md.paragraph("**Incomplete output:** " + code(f.stack.name()) + " reads " + missing.stream().map(Markdown::code)
                .collect(Collectors.joining(", ")) + " through remote state, but the synthesized output does not hold "
                + (missing.size() == 1 ? "it" : "them") + " (`./lz synth --stack` writes only the stacks it names), so what"
                + " lives there is missing below. Synthesize the whole estate with `./lz synth` and run `./lz runbook` again.");
        }
        md.heading(2, "At a glance");
        new AtAGlanceSection(page).write();
        md.heading(2, "Where the data lives");
        new WhereTheDataLivesSection(page).write();
        md.heading(2, "Recovery objectives: achieved and target");
        new ObjectivesSection(page).write();
        // Only an environment stopped outside operating hours has this section: it writes its own heading.
        new ScheduledShutdownSection(page).write();
        md.heading(2, "Recovery, in order");
        md.paragraph("Work through the steps in this order: each depends on the ones before it. Skip a step when its"
            + " resources survived; every step says how to tell.");
        step(md, "1. Network", f.network(), "No virtual network was found for this environment: nothing to recover here.",
            new NetworkStep(page)::write);
        step(md, "2. Key Vault and secrets", Optional.of(f.keyVaults).filter(vaults -> !vaults.isEmpty()),
            "No Key Vault was found for this environment.", new KeyVaultStep(page)::write);
        step(md, "3. PostgreSQL", f.server, "**This environment has no database:** no PostgreSQL flexible server was found in "
            + code(f.stack.name()) + " or in a stack it reads. Nothing to restore; continue with storage.", new PostgresStep(page)::write);
        step(md, "4. Storage (filestore)", f.storageAccount, "No storage account was found for this environment.",
            new StorageStep(page)::write);
        step(md, "5. Cluster", f.cluster, "No Kubernetes cluster was found for this environment.", new ClusterStep(page)::write);
        step(md, "6. In-cluster stack and ingress", f.inCluster, "No in-cluster stack has a namespace for this environment:"
            + " nothing to apply inside the cluster.", new InClusterStep(page)::write);
        md.heading(3, "7. DNS");
        new DnsStep(page).write();
        md.heading(2, "Verify after recovery");
        new VerifySection(page).write();
        md.heading(2, "Sources");
        sources.forEach(md::bullet);
        return md.toString();
    }

    /** A recovery step: its heading, then the step on what it recovers, or {@code absent} when the environment has none. */
    private static <T> void step(Markdown md, String heading, Optional<T> found, String absent, Consumer<T> step) {
        md.heading(3, heading);
        found.ifPresentOrElse(step, () -> md.paragraph(absent));
    }
}
