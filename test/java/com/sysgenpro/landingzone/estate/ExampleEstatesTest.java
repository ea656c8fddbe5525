package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.check.CheckReport;
import com.sysgenpro.landingzone.check.Checker;
import com.sysgenpro.landingzone.check.SynthOutput;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.SharedTenantNames;
import com.sysgenpro.landingzone.governance.policy.Severity;
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
            EstateSynthesizer.synthesize(EstateLoader.load(file), out);
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
        // Dev/test committing to tier-3.
        assertThat(plans.stream().flatMap(plan -> plan.placements().stream()))
            .anyMatch(placement -> !placement.blueprint().isProduction() && placement.recoveryTierTag().equals("tier-3"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void passesCheckWithoutErrors(Path example) {
        CheckReport report = Checker.check(SynthOutput.read(output(example)), LocalDate.of(2027, 1, 15));

        assertThat(report.findings().stream().filter(finding -> finding.failsAt(Severity.WARNING)).toList()).isEmpty();
        assertThat(report.resources()).isGreaterThan(100);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyAzurermStackIsCleanAgainstTheSharedSchemaAndPolicyCatalog(Path example) {
        Path shared = SharedReference.require();
        Path out = output(example);
        for (String stack : OutputLocations.of(out).stackNames()) {
            Path file = out.resolve("stacks").resolve(stack).resolve("cdk.tf.json");
            if (!Synth.read(file).path("provider").has("azurerm")) {
                continue;
            }
            SharedReference.Result schema = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
                SharedReference.azurermSchema(shared).toString());
            assertThat(schema.exitCode()).as("%s: %s", stack, schema.output()).isZero();
            SharedReference.Result policies = SharedReference.run(shared, "check-policy-refs.py", file.toString());
            assertThat(policies.exitCode()).as("%s: %s", stack, policies.output()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyLiteralLocationIsAnAllowedRegion(Path example) {
        Estate estate = EstateLoader.load(example);
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
        Estate estate = EstateLoader.load(example);
        OutputLocations output = OutputLocations.of(output(example));
        int checked = 0;
        for (BusinessUnit unit : estate.businessUnits()) {
            String region = (unit.region() != null ? unit.region() : estate.primaryRegion()).name();
            String recovery = unit.recoveryRegion() != null ? unit.recoveryRegion().name()
                : estate.secondaryRegion() != null && !estate.secondaryRegion().name().equals(region) ? estate.secondaryRegion().name()
                : estate.primaryRegion().name();
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
