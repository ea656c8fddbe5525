package com.sysgenpro.landingzone.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.Tags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A synthesized output directory as {@code ./lz synth} (this library's synthesizer) wrote it: {@code manifest.json} and
 * {@code stacks/<stack>/cdk.tf.json} as cdktn lays them out, and {@code landing-zone.json}, which records
 * per stack what the Terraform does not say (business unit, environment, blueprint, recovery tier, assigned policy
 * parameters) and the estate's suppressions. Everything after synthesis (check, preview, runbook, diagram) reads this,
 * never the construct tree, so it works as well on a base branch's output.
 *
 * <p>An output without {@code landing-zone.json}, or whose {@code landing-zone.json} does not describe a stack the
 * manifest lists, is refused rather than read with unknown contexts: an interrupted synthesis or a plain cdktf output
 * would otherwise be checked, drawn and priced as something it is not.
 */
public final class SynthOutput {

    /** The file the synthesizer writes beside {@code manifest.json}. */
    public static final String DESCRIPTION_FILE = LandingZoneDescription.FILE;

    /** The version of {@link #DESCRIPTION_FILE}'s layout this reader understands. */
    public static final int DESCRIPTION_FORMAT = LandingZoneDescription.FORMAT;

    private final Path directory;
    private final LandingZoneDescription description;
    private final Map<String, SynthesizedStack> stacks;
    private final Map<String, AllocationKey> allocationKeys;
    private final Map<String, HostingCapacity> capacities;

    private SynthOutput(Path directory, LandingZoneDescription description, Map<String, SynthesizedStack> stacks,
                        Map<String, AllocationKey> allocationKeys, Map<String, HostingCapacity> capacities) {
        this.directory = directory;
        this.description = description;
        this.stacks = stacks;
        this.allocationKeys = Collections.unmodifiableMap(allocationKeys);
        this.capacities = Collections.unmodifiableMap(capacities);
    }

    /**
     * Reads the output in {@code directory}.
     *
     * @throws InvalidSynthOutputException when the directory is missing, has no manifest or no {@value #DESCRIPTION_FILE},
     *     or a file in it is not readable JSON of the expected shape; the message names the file and says what to run
     */
    public static SynthOutput read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidSynthOutputException(directory + (Files.exists(directory) ? " is a file" : " does not exist")
                + "; expected a synthesized output directory: " + OutputFiles.synthAgain(directory));
        }
        Path manifestFile = directory.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new InvalidSynthOutputException(directory + " holds no manifest.json, so it is not a synthesized output; "
                + OutputFiles.synthAgain(directory));
        }
        JsonNode manifest = OutputFiles.parse(manifestFile, directory);
        JsonNode listed = manifest.path("stacks");
        if (!listed.isObject()) {
            throw new InvalidSynthOutputException(manifestFile + " has no 'stacks' object, which cdktn always writes;"
                + " the file is damaged: " + OutputFiles.synthAgain(directory));
        }
        LandingZoneDescription description = LandingZoneDescription.read(directory);

        Map<String, SynthesizedStack> stacks = new TreeMap<>();
        Map<String, AllocationKey> allocationKeys = new TreeMap<>();
        Map<String, HostingCapacity> capacities = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = listed.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            String relative = entry.getValue().path("synthesizedStackPath").asText("stacks/" + name + "/cdk.tf.json");
            Path stackFile = directory.resolve(relative).normalize();
            if (!stackFile.startsWith(directory.normalize()) || !Files.isRegularFile(stackFile)) {
                throw new InvalidSynthOutputException(manifestFile + " lists stack '" + name + "' but " + stackFile
                    + " is missing; the output is incomplete: " + OutputFiles.synthAgain(directory));
            }
            JsonNode config = OutputFiles.parse(stackFile, directory);
            if (!config.isObject()) {
                throw new InvalidSynthOutputException(stackFile + " is not a JSON object; the file is damaged: "
                    + OutputFiles.synthAgain(directory));
            }
            DescribedStack described = description.stacks().get(name);
            if (described == null) {
                // Read as unknown, the stack would be held to every control and lose its suppressions: refuse instead.
                throw new InvalidSynthOutputException(directory.resolve(DESCRIPTION_FILE) + " does not describe stack '" + name
                    + "', which " + manifestFile.getFileName() + " lists; the two files are not from the same synthesis: "
                    + OutputFiles.synthAgain(directory));
            }
            stacks.put(name, new SynthesizedStack(name, described.context(), config));
            described.allocationKey().flatMap(SynthOutput::weighted).ifPresent(key -> allocationKeys.put(name, key));
            described.hostingCapacity().ifPresent(capacity -> capacities.put(name, capacity));
        }
        return new SynthOutput(directory, description, Collections.unmodifiableMap(stacks), allocationKeys, capacities);
    }

    /** A showback key without the tenants that cannot carry a share (no positive weight, no stack); none if no tenant can. */
    private static Optional<AllocationKey> weighted(AllocationKey key) {
        List<AllocationKey.Tenant> tenants = key.tenants().stream()
            .filter(tenant -> tenant.weight() > 0 && tenant.stack() != null).toList();
        return tenants.isEmpty() ? Optional.empty() : Optional.of(new AllocationKey(key.stack(), key.basis(), tenants));
    }

    /**
     * What {@value #DESCRIPTION_FILE} says, as read: every stack it describes (a damaged entry refuses the output, listed
     * in the manifest or not), the suppressions and the layout's subscriptions.
     */
    public LandingZoneDescription description() {
        return description;
    }

    /** The directory read. */
    public Path directory() {
        return directory;
    }

    /** Every stack, ordered by name. */
    public List<SynthesizedStack> stacks() {
        return List.copyOf(stacks.values());
    }

    /** The stack named {@code name}, if the output has it. */
    public Optional<SynthesizedStack> stack(String name) {
        return Optional.ofNullable(stacks.get(name));
    }

    /**
     * Whether the output has {@link #DESCRIPTION_FILE}: always, since {@link #read} refuses one without it. Kept for
     * callers written when undescribed outputs were read; new code need not ask.
     */
    public boolean described() {
        return true;
    }

    /** The tags every resource must carry, as the estate declared them (the library's default when it declared none). */
    public List<String> mandatoryTags() {
        return description.mandatoryTags().isEmpty() ? Tags.DEFAULT_MANDATORY : description.mandatoryTags();
    }

    /** The estate's suppressions, in declaration order. */
    public List<Suppression> suppressions() {
        return description.suppressions();
    }

    /** The subscriptions of the estate's layout by key, in key order; empty without a layout. */
    public Map<String, DescribedSubscription> subscriptions() {
        return description.subscriptions();
    }

    /** The capacity of the shared hosting stacks that record one, by stack name. */
    public Map<String, HostingCapacity> capacities() {
        return capacities;
    }

    /** The showback keys of the shared hosting stacks that record one, by stack name. */
    public Map<String, AllocationKey> allocationKeys() {
        return allocationKeys;
    }

    /** Every resource of every stack. */
    public int resourceCount() {
        return stacks.values().stream().mapToInt(SynthesizedStack::resourceCount).sum();
    }
}
