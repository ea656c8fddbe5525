package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.check.CheckReport;
import com.sysgenpro.landingzone.check.Checker;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.SharedTenantNames;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.preview.CostEstimate;
import com.sysgenpro.landingzone.preview.PriceCatalog;
import com.sysgenpro.landingzone.testing.OutputLocations;
import com.sysgenpro.landingzone.testing.OutputLocations.Resource;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * The estates of {@code stacks/examples/}, shaped as the source organisations are (hybrid tenancy within a unit,
 * several environments of one blueprint, units in three regions on every tenancy model with a tier-1 unit in each,
 * dev/test on tier-3), each synthesized once: they pass {@code check}, are clean against the shared azurerm schema and
 * policy catalog, and every resource lands where Azure would accept it and the estate wants it. Where things land is
 * read from the JSON ({@link OutputLocations}); what is expected comes from the estate file, not from the plan.
 */
class ExampleEstatesTest {

    private static final Path EXAMPLES = Path.of("stacks/examples");
    private static final Set<String> DATA_TYPES = Set.of("azurerm_postgresql_flexible_server", "azurerm_storage_account",
        "azurerm_managed_redis", "azurerm_key_vault", "azurerm_kubernetes_cluster", "azurerm_data_protection_backup_vault");

    @TempDir
    static Path tmp;

