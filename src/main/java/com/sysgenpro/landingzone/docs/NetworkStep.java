package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.sysgenpro.landingzone.output.SynthesizedStack;
import java.util.List;
import java.util.stream.Collectors;

/** Step "1. Network": the primary network re-created by applying its stack, the recovery network and its connectivity. */
final class NetworkStep extends RunbookSection {

    NetworkStep(Page page) {
        super(page);
    }

    /** @param primary the network in the primary region, the environment's own or its shared hosting's */
    void write(Located primary) {
        String subnets = f.subnets(primary).stream().map(subnet -> code(subnet.name())).collect(Collectors.joining(", "));
        boolean own = primary.stackName().equals(f.stack.name());
        md.paragraph((own ? "The environment's network is " : "The environment has no network of its own: it runs in ")
            + code(primary.name()) + " (" + join(primary.body().path("address_space")) + ", resource group "
            + code(f.group(primary)) + ", " + primary.location() + (subnets.isEmpty() ? "" : ", subnets " + subnets) + ")"
            + (own ? "" : " of stack " + code(primary.stackName()) + sharedWith(f.clusterTenants)) + ". A network holds no data: when it"
            + " or one of its subnets, security groups or private DNS zones was deleted, apply " + (own ? "the stack" : "that stack")
            + " again; it re-creates what is missing and leaves the rest. Review the plan before you confirm"
            + preventDestroy(primary.stack()) + ".");
        md.code("sh", apply(primary.stackName()));
        f.recoveryNetwork().ifPresent(recovery -> md.paragraph("In " + recovery.location() + ", " + code(recovery.name()) + " ("
            + join(recovery.body().path("address_space")) + ", resource group " + code(f.group(recovery)) + ") stands ready for"
            + " a region outage" + f.replica.map(replica -> ": the read replica " + code(replica.name()) + " runs in it.")
            .orElse(".")));
        networking.ifPresent(recovery -> recovery.network(md, sources));
    }

    /** Which of the stack's resources Terraform refuses to destroy, said the way the network step needs it. */
    private String preventDestroy(SynthesizedStack stack) {
        List<String> guarded = f.index().resources(stack).stream()
            .filter(resource -> resource.body().path("lifecycle").path("prevent_destroy").asBoolean(false))
            .map(resource -> code(resource.name())).distinct().toList();
        return guarded.isEmpty() ? ": nothing in it is guarded against replacement"
            : "; " + String.join(", ", guarded) + " carry `prevent_destroy`, so a plan that would replace them fails instead";
    }
}
