package com.sysgenpro.landingzone.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.platform.LogAnalyticsWorkspaceReference;
import com.sysgenpro.landingzone.platform.ResourceGroup;
import com.sysgenpro.landingzone.testing.SharedReference;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database with its long-term backup, and with its cross-region replica: clean against the azurerm schema, and without secrets. */
class PostgresWorkloadSchemaTest {

    @TempDir
    Path tmp;

    /** Both constructs in one stack, the server customised by {@code server}. */
    private static JsonNode synth(Consumer<PostgresFlexibleServer.Builder> server) {
        return Synth.stack(stack -> {
            ResourceGroup group = PostgresFlexibleServerTest.group(stack);
            PostgresFlexibleServer.Builder builder = PostgresFlexibleServerTest.server(stack, group);
            server.accept(builder);
            PostgresFlexibleServer database = builder.build();
            PostgresBackupVault.Builder.create(stack, "ltr")
                .name("bv-wholesale-prod")
                .resourceGroup(group)
                .tags(PostgresFlexibleServerTest.TAGS)
                .logAnalyticsWorkspace(LogAnalyticsWorkspaceReference.fromId(PostgresFlexibleServerTest.WORKSPACE))
                .server(database)
                .startDate(LocalDate.of(2026, 12, 6))
                .yearlyRetentionYears(7)
                .build();
        });
    }

    /** The defaults plus a cross-region read replica with its virtual endpoint. */
    private static JsonNode withReplica(Consumer<PostgresFlexibleServer.Builder> server) {
        return Synth.stack(stack -> {
            PostgresFlexibleServer.Builder builder = PostgresFlexibleServerTest.server(stack, PostgresFlexibleServerTest.group(stack));
            server.accept(builder);
            PostgresFlexibleServer database = builder.build();
            PostgresReadReplicaTest.replica(stack, database, PostgresReadReplicaTest.secondaryGroup(stack)).build();
        });
    }

    private static JsonNode withPassword() {
        return synth(server -> server.highAvailability(false).skuName("B_Standard_B2s").passwordAuthenticationEnabled(true)
            .administratorLogin("odooadmin").administratorPasswordWriteOnly("${var.pg_admin_password}"));
    }

    @Test
    void bothConstructsAreCleanAgainstTheAzurermSchema() throws IOException {
        Path shared = SharedReference.require();
        Map<String, JsonNode> variants = Map.of("defaults", synth(server -> { }), "password", withPassword(),
            "replica", withReplica(server -> { }), "replica-zoned", Synth.stack(stack -> {
                PostgresFlexibleServer database = PostgresFlexibleServerTest.server(stack, PostgresFlexibleServerTest.group(stack)).build();
                PostgresReadReplicaTest.replica(stack, database, PostgresReadReplicaTest.secondaryGroup(stack)).zone("1")
                    .virtualEndpoint(false).deletionProtection(false).build();
            }));
        for (Map.Entry<String, JsonNode> variant : variants.entrySet()) {
            Path file = tmp.resolve(variant.getKey() + ".tf.json");
            Files.writeString(file, variant.getValue().toString());
            int blocks = 0;
            for (Iterator<JsonNode> types = variant.getValue().path("resource").elements(); types.hasNext(); ) {
                blocks += types.next().size();
            }
            SharedReference.Result result = SharedReference.run(shared, "check-tf-schema.py", file.toString(),
                SharedReference.azurermSchema(shared).toString());
            assertThat(result.exitCode()).as("%s:%n%s", variant.getKey(), result.output()).isZero();
            assertThat(result.output()).contains("checked " + blocks + " resource/data blocks: " + blocks + " clean, 0 with errors, 0 errors");
        }
    }

    @Test
    void noSecretHasLiteralContent() {
        JsonNode replicaOfPasswordServer = withReplica(server -> server.highAvailability(false).passwordAuthenticationEnabled(true)
            .administratorLogin("odooadmin").administratorPasswordWriteOnly("${var.pg_admin_password}"));
        for (JsonNode stack : List.of(synth(server -> { }), withPassword(), withReplica(server -> { }), replicaOfPasswordServer)) {
            List<String> leaks = new ArrayList<>();
            collectSecretLiterals(stack, "", leaks);
            assertThat(leaks).isEmpty();
        }
        // The loosened variant does carry its (write-only) password, as a reference to a sensitive variable.
        JsonNode server = Synth.onlyResource(withPassword(), "azurerm_postgresql_flexible_server");
        assertThat(server.path("administrator_password_wo").asText()).isEqualTo("${var.pg_admin_password}");
        // The replica of that server carries no password of any kind, not even the reference: it inherits the roles.
        assertThat(Synth.resources(replicaOfPasswordServer, "azurerm_postgresql_flexible_server"))
            .filteredOn(resource -> "Replica".equals(resource.path("create_mode").asText())).singleElement()
            .satisfies(replica -> assertThat(replica.toString()).doesNotContain("password_wo").doesNotContain("administrator_login"));
    }

    /**
     * Every argument whose name suggests a secret (password, secret, key, token, connection string) must be absent,
     * a Terraform reference, or a number or boolean (a version or a flag).
     */
    private static void collectSecretLiterals(JsonNode node, String path, List<String> leaks) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String name = field.getKey().toLowerCase(Locale.ROOT);
                JsonNode value = field.getValue();
                boolean secretName = name.contains("password") || name.contains("secret") || name.contains("token")
                    || name.contains("connection_string") || name.endsWith("_key") || name.equals("key");
                if (secretName && value.isTextual() && !value.asText().isEmpty() && !value.asText().startsWith("${")) {
                    leaks.add(path + "/" + field.getKey());
                }
                collectSecretLiterals(value, path + "/" + field.getKey(), leaks);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSecretLiterals(node.get(i), path + "[" + i + "]", leaks);
            }
        }
    }
}
