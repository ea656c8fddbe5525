package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.ScaleDownSchedule;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.core.WindowsTimeZones;
import com.sysgenpro.landingzone.output.OperatingHours;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.workload.KubernetesCluster;
import com.sysgenpro.landingzone.workload.OperatingSchedule;
import com.sysgenpro.landingzone.workload.PostgresFlexibleServer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.constructs.Construct;

/**
 * Which stacks stop and start what on schedule, decided from the estate alone so that the stacks, the runbook and
 * {@code landing-zone.json} agree. An environment with operating hours (its blueprint's
 * {@link Blueprint#scaleDown()}, in its unit's or the estate's time zone) stops what is its own: a dedicated one its
 * cluster and server, a semi-dedicated one its server. A shared hosting stops its cluster and shared server only when
 * every tenant has hours, all in one time zone; then it runs on the union of their windows (every day any of them
 * runs, from the earliest start to the latest stop). Never production, and never a server with high availability or a
 * cross-region replica: those exist to keep running. The identity of each schedule holds the estate's one custom role
 * ({@link #roleName(Estate)}), defined at the root management group by the platform stack.
 */
final class ScheduledShutdown {

    private ScheduledShutdown() {
    }

    /**
     * One stack's schedule.
     *
     * @param stem the stem of the workflows' and identity's names
     * @param resourceGroup the resource group of the workflows, that of the targets
     * @param days the days it runs
     * @param start when it is started, local time
     * @param stop when it is stopped, local time
     * @param timeZone the IANA time zone of the hours
     * @param clusters the clusters stopped and started, by name
     * @param servers the PostgreSQL servers stopped and started, by name
     */
    record Schedule(String stem, String resourceGroup, Set<DayOfWeek> days, LocalTime start, LocalTime stop, String timeZone,
                    List<String> clusters, List<String> servers) {

        Schedule {
            days = Set.copyOf(EnumSet.copyOf(days));
            clusters = List.copyOf(clusters);
            servers = List.copyOf(servers);
        }

        String stopWorkflow() {
            return "logic-" + stem + "-stop";
        }

        String startWorkflow() {
            return "logic-" + stem + "-start";
        }

        /** The window as the operating-hours tag writes it, e.g. {@code Mon-Fri 07:00-20:00 Europe/Brussels}. */
        String window() {
            return new ScaleDownSchedule(days, start, stop).tagValue(timeZone);
        }

        /** What {@code landing-zone.json} records. */
        OperatingHours describe() {
            return new OperatingHours(resourceGroup,
                EnumSet.copyOf(days).stream().map(DayOfWeek::name).map(ScheduledShutdown::capitalised).toList(),
                start.toString(), stop.toString(), timeZone, WindowsTimeZones.of(timeZone).orElseThrow(), hoursPerWeek(),
                clusters, servers, stopWorkflow(), startWorkflow());
        }

        /** Hours a week it runs: whole when the window is whole hours. */
        Number hoursPerWeek() {
            long minutes = days.size() * Duration.between(start, stop).toMinutes();
            return minutes % 60 == 0 ? (Number) (minutes / 60) : (Number) (minutes / 60.0);
        }
    }

    /** The estate's custom role for every schedule's identity. */
    static String roleName(Estate estate) {
        return "lz-" + estate.prefix() + "-operating-schedule";
    }

    /** Whether any stack of the plan stops on schedule: the platform then defines the role. */
    static boolean any(Estate estate, EstatePlan plan) {
        return plan.placements().stream().anyMatch(placement -> of(estate, placement).isPresent())
            || plan.sharedHosting().values().stream().anyMatch(hosting -> of(estate, hosting).isPresent());
    }

