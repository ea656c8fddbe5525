package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** "At a glance": tenancy, tier, management group, subscription, regions, stacks and where their state is. */
final class AtAGlanceSection extends RunbookSection {

    AtAGlanceSection(Page page) {
        super(page);
    }

    void write() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("blueprint", code(f.context.blueprint()) + (f.context.production() ? " (production)" : "")));
        rows.add(List.of("tenancy", tenancy()));
        rows.add(List.of("recovery tier", f.recoveryTier().map(tier -> tier.id() + ": " + tier.target()).orElse("none committed")));
        rows.add(List.of("management group", managementGroup()));
        rows.add(List.of("subscription", f.index().subscription(f.stack).map(Markdown::code)
            .orElse("the one `ARM_SUBSCRIPTION_ID` names (the stack names none)")));
        rows.add(List.of("primary region", f.primaryRegion()));
        rows.add(List.of("recovery region", f.recoveryRegion().map(region -> region + " (" + recoveryAssets() + ")")
            .orElse("none: nothing stands ready outside " + f.primaryRegion())));
        rows.add(List.of("stacks, in apply order", String.join(" → ", f.applyOrder().stream().map(Markdown::code).toList())));
        rows.add(List.of("Terraform state", f.applyOrder().stream().map(name -> f.index().stack(name).map(this::state).orElse(name))
            .collect(Collectors.joining("; "))));
        md.table(List.of("", ""), rows);
    }

    private String tenancy() {
        String tenancy = f.context.tenancy() == null ? "unknown" : f.context.tenancy();
        if (f.hosting.isEmpty()) {
            return tenancy;
        }
        String hosts = names(f.hosting);
        if (f.serverShared()) {
            return tenancy + ": database and filestore on " + hosts + with(f.dataTenants) + "; cluster of " + hosts
                + with(f.clusterTenants);
        }
        return tenancy + ": own database and filestore; cluster of " + hosts + with(f.clusterTenants);
    }

    private static String with(List<SynthesizedStack> tenants) {
        return tenants.isEmpty() ? "" : " (with " + names(tenants) + ")";
    }

    private String managementGroup() {
        String key = f.context.managementGroup();
        if (key == null) {
            return "not recorded";
        }
        return f.index().stacks(StackKind.PLATFORM).stream()
            .flatMap(platform -> f.index().resources(platform, ResourceTypes.MANAGEMENT_GROUP).stream())
            .filter(group -> ("/management-groups/" + key + "/Resource").equals(suffix(group.resource().constructPath(), key)))
            .map(group -> code(group.name()) + " (" + Markdown.cell(group.text("display_name")) + ")")
            .findFirst().orElse(code(key));
    }

    private static String suffix(String path, String key) {
        if (path == null) {
            return "";
        }
        int at = path.indexOf("/management-groups/" + key + "/");
        return at < 0 ? "" : path.substring(at);
    }

    private String recoveryAssets() {
        List<String> assets = new ArrayList<>();
        f.replica.ifPresent(replica -> assets.add("read replica " + code(replica.name())));
        f.recoveryNetwork().ifPresent(network -> assets.add("network " + code(network.name())));
        f.recoveryRegion().filter(f.registryReplicaRegions()::contains).flatMap(region -> f.registry)
            .ifPresent(registry -> assets.add("replica of registry " + code(registry.name())));
        return String.join(", ", assets);
    }

    private String state(SynthesizedStack stack) {
        JsonNode backend = stack.config().path("terraform").path("backend");
        JsonNode azure = backend.path("azurerm");
        if (azure.isObject()) {
            return code(stack.name()) + ": blob " + code(azure.path("key").asText()) + " in container "
                + code(azure.path("container_name").asText()) + " of " + code(azure.path("storage_account_name").asText());
        }
        JsonNode local = backend.path("local");
        if (local.isObject()) {
            return code(stack.name()) + ": local file " + code(local.path("path").asText().replaceFirst("^(\\.\\./)+", ""))
                + " beside " + code(OUT);
        }
        return code(stack.name()) + ": Terraform's default";
    }
}
