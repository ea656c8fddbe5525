package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.platform.ResourceProps;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Properties of an {@link OperatingSchedule}. Create with {@link #builder()}.
 *
 * <p>Name: The stem of the names, e.g. {@code nwd-wholesale-staging-weu}: the workflows are {@code logic-<stem>-stop}
 * and {@code logic-<stem>-start}, their identity {@code id-<stem>-schedule}. Required.
 * <p>Resource group: The resource group of the workflows and their identity; also their region. Required.
 * <p>Tags: Tags of the workflows and the identity. Default: the resource group's tags.
 */
public final class OperatingScheduleProps extends ResourceProps {

    private final Set<DayOfWeek> days;
    private final LocalTime start;
    private final LocalTime stop;
    private final String timeZone;
    private final List<KubernetesCluster> clusters;
    private final List<PostgresFlexibleServer> servers;
    private final String roleName;

    private OperatingScheduleProps(Setters<?> setters) {
        super(setters);
        this.days = setters.days == null || setters.days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(setters.days));
        this.start = setters.start;
        this.stop = setters.stop;
        this.timeZone = setters.timeZone;
        this.clusters = List.copyOf(setters.clusters);
        this.servers = List.copyOf(setters.servers);
        this.roleName = setters.roleName;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The days it runs: started at {@link #start()} and stopped at {@link #stop()} each of them. Required, at least one. */
    public Set<DayOfWeek> days() {
        return days;
    }

    /** When it starts, local time of {@link #timeZone()}, whole minutes. Required. */
    public LocalTime start() {
        return start;
    }

    /** When it stops, local time, after {@link #start()} on the same day. Required. */
    public LocalTime stop() {
        return stop;
    }

    /** The IANA time zone the hours are written in, one {@link com.sysgenpro.landingzone.core.WindowsTimeZones} knows. Required. */
    public String timeZone() {
        return timeZone;
    }

    /** The clusters stopped and started (never production ones). */
    public List<KubernetesCluster> clusters() {
        return clusters;
    }

    /** The PostgreSQL servers stopped and started (never highly available ones). At least one cluster or server. */
    public List<PostgresFlexibleServer> servers() {
        return servers;
    }

    /**
     * The name of the custom role the identity holds on each target, defined once for the estate with
     * {@link OperatingSchedule#defineRole}. Required.
     */
    public String roleName() {
        return roleName;
    }

    /** Builds {@link OperatingScheduleProps}. */
    public static final class Builder extends Setters<Builder> {
        private Builder() {
        }

        /** The properties; validated when the construct is created. */
        public OperatingScheduleProps build() {
            return toProps();
        }
    }

    /** Setters shared by {@link Builder} and {@link OperatingSchedule.Builder}; each documents its property above. */
    public abstract static class Setters<B extends Setters<B>> extends ResourceProps.Setters<B> {
        private Set<DayOfWeek> days;
        private LocalTime start;
        private LocalTime stop;
        private String timeZone;
        private List<KubernetesCluster> clusters = List.of();
        private List<PostgresFlexibleServer> servers = List.of();
        private String roleName;

        Setters() {
        }

        /** @see OperatingScheduleProps#days() */
        public B days(Set<DayOfWeek> days) {
            this.days = days;
            return self();
        }

        /** @see OperatingScheduleProps#start() */
        public B start(LocalTime start) {
            this.start = start;
            return self();
        }

        /** @see OperatingScheduleProps#stop() */
        public B stop(LocalTime stop) {
            this.stop = stop;
            return self();
        }

        /** @see OperatingScheduleProps#timeZone() */
        public B timeZone(String timeZone) {
            this.timeZone = timeZone;
            return self();
        }

        /** @see OperatingScheduleProps#clusters() */
        public B clusters(List<KubernetesCluster> clusters) {
            this.clusters = clusters == null ? List.of() : clusters;
            return self();
        }

        /** @see OperatingScheduleProps#servers() */
        public B servers(List<PostgresFlexibleServer> servers) {
            this.servers = servers == null ? List.of() : servers;
            return self();
        }

        /** @see OperatingScheduleProps#roleName() */
        public B roleName(String roleName) {
            this.roleName = roleName;
            return self();
        }

        OperatingScheduleProps toProps() {
            return new OperatingScheduleProps(this);
        }
    }
}
