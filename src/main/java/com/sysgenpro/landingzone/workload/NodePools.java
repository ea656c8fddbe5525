package com.sysgenpro.landingzone.workload;

import com.sysgenpro.landingzone.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validation and disk placement shared by the system pool of {@link KubernetesCluster} and {@link KubernetesNodePool}. */
final class NodePools {

    /** The largest node count Azure allows per pool. */
    static final int MAX_NODES = 1000;
    /** Availability zones a pool may name. */
    static final Set<String> ZONES = Set.of("1", "2", "3");

    /**
     * VM sizes whose local temporary disk (SCSI) can hold an ephemeral OS disk: the v5 sizes with a {@code d} (local
     * disk), whose temp disk is 37.5 GiB per vCPU, e.g. 150 GiB for {@code Standard_D4ds_v5}. Later generations put
     * the local disk on NVMe, where placement works differently; they get managed OS disks unless forced.
     */
    private static final Pattern V5_WITH_TEMP_DISK = Pattern.compile("Standard_[DE](\\d+)a?ds_v5");
    private static final Pattern VM_SIZE = Pattern.compile("Standard_[A-Za-z0-9_]+");
    private static final Pattern TAINT = Pattern.compile("([^=:]+)(=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)");
    private static final int MIN_OS_DISK_GB = 30;
    private static final int MAX_OS_DISK_GB = 2048;

    private NodePools() {
    }

    /** Fails unless {@code vmSize} looks like an Azure VM size. */
    static String vmSize(String path, String prop, String vmSize) {
        Checks.required(path, prop, vmSize);
        if (!VM_SIZE.matcher(vmSize).matches()) {
            throw Checks.invalid(path, prop, vmSize, "an Azure VM size such as Standard_D4ds_v5");
        }
        return vmSize;
    }

    /** Fails unless {@code lowestMin <= min <= max <= 1000} and {@code max >= 1}. */
    static void autoscale(String path, String minProp, String maxProp, int min, int max, int lowestMin) {
        if (min < lowestMin || min > MAX_NODES) {
            throw Checks.invalid(path, minProp, min, "allowed: " + lowestMin + " to " + MAX_NODES
                + (lowestMin == 1 ? " (a system pool always keeps a node for CoreDNS and the add-ons)" : ""));
        }
        if (max < 1 || max > MAX_NODES) {
            throw Checks.invalid(path, maxProp, max, "allowed: 1 to " + MAX_NODES);
        }
        if (min > max) {
            throw Checks.invalid(path, minProp, min, "at most " + maxProp + " (" + max + "); the autoscaler needs min <= max");
        }
    }

    /** Fails on zones other than 1, 2 and 3, on repeats, and on none at all when the pool is for production. */
    static List<String> zones(String path, String prop, List<String> zones, boolean production) {
        Checks.required(path, prop, zones);
        if (zones.isEmpty() && production) {
            throw Checks.invalid(path, prop, "[]", "a production pool spreads over availability zones, e.g. [1, 2, 3];"
                + " set production(false) to run a lower environment without zones");
        }
        if (zones.stream().anyMatch(zone -> !ZONES.contains(zone)) || Set.copyOf(zones).size() != zones.size()) {
            throw Checks.invalid(path, prop, zones.toString(), "each of the zones 1, 2 and 3 at most once");
        }
        return zones.stream().sorted().toList();
    }

    /** Fails unless {@code maxPods} is null or 10 to 250. */
    static Integer maxPods(String path, String prop, Integer maxPods) {
        if (maxPods != null) {
            Checks.inRange(path, prop, maxPods, 10, 250);
        }
        return maxPods;
    }

    /**
     * Whether the OS disk is ephemeral. {@code requested} null means: ephemeral when the size's local temp disk holds
     * an OS disk of {@code osDiskSizeGb}, managed otherwise; true insists (and fails when it cannot be).
     */
    static boolean ephemeral(String path, String vmSize, Boolean requested, int osDiskSizeGb) {
        Checks.inRange(path, "osDiskSizeGb", osDiskSizeGb, MIN_OS_DISK_GB, MAX_OS_DISK_GB);
        Integer tempDiskGb = tempDiskGb(vmSize);
        boolean fits = tempDiskGb != null && osDiskSizeGb <= tempDiskGb;
        if (Boolean.TRUE.equals(requested) && !fits) {
            throw Checks.invalid(path, "ephemeralOsDisk", "true", tempDiskGb == null
                ? "only for VM sizes with a known local temp disk (the v5 sizes with a 'd', e.g. Standard_D4ds_v5); " + vmSize + " is not one"
                : "an OS disk of " + osDiskSizeGb + " GB does not fit the " + tempDiskGb + " GiB temp disk of " + vmSize
                    + "; lower osDiskSizeGb to at most " + tempDiskGb);
        }
        return requested == null ? fits : requested;
    }

    /** The local temp disk of a v5 size with local disk, in GiB, or null when not known. */
    static Integer tempDiskGb(String vmSize) {
        Matcher matcher = V5_WITH_TEMP_DISK.matcher(vmSize);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) * 75 / 2 : null;
    }

    /** Fails on Kubernetes label keys or values the API server would reject, and on labels AKS reserves. */
    static void labels(String path, Map<String, String> labels) {
        labels.forEach((key, value) -> {
            if (!Checks.isLabelKey(key)) {
                throw Checks.invalid(path, "nodeLabels", key, "a Kubernetes label key: an optional DNS prefix and '/', then 1 to 63"
                    + " letters, digits, - _ . starting and ending alphanumeric");
            }
            if (key.startsWith("kubernetes.azure.com/") || key.startsWith("kubernetes.io/") || key.startsWith("k8s.io/")) {
                throw Checks.invalid(path, "nodeLabels", key, "a label outside the prefixes AKS and Kubernetes reserve"
                    + " (kubernetes.azure.com/, kubernetes.io/, k8s.io/)");
            }
            if (value == null || !Checks.isLabelValue(value)) {
                throw Checks.invalid(path, "nodeLabels", key + "=" + value, "a label value of at most 63 letters, digits, - _ ., starting and ending alphanumeric");
            }
        });
    }

    /** Fails on taints not of the form {@code key=value:Effect}. */
    static void taints(String path, List<String> taints) {
        for (String taint : taints) {
            Matcher matcher = taint == null ? null : TAINT.matcher(taint);
            if (matcher == null || !matcher.matches() || !Checks.isLabelKey(matcher.group(1))
                || (matcher.group(3) != null && !Checks.isLabelValue(matcher.group(3)))) {
                throw Checks.invalid(path, "nodeTaints", taint, "key=value:Effect with Effect NoSchedule, PreferNoSchedule or NoExecute,"
                    + " e.g. tenant=wholesale:NoSchedule");
            }
        }
        if (Set.copyOf(taints).size() != taints.size()) {
            throw Checks.invalid(path, "nodeTaints", taints.toString(), "each taint once");
        }
    }
}
