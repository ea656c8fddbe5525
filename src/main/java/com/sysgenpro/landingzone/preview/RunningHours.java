package com.sysgenpro.landingzone.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.internal.TerraformJson;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many hours a month a stack's clusters and PostgreSQL servers run, read from its scheduled shutdown: Logic Apps
 * workflows whose recurrence trigger fires weekly and whose actions call a same-stack resource's {@code stop} or
 * {@code start} operation. A target started at {@code start} and stopped at {@code stop} on the same days runs
 * days × (stop − start) hours a week, × 52 / 12 a month; a cluster's node pools run with it, those of other stacks
 * (a semi-dedicated tenant's on its hosting's cluster) too. Everything
 * else runs {@value #ALWAYS} hours.
 */
public final class RunningHours {

    /** The hours of a month around the clock, as the price snapshot counts them. */
    public static final int ALWAYS = 730;

    private static final Pattern WORKFLOW = Pattern.compile("^\\$\\{azurerm_logic_app_workflow\\.([^.}]+)\\.id}$");
    private static final Pattern TARGET = Pattern.compile(
        "\\$\\{((?:azurerm_kubernetes_cluster|azurerm_postgresql_flexible_server)\\.[^.}]+)\\.id}/(stop|start)\\?");
    private static final Pattern CLUSTER = Pattern.compile("^\\$\\{(azurerm_kubernetes_cluster\\.[^.}]+)\\.id}$");
    /** A cluster id read from another stack, as cdktn writes cross-stack references. */
    private static final Pattern REMOTE_CLUSTER = Pattern.compile(
        "^\\$\\{data\\.terraform_remote_state\\.cross-stack-reference-input-([^.]+)\\.outputs\\.cross-stack-output-azurerm_kubernetes_cluster([^.}]+)id}$");

    private RunningHours() {
    }

    /**
     * A scheduled resource's running time.
     *
     * @param hoursPerMonth hours a month it runs
     * @param window when, e.g. {@code Mon-Fri 07:00-20:00 (Romance Standard Time)}
     * @param stopWorkflow the name of the workflow that stops it
     * @param startWorkflow the name of the workflow that starts it
     */
    public record Running(BigDecimal hoursPerMonth, String window, String stopWorkflow, String startWorkflow) {

        /** The share of {@link #ALWAYS} it runs. */
        public BigDecimal fraction() {
            return hoursPerMonth.divide(BigDecimal.valueOf(ALWAYS), 6, RoundingMode.HALF_UP);
        }
    }

    /** Hours a month of {@code days} a week running {@code start}–{@code stop} each: days × hours × 52 / 12, to the hundredth. */
    public static BigDecimal perMonth(int days, LocalTime start, LocalTime stop) {
        BigDecimal hoursPerWeek = BigDecimal.valueOf(days * Duration.between(start, stop).toMinutes()).divide(BigDecimal.valueOf(60), 6,
            RoundingMode.HALF_UP);
        return hoursPerWeek.multiply(BigDecimal.valueOf(52)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /**
     * The running time of every scheduled resource of an output, by stack and address: {@link #of(List)} of each stack,
     * and node pools on a scheduled cluster of another stack.
     */
    public static Map<String, Map<String, Running>> of(SynthOutput output) {
        Map<String, Map<String, Running>> running = new TreeMap<>();
        for (SynthesizedStack stack : output.stacks()) {
            running.put(stack.name(), new TreeMap<>(of(stack.resources())));
        }
        for (SynthesizedStack stack : output.stacks()) {
            for (TerraformResource resource : stack.resources()) {
                if (!resource.type().equals(ResourceTypes.KUBERNETES_CLUSTER_NODE_POOL)) {
                    continue;
                }
                Matcher cluster = REMOTE_CLUSTER.matcher(resource.body().path("kubernetes_cluster_id").asText(""));
                if (cluster.matches()) {
                    Running hours = running.getOrDefault(cluster.group(1), Map.of()).get("azurerm_kubernetes_cluster." + cluster.group(2));
                    if (hours != null) {
                        running.get(stack.name()).put(resource.address(), hours);
                    }
                }
            }
        }
        return running;
    }

    /** The running time of every scheduled resource of one stack, by address; what is absent runs around the clock. */
    public static Map<String, Running> of(List<TerraformResource> resources) {
        Map<String, String> workflows = new HashMap<>();
        for (TerraformResource resource : resources) {
            if (resource.type().equals(ResourceTypes.LOGIC_APP_WORKFLOW)) {
                workflows.put(resource.name(), resource.body().path("name").asText(resource.name()));
            }
        }
        Map<String, Trigger> triggers = new HashMap<>();
        for (TerraformResource resource : resources) {
            if (resource.type().equals(ResourceTypes.LOGIC_APP_TRIGGER_RECURRENCE)) {
                workflow(resource).filter(workflows::containsKey).ifPresent(workflow -> trigger(resource.body(), workflows.get(workflow))
                    .ifPresent(trigger -> triggers.put(workflow, trigger)));
            }
        }
        Map<String, Trigger> starts = new TreeMap<>();
        Map<String, Trigger> stops = new TreeMap<>();
        for (TerraformResource resource : resources) {
            if (!resource.type().equals(ResourceTypes.LOGIC_APP_ACTION_CUSTOM)) {
                continue;
            }
            Trigger trigger = workflow(resource).map(triggers::get).orElse(null);
            Matcher target = TARGET.matcher(resource.body().path("body").asText(""));
            if (trigger != null && target.find()) {
                (target.group(2).equals("start") ? starts : stops).put(target.group(1), trigger);
            }
        }
        Map<String, Running> running = new TreeMap<>();
        starts.forEach((target, start) -> {
            Trigger stop = stops.get(target);
            // Only a whole window: the same days, stopped after it starts. Anything else is counted around the clock.
            if (stop != null && stop.days().equals(start.days()) && stop.at().isAfter(start.at())) {
                running.put(target, new Running(perMonth(start.days().size(), start.at(), stop.at()), window(start, stop), stop.workflow(),
                    start.workflow()));
            }
        });
        for (TerraformResource resource : resources) {
            if (resource.type().equals(ResourceTypes.KUBERNETES_CLUSTER_NODE_POOL)) {
                Matcher cluster = CLUSTER.matcher(resource.body().path("kubernetes_cluster_id").asText(""));
                if (cluster.matches() && running.containsKey(cluster.group(1))) {
                    running.put(resource.address(), running.get(cluster.group(1)));
                }
            }
        }
        return running;
    }

    private static Optional<String> workflow(TerraformResource resource) {
        Matcher workflow = WORKFLOW.matcher(resource.body().path("logic_app_id").asText(""));
        return workflow.matches() ? Optional.of(workflow.group(1)) : Optional.empty();
    }

    private static Optional<Trigger> trigger(JsonNode body, String workflow) {
        JsonNode schedule = TerraformJson.block(body.path("schedule"));
        if (!"Week".equals(body.path("frequency").asText()) || body.path("interval").asInt(0) != 1
            || schedule.path("at_these_hours").size() != 1 || schedule.path("at_these_minutes").size() > 1) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode day : schedule.path("on_these_days")) {
            try {
                days.add(DayOfWeek.valueOf(day.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        int minute = schedule.path("at_these_minutes").size() == 1 ? schedule.path("at_these_minutes").get(0).asInt() : 0;
        return Optional.of(new Trigger(days, LocalTime.of(schedule.path("at_these_hours").get(0).asInt(), minute),
            body.path("time_zone").asText("UTC"), workflow));
    }

    private static String window(Trigger start, Trigger stop) {
        List<DayOfWeek> days = List.copyOf(EnumSet.copyOf(start.days()));
        String first = name(days.get(0));
        String last = name(days.get(days.size() - 1));
        boolean range = days.size() > 1 && days.get(days.size() - 1).getValue() - days.get(0).getValue() + 1 == days.size();
        String named = range ? first + "-" + last : String.join(",", days.stream().map(RunningHours::name).toList());
        return named + " " + start.at() + "-" + stop.at() + " (" + start.timeZone() + ")";
    }

    private static String name(DayOfWeek day) {
        return day.name().charAt(0) + day.name().substring(1, 3).toLowerCase(Locale.ROOT);
    }

    private record Trigger(Set<DayOfWeek> days, LocalTime at, String timeZone, String workflow) {
    }
}
