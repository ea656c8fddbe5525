package com.sysgenpro.landingzone.docs;

import static com.sysgenpro.landingzone.docs.Markdown.code;

import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.preview.RunningHours;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * "Scheduled shutdown": what stops outside operating hours and how to start it by hand; absent when everything runs
 * around the clock.
 */
final class ScheduledShutdownSection extends RunbookSection {

    ScheduledShutdownSection(Page page) {
        super(page);
    }

    void write() {
        List<Located> scheduled = new ArrayList<>();
        Map<Located, RunningHours.Running> running = new LinkedHashMap<>();
        for (Located resource : Stream.of(f.server, f.cluster).flatMap(Optional::stream).toList()) {
            RunningHours.Running hours = RunningHours.of(resource.stack().resources()).get(resource.resource().address());
            if (hours != null) {
                scheduled.add(resource);
                running.put(resource, hours);
            }
        }
        if (scheduled.isEmpty()) {
            return;
        }
        md.heading(2, "Scheduled shutdown");
        md.paragraph("Outside its operating hours this environment's compute is stopped, not deleted: Logic Apps workflows stop"
            + " and start it, signed in as a managed identity that may only start, stop and read it. Stopped, a cluster keeps"
            + " its objects and a server its data, but neither serves Odoo, and a stopped server accepts no management"
            + " operation: **start what a recovery or an apply outside these hours touches first**, or the change fails.");
        List<List<String>> rows = new ArrayList<>();
        for (Located resource : scheduled) {
            RunningHours.Running hours = running.get(resource);
            boolean shared = !resource.stackName().equals(f.stack.name());
            rows.add(List.of(code(resource.name()) + (shared ? " (shared hosting " + code(resource.stackName()) + ", stopped only"
                + " when every tenant is outside its hours)" : ""), hours.window() + ", " + hours.hoursPerMonth().stripTrailingZeros()
                .toPlainString() + " h a month", code(hours.stopWorkflow()), code(hours.startWorkflow())));
        }
        md.table(List.of("resource", "runs", "stopped by", "started by"), rows);
        List<String> start = new ArrayList<>();
        List<String> disable = new ArrayList<>();
        // The database first: Odoo's pods need it when the cluster comes back.
        for (Located resource : scheduled) {
            String group = f.group(resource);
            start.add(resource.type().equals(ResourceTypes.POSTGRESQL_FLEXIBLE_SERVER)
                ? "az postgres flexible-server start --resource-group " + group + " --name " + resource.name()
                : "az aks start --resource-group " + group + " --name " + resource.name());
            String stop = "az logic workflow update --resource-group " + group + " --name " + running.get(resource).stopWorkflow()
                + " --state Disabled";
            if (!disable.contains(stop)) {
                disable.add(stop);
            }
        }
        md.paragraph("Start by hand, the database first:");
        md.code("sh", start);
        md.paragraph("The next scheduled stop stops them again. To keep them running through a recovery, disable the stop"
            + " workflow (the `logic` extension of the Azure CLI); the next apply of the stack enables it again:");
        md.code("sh", disable);
        sources.add(AzureDocs.AKS_STOP);
        sources.add(AzureDocs.POSTGRES_STOP_START);
    }
}