    private static final Map<Path, Path> OUTPUTS = new ConcurrentHashMap<>();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            assertThat(found).hasSizeGreaterThanOrEqualTo(3);
            return found.stream();
        }
    }

    /** The example's output, synthesized on first use: each costs seconds. */
    private static synchronized Path output(Path example) {
        return OUTPUTS.computeIfAbsent(example, file -> {
            Path out = tmp.resolve(file.getFileName().toString().replace(".yaml", ""));
            EstateSynthesizer.synthesize(EstateLoader.load(file, PinnedDay.TODAY), out);
            return out;
        });
    }

    @Test
    void coverTheShapesTheSourceOrganisationsHave() throws IOException {
        List<Estate> estates = examples().map(EstateLoader::load).toList();
        List<EstatePlan> plans = estates.stream().map(EstatePlan::of).toList();

        // Hybrid tenancy within one unit: a dedicated environment and a shared one.
        assertThat(plans.stream().flatMap(plan -> plan.placements().stream())
            .collect(Collectors.groupingBy(placement -> placement.unit(), Collectors.mapping(Placement::tenancy, Collectors.toSet())))
            .values()).anyMatch(models -> models.size() > 1);
        // QA, UAT and integration on one blueprint, on one shared hosting.
        assertThat(plans).anyMatch(plan -> plan.sharedHosting().values().stream().anyMatch(hosting -> hosting.dataTenants().stream()
            .map(tenant -> tenant.environment().name()).toList().containsAll(List.of("qa", "uat", "integration"))));
        // Units in three regions on every tenancy model, a tier-1 unit in each region.
        assertThat(plans).anyMatch(plan -> {
            Map<AzureRegion, Set<String>> models = new java.util.HashMap<>();
            Map<AzureRegion, Boolean> tierOne = new java.util.HashMap<>();
            plan.placements().forEach(placement -> {
                models.computeIfAbsent(placement.region(), key -> new java.util.HashSet<>()).add(placement.tenancy().id());
                if (placement.crossRegionReplica()) {
                    tierOne.put(placement.region(), true);
                }
            });
            return models.size() >= 3 && models.values().stream().allMatch(set -> set.size() == 3) && tierOne.size() == models.size();
        });
        // Every example's shared hosting holds its tenants within its blueprint, no override needed.
        assertThat(plans.stream().flatMap(plan -> plan.sharedHosting().values().stream()))
            .allSatisfy(hosting -> assertThat(hosting.capacity().shortfalls()).as(hosting.stackName()).isEmpty());
        // Dev/test committing to tier-3.
        assertThat(plans.stream().flatMap(plan -> plan.placements().stream()))
            .anyMatch(placement -> !placement.blueprint().isProduction() && placement.recoveryTierTag().equals("tier-3"));
        // A temporary integration environment, whose last day is after the day the examples are checked on.
        assertThat(plans.stream().flatMap(plan -> plan.placements().stream()))
            .anyMatch(placement -> placement.environment().name().equals("integration") && placement.environment().expires() != null
                && placement.environment().expires().isAfter(LocalDate.of(2027, 1, 15).plusDays(14)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void passesCheckWithoutErrors(Path example) {
        CheckReport report = Checker.check(SynthOutput.read(output(example)), LocalDate.of(2027, 1, 15));

        assertThat(report.findings().stream().filter(finding -> finding.failsAt(Severity.WARNING)).toList()).isEmpty();
        assertThat(report.resources()).isGreaterThan(100);
    }

    /**
     * Compute, databases, caches and disks have list prices: each is priced or listed as unpriced for want of a regional
     * price, never hidden among usage-based items, and any such line marks the total incomplete, with its count, in the
     * Markdown and the JSON.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void everyComputeDatabaseCacheAndDiskLineIsPricedOrUnpricedForWantOfARegionalPrice(Path example) {
        CostEstimate estimate = CostEstimate.of(SynthOutput.read(output(example)), PriceCatalog.bundled());
        List<String> listPriced = List.of("azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool",
            "azurerm_postgresql_flexible_server", "azurerm_managed_redis", "azurerm_managed_disk");

        List<CostEstimate.Unpriced> unpriced = estimate.stacks().stream().flatMap(stack -> stack.unpriced().stream()).toList();
        assertThat(unpriced).filteredOn(item -> listPriced.contains(item.type()))
            .allSatisfy(item -> assertThat(item.gap()).as(item.address() + ": " + item.reason()).isEqualTo(CostEstimate.Gap.NO_REGIONAL_PRICE));
        Set<String> accounted = new java.util.HashSet<>();
        estimate.stacks().forEach(stack -> stack.lines().forEach(line -> accounted.add(line.address())));
        unpriced.forEach(item -> accounted.add(item.address()));
        int resources = 0;
        for (var stack : SynthOutput.read(output(example)).stacks()) {
            for (var resource : stack.resources()) {
                if (listPriced.contains(resource.type())) {
                    resources++;
                    assertThat(accounted).as("%s %s", stack.name(), resource.address()).contains(resource.address());
                }
            }
        }
        assertThat(resources).isPositive();

        long regional = unpriced.stream().filter(item -> item.gap() == CostEstimate.Gap.NO_REGIONAL_PRICE).count();
        String markdown = estimate.markdown();
        JsonNode json = Synth.parse(estimate.json());
        assertThat(estimate.unpricedForWantOfARegionalPrice()).isEqualTo(regional);
        assertThat(json.path("unpricedForWantOfARegionalPrice").asLong()).isEqualTo(regional);
        if (regional == 0) {
            assertThat(markdown).doesNotContain("incomplete");
            return;
        }
        assertThat(estimate.complete()).isFalse();
        assertThat(json.path("complete").asBoolean()).isFalse();
        assertThat(json.path("incompleteLines").asInt()).isEqualTo(estimate.incompleteLines()).isGreaterThanOrEqualTo((int) regional);
        assertThat(markdown).contains("** a month ‡ **incomplete**")
            .contains("**The total is incomplete:** " + estimate.incompleteLines() + " item(s) that are not usage-based have no price ("
                + regional + " for want of a regional price");
        String section = markdown.substring(markdown.indexOf("### Unpriced for want of a regional price"));
        String notEstimated = markdown.contains("**Not estimated**") ? markdown.substring(markdown.indexOf("**Not estimated**")) : "";
        unpriced.stream().filter(item -> item.gap() == CostEstimate.Gap.NO_REGIONAL_PRICE).forEach(item -> {
            assertThat(section).contains("`" + item.address() + "`");
            assertThat(notEstimated).doesNotContain(item.reason());
        });
    }

    @Test
    void theThreeRegionExampleLacksSomeRegionalPricesAndSaysSo() {
        // Not every region of the three-country group has a published PostgreSQL or Redis figure in the snapshot: the
        // estimate must say so rather than present a smaller total as complete.
        CostEstimate estimate = CostEstimate.of(SynthOutput.read(output(EXAMPLES.resolve("three-country-group.yaml"))), PriceCatalog.bundled());

        assertThat(estimate.unpricedForWantOfARegionalPrice()).isPositive();
        assertThat(estimate.stacks().stream().flatMap(stack -> stack.lines().stream()).map(CostEstimate.Line::region).distinct())
            .as("regions priced").contains("germanywestcentral", "francecentral", "swedencentral");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyStackIsCleanAgainstTheSharedSchemasAndPolicyCatalog(Path example) {
        Path shared = SharedReference.require();
        Path out = output(example);
        for (String stack : OutputLocations.of(out).stackNames()) {
            Path file = out.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
            if (!Synth.read(file).path("provider").has("azurerm")) {
                List<String> arguments = new ArrayList<>(List.of(file.toString()));
                SharedReference.inClusterSchemas(shared).forEach(schema -> arguments.add(schema.toString()));
                SharedReference.Result inCluster = SharedReference.run(shared, "check-tf-schema.py", arguments.toArray(String[]::new));
                assertThat(inCluster.exitCode()).as("%s: %s", stack, inCluster.output()).isZero();
                continue;
            }
            SharedReference.Result schema = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
                SharedReference.azurermSchema(shared).toString());
            assertThat(schema.exitCode()).as("%s: %s", stack, schema.output()).isZero();
            SharedReference.Result policies = SharedReference.run(shared, "check-policy-refs.py", file.toString());
            assertThat(policies.exitCode()).as("%s: %s", stack, policies.output()).isZero();
        }
    }

    /**
     * Every container the in-cluster stacks' releases run (their values over the pinned charts' defaults) is pulled from
     * the registry of the stack that created the cluster, whose artifact cache has a rule for exactly that repository, and
     * the allowed-images pattern as assigned admits it while refusing the same image from its upstream registry.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void chartImagesArePulledThroughTheClustersOwnRegistryCache(Path example) {
        Path out = output(example);
        JsonNode landingZone = Synth.read(out.resolve("landing-zone.json"));
        int images = 0;
        for (String stack : OutputLocations.of(out).stackNames()) {
            if (!stack.endsWith(InClusterStack.SUFFIX)) {
                continue;
            }
            JsonNode host = Synth.read(out.resolve("stacks").resolve(stack.substring(0, stack.length() - InClusterStack.SUFFIX.length()))
                .resolve("cdk.tf.json"));
            List<String> registries = new ArrayList<>();
            host.path("resource").path("azurerm_container_registry").forEach(registry -> registries.add(registry.path("name").asText() + ".azurecr.io"));
            List<String> cached = new ArrayList<>();
            host.path("resource").path("azurerm_container_registry_cache_rule").forEach(rule -> cached.add(rule.path("target_repo").asText()));
            java.util.regex.Pattern allowed = java.util.regex.Pattern.compile(
                landingZone.path("stacks").path(stack).path("parameters").path("allowedContainerImagesRegex").asText());
            for (JsonNode release : Synth.read(out.resolve("stacks").resolve(stack).resolve("cdk.tf.json")).path("resource").path("helm_release")) {
                com.fasterxml.jackson.databind.node.ObjectNode values = (com.fasterxml.jackson.databind.node.ObjectNode) Synth.parse(
                    release.path("values").path(0).asText());
                for (var pod : com.sysgenpro.landingzone.cluster.ChartCatalog.pods(release.path("repository").asText(),
                        release.path("chart").asText(), release.path("version").asText(), values, null).orElseThrow()) {
                    for (var container : pod.containers()) {
                        String image = container.image();
                        String registry = image.substring(0, image.indexOf('/'));
                        String repository = image.substring(registry.length() + 1).replaceFirst("[:@][^/]*$", "");
                        assertThat(registries).as("%s: %s", stack, image).containsExactly(registry);
                        assertThat(cached).as("%s: %s", stack, image).contains(repository);
                        assertThat(allowed.matcher(image).find()).as("%s admits %s", stack, image).isTrue();
                        String upstream = com.sysgenpro.landingzone.cluster.ChartCatalog.mirrors().stream()
                            .filter(mirror -> mirror.target().equals(repository)).findFirst().orElseThrow().upstream();
                        assertThat(allowed.matcher(upstream + ":v1").find()).as("%s refuses %s", stack, upstream).isFalse();
                        images++;
                    }
                }
            }
        }
        assertThat(images).isGreaterThan(6);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyLiteralLocationIsAnAllowedRegion(Path example) {
        Estate estate = EstateLoader.load(example, PinnedDay.TODAY);
        Set<String> allowed = Set.copyOf(estate.allowedRegions().stream().map(AzureRegion::name).toList());
        OutputLocations output = OutputLocations.of(output(example));
        for (String stack : output.stackNames()) {
            for (Resource resource : output.resources(stack)) {
                JsonNode location = resource.body().path("location");
                if (location.isTextual()) {
                    assertThat(location.asText()).as("%s %s", stack, resource.address()).isIn(allowed);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachUnitsDataStaysInItsRegionAndRecoveryCopiesInItsRecoveryRegion(Path example) {
        Estate estate = EstateLoader.load(example, PinnedDay.TODAY);
        OutputLocations output = OutputLocations.of(output(example));
        int checked = 0;
        for (BusinessUnit unit : estate.businessUnits()) {
            String region = region(estate, unit);
            String recovery = recoveryRegion(estate, unit);
            for (Environment environment : unit.environments()) {
                String stack = unit.name() + "-" + environment.name();
                List<Resource> data = new ArrayList<>();
                for (Resource resource : output.resources(stack)) {
                    if (DATA_TYPES.contains(resource.type()) || resource.type().equals("azurerm_resource_group")
                        || resource.type().equals("azurerm_virtual_network")) {
                        data.add(resource);
                    }
                }
                // Shared environments keep their database and filestore on the shared hosting they read.
                for (String hosting : output.remoteStates(stack)) {
                    String blueprint = environment.blueprint().name();
                    String database = SharedTenantNames.database(unit.name(), environment.name(), blueprint);
                    String container = SharedTenantNames.filestoreContainer(unit.name(), environment.name(), blueprint);
                    output.resources(hosting).stream().filter(resource -> DATA_TYPES.contains(resource.type())
                        || database.equals(resource.body().path("name").asText())
                        || container.equals(resource.body().path("name").asText())).forEach(data::add);
                }
                assertThat(data).as("%s holds or reads data services", stack).isNotEmpty();
                for (Resource resource : data) {
                    Optional<String> location = output.location(resource);
                    assertThat(location).as("%s %s %s has a location", stack, resource.stack(), resource.address()).isPresent();
                    // Customer-managed keys for what Azure keeps elsewhere: geo-backups in the pair, a replica in the recovery region.
                    if (resource.name().startsWith("vault-") || resource.name().startsWith("keys-")) {
                        assertThat(location.get()).as("%s: %s %s", stack, resource.stack(), resource.address())
                            .isIn(recovery, com.sysgenpro.landingzone.core.AzureRegion.of(region).pair().map(Object::toString).orElse(recovery));
                        checked++;
                        continue;
                    }
                    boolean recoveryCopy = resource.body().path("create_mode").asText().equals("Replica")
                        || resource.name().startsWith("recovery");
                    assertThat(location.get()).as("%s: %s %s", stack, resource.stack(), resource.address())
                        .isEqualTo(recoveryCopy ? recovery : region);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    private static String region(Estate estate, BusinessUnit unit) {
        return (unit.region() != null ? unit.region() : estate.primaryRegion()).name();
    }

    /** The unit's recovery region as the estate file gives it: declared, else the secondary, else (in the secondary) the primary. */
    private static String recoveryRegion(Estate estate, BusinessUnit unit) {
        String region = region(estate, unit);
        return unit.recoveryRegion() != null ? unit.recoveryRegion().name()
            : estate.secondaryRegion() != null && !estate.secondaryRegion().name().equals(region) ? estate.secondaryRegion().name()
            : estate.primaryRegion().name();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void tieredProductionRegistriesReplicateIntoEachUnitsRecoveryRegionReachedFromANetworkThere(Path example) {
        Estate estate = EstateLoader.load(example, PinnedDay.TODAY);
        OutputLocations output = OutputLocations.of(output(example));
        int replicated = 0;
        int reached = 0;
        for (BusinessUnit unit : estate.businessUnits()) {
            String recovery = recoveryRegion(estate, unit);
            for (Environment environment : unit.environments()) {
                RecoveryTier tier = environment.recoveryTier() != null ? environment.recoveryTier() : unit.recoveryTier();
                if (!environment.blueprint().isProduction() || tier == RecoveryTier.TIER_3) {
                    continue;
                }
                String stack = unit.name() + "-" + environment.name();
                // The unit's own registry, else the one of the shared hosting it reads.
                List<Resource> registries = new ArrayList<>(output.resources(stack, "azurerm_container_registry"));
                output.remoteStates(stack).forEach(hosting -> registries.addAll(output.resources(hosting, "azurerm_container_registry")));
                assertThat(registries).as("%s pulls from one registry", stack).hasSize(1);
                Resource registry = registries.get(0);
                List<String> replicas = new ArrayList<>();
                registry.body().path("georeplications").forEach(replica -> {
                    replicas.add(replica.path("location").asText());
                    assertThat(replica.path("regional_endpoint_enabled").asBoolean()).as("%s replica", stack).isTrue();
                    assertThat(replica.path("zone_redundancy_enabled").asBoolean()).as("%s replica in %s", stack, replica.path("location"))
                        .isEqualTo(AzureRegion.of(replica.path("location").asText()).availabilityZones());
                });
                assertThat(replicas).as("%s's registry %s in %s", stack, registry.address(), registry.stack()).contains(recovery);
                replicated++;

                // Where the stack keeps a network in the recovery region, the registry has an endpoint there, resolved there.
                List<Resource> recoveryNetworks = output.resources(stack, "azurerm_virtual_network").stream()
                    .filter(network -> output.location(network).filter(recovery::equals).isPresent()).toList();
                if (recoveryNetworks.isEmpty()) {
                    continue;
                }
                List<Resource> endpoints = output.resources(stack, "azurerm_private_endpoint").stream()
                    .filter(endpoint -> output.resolve(stack, endpoint.body().path("private_service_connection")
                        .path("private_connection_resource_id")).filter(target -> target.address().equals(registry.address())
                            && target.stack().equals(registry.stack())).isPresent())
                    .filter(endpoint -> output.location(endpoint).filter(recovery::equals).isPresent()).toList();
                assertThat(endpoints).as("%s: the registry's endpoint in %s", stack, recovery).hasSize(1);
                Resource endpoint = endpoints.get(0);
                Resource subnet = output.resolve(stack, endpoint.body().path("subnet_id")).orElseThrow();
                Resource network = output.resolve(stack, subnet.body().path("virtual_network_name")).orElseThrow();
                assertThat(output.location(network)).as("%s endpoint's network", stack).contains(recovery);
                Resource zone = output.resolve(stack, endpoint.body().path("private_dns_zone_group").path("private_dns_zone_ids").path(0))
                    .orElseThrow();
                assertThat(zone.body().path("name").asText()).isEqualTo("privatelink.azurecr.io");
                assertThat(output.resources(stack, "azurerm_private_dns_zone_virtual_network_link")).as("%s: the zone is linked to %s",
                    stack, network.address()).anyMatch(link -> output.resolve(stack, link.body().path("private_dns_zone_name"))
                        .filter(linked -> linked.address().equals(zone.address())).isPresent()
                        && output.resolve(stack, link.body().path("virtual_network_id"))
                        .filter(linked -> linked.address().equals(network.address())).isPresent());
                reached++;
            }
        }
        assertThat(replicated).isPositive();
        assertThat(reached).isPositive();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void noEndpointServerOrNodePoolSitsOutsideItsNetworksRegion(Path example) {
        OutputLocations output = OutputLocations.of(output(example));
        int checked = 0;
        for (String stack : output.stackNames()) {
            for (Resource endpoint : output.resources(stack, "azurerm_private_endpoint")) {
                assertThat(output.subnetLocation(stack, endpoint.body().path("subnet_id")))
                    .as("%s %s's subnet", stack, endpoint.address()).isEqualTo(output.location(endpoint)).isPresent();
                checked++;
            }
            for (Resource server : output.resources(stack, "azurerm_postgresql_flexible_server")) {
                assertThat(output.subnetLocation(stack, server.body().path("delegated_subnet_id")))
                    .as("%s %s's delegated subnet", stack, server.address()).isEqualTo(output.location(server)).isPresent();
                checked++;
            }
            for (Resource cluster : output.resources(stack, "azurerm_kubernetes_cluster")) {
                assertThat(output.subnetLocation(stack, cluster.body().path("default_node_pool").path("vnet_subnet_id")))
                    .as("%s %s's node subnet", stack, cluster.address()).isEqualTo(output.location(cluster)).isPresent();
                checked++;
            }
            for (Resource pool : output.resources(stack, "azurerm_kubernetes_cluster_node_pool")) {
                assertThat(output.subnetLocation(stack, pool.body().path("vnet_subnet_id")))
                    .as("%s %s's subnet", stack, pool.address()).isEqualTo(output.location(pool)).isPresent();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }
}