    /** The schedule of an environment's own stack, if it has hours and something of its own to stop. */
    static Optional<Schedule> of(Estate estate, Placement placement) {
        Blueprint blueprint = placement.blueprint();
        Optional<ScaleDownSchedule> hours = blueprint.scaleDown();
        if (hours.isEmpty() || blueprint.isProduction() || WindowsTimeZones.of(placement.timeZone(estate)).isEmpty()) {
            return Optional.empty();
        }
        Hosting.Names names = names(estate, placement);
        List<String> clusters = placement.tenancy() == TenancyModel.DEDICATED ? List.of("aks-" + names.stem()) : List.of();
        List<String> servers = placement.ownDatabaseServer() && !placement.recoverySettings().databaseHighAvailability()
            && !placement.crossRegionReplica() ? List.of("psql-" + names.stem()) : List.of();
        if (clusters.isEmpty() && servers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Schedule(names.stem(), "rg-" + names.stem(), hours.get().days(), hours.get().start(), hours.get().stop(),
            placement.timeZone(estate), clusters, servers));
    }

    /** The schedule of a shared hosting, if every tenant has hours in one time zone. */
    static Optional<Schedule> of(Estate estate, SharedHosting hosting) {
        if (hosting.blueprint().isProduction() || hosting.tenants().isEmpty()
            || hosting.tenants().stream().anyMatch(tenant -> tenant.blueprint().scaleDown().isEmpty())) {
            return Optional.empty();
        }
        Set<String> zones = hosting.tenants().stream().map(tenant -> tenant.timeZone(estate)).collect(Collectors.toCollection(TreeSet::new));
        if (zones.size() != 1 || WindowsTimeZones.of(zones.iterator().next()).isEmpty()) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        LocalTime start = LocalTime.MAX;
        LocalTime stop = LocalTime.MIN;
        for (Placement tenant : hosting.tenants()) {
            ScaleDownSchedule hours = tenant.blueprint().scaleDown().orElseThrow();
            days.addAll(hours.days());
            start = hours.start().isBefore(start) ? hours.start() : start;
            stop = hours.stop().isAfter(stop) ? hours.stop() : stop;
        }
        Hosting.Names names = names(estate, hosting);
        List<String> servers = !hosting.dataTenants().isEmpty() && !hosting.recoverySettings().databaseHighAvailability()
            ? List.of("psql-" + names.stem()) : List.of();
        return Optional.of(new Schedule(names.stem(), "rg-" + names.stem(), days, start, stop, zones.iterator().next(),
            List.of("aks-" + names.stem()), servers));
    }

    /** The stacks' schedules in plan order, by stack name: what the runbook lists. */
    static Map<String, Schedule> all(Estate estate, EstatePlan plan) {
        Map<String, Schedule> schedules = new LinkedHashMap<>();
        for (PlannedStack stack : plan.stacks()) {
            if (stack.kind() == StackKind.SHARED_HOSTING && stack.hosting() != null) {
                of(estate, stack.hosting()).ifPresent(schedule -> schedules.put(stack.name(), schedule));
            } else if (stack.kind() == StackKind.BUSINESS_UNIT && stack.placement() != null) {
                of(estate, stack.placement()).ifPresent(schedule -> schedules.put(stack.name(), schedule));
            }
        }
        return schedules;
    }

    /**
     * Adds {@code schedule}'s workflows to {@code stack}: {@code cluster} and {@code server} are the stack's own, each
     * stopped only when the schedule names it.
     */
    static void add(Construct stack, Estate estate, Schedule schedule, ResourceGroup group, KubernetesCluster cluster,
                    PostgresFlexibleServer server, Tags tags) {
        OperatingSchedule.Builder.create(stack, "operating-schedule")
            .name(schedule.stem())
            .resourceGroup(group)
            .days(schedule.days())
            .start(schedule.start())
            .stop(schedule.stop())
            .timeZone(schedule.timeZone())
            .clusters(cluster != null && schedule.clusters().contains(cluster.declaredName()) ? List.of(cluster) : List.of())
            .servers(server != null && schedule.servers().contains(server.declaredName()) ? List.of(server) : List.of())
            .roleName(roleName(estate))
            .tags(tags)
            .build();
    }

    private static Hosting.Names names(Estate estate, Placement placement) {
        return new Hosting.Names(estate.prefix(), placement.unit().name(), placement.unit().shortName(), placement.environment().name(),
            placement.region());
    }

    private static Hosting.Names names(Estate estate, SharedHosting hosting) {
        return new Hosting.Names(estate.prefix(), Naming.SHARED, hosting.shortName(), hosting.blueprint().name(), hosting.region());
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
