package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.Level;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.blueprint.TenancyModel;
import com.sysgenpro.landingzone.connectivity.EgressProtocol;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.DataClassification;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.governance.PartnerAccess;
import com.sysgenpro.landingzone.governance.PartnerRole;
import com.sysgenpro.landingzone.governance.policy.EnforcementMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * The estate file's JSON Schema ({@code stacks/estate.schema.json}), which editors use to complete and check estate
 * files before the loader sees them. Its worth is in agreeing with {@link EstateLoader}: it must accept every estate
 * the loader reads, describe exactly the fields the loader accepts and requires, spell the closed sets as the Java
 * enums do, and reject the mistakes the loader rejects at the same place.
 */
final class EstateSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path REFERENCE = Path.of("stacks/reference.yaml");
    private static final Path FIXTURES = Path.of("test/resources/estates");
    /** Sets every field an estate may have, so that each can be removed in turn. */
    private static final Path EVERY_FIELD = FIXTURES.resolve("every-field.yaml");
    /** The schema as shipped in the jar, so that a resource filter dropping it fails here. */
    private static final JsonNode SCHEMA_NODE = readSchema();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(VersionFlag.V202012).getSchema(SCHEMA_NODE);

    @Test
    void isADraft2020_12SchemaWithIdAndTitle() {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(VersionFlag.V202012).getSchema(SchemaLocation.of(SchemaId.V202012));

        assertThat(metaSchema.validate(SCHEMA_NODE)).isEmpty();
        assertThat(SCHEMA_NODE.get("$schema").asText()).isEqualTo(SchemaId.V202012);
        assertThat(SCHEMA_NODE.get("$id").asText()).startsWith("https://").endsWith("/estate.schema.json");
        assertThat(SCHEMA_NODE.get("title").asText()).isNotBlank();
    }

    @Test
    void theReferenceEstateNamesTheSchemaForEditors() throws IOException {
        assertThat(Files.readAllLines(REFERENCE).get(0)).isEqualTo("# yaml-language-server: $schema=estate.schema.json");
        assertThat(REFERENCE.resolveSibling("estate.schema.json")).isRegularFile();
    }

    /** Fixtures named {@code malformed*.yaml} are wrong on purpose; every other estate file must load. */
    static Stream<Path> estateFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(REFERENCE.getParent(), FIXTURES)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().startsWith("malformed"))
                    .sorted()
                    .forEach(files::add);
            }
        }
        assertThat(files).contains(REFERENCE, EVERY_FIELD);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("estateFiles")
    void acceptsEveryEstateFileTheLoaderReads(Path file) {
        EstateLoader.load(file, PinnedDay.TODAY);

        assertThat(schemaMessages(read(file))).isEmpty();
    }

    @Test
    void closesEveryObjectAndDescribesEveryProperty() {
        List<JsonNode> objects = new ArrayList<>();
        collectObjects(SCHEMA_NODE, objects);

        assertThat(objects).hasSizeGreaterThanOrEqualTo(EstateLoader.FIELDS.size() + 1);
        for (JsonNode object : objects) {
            if (object.has("propertyNames")) {
                // A map (regions to address spaces): its keys are closed by propertyNames, its values by additionalProperties.
                assertThat(object.path("additionalProperties").isObject()).as("values of %s", object.get("description")).isTrue();
                continue;
            }
            assertThat(object.path("additionalProperties")).as("additionalProperties of %s", object.get("description"))
                .isEqualTo(BooleanNode.FALSE);
            object.get("properties").fields().forEachRemaining(property ->
                assertThat(property.getValue().path("description").asText())
                    .as("description of %s", property.getKey()).isNotBlank());
        }
    }

    @Test
    void describesExactlyTheFieldsTheLoaderAccepts() {
        Map<String, Set<String>> accepted = new TreeMap<>();
        EstateLoader.FIELDS.forEach((path, fields) -> accepted.put(path, new TreeSet<>(fields)));
        // Not a mapping the loader checks by name: its keys are blueprint names, which the validator checks.
        accepted.put("network.shared", new TreeSet<>(Blueprint.all().stream().map(Blueprint::name).toList()));

        Map<String, Set<String>> described = new TreeMap<>();
        schemaObjects().forEach((path, object) -> described.put(path, propertyNames(object)));

        assertThat(described).isEqualTo(accepted);
    }

    @Test
    void theLoaderRejectsUnknownFieldsInEveryObjectTheSchemaCloses() {
        for (String path : schemaObjects().keySet()) {
            if (path.equals("network.shared")) {
                continue;
            }
            JsonNode estate = read(EVERY_FIELD);
            Map.Entry<String, ObjectNode> first = instances(estate, path).entrySet().iterator().next();
            first.getValue().put("unexpected", "x");

            assertThat(loaderProblems(estate)).as("loader problems with an unknown field at %s", path)
                .anySatisfy(problem -> {
                    assertThat(problem.path()).isEqualTo(join(first.getKey(), "unexpected"));
                    assertThat(problem.message()).startsWith("unknown field");
                });
        }
    }

    /**
     * Removes each field of {@code every-field.yaml} in turn. A field the schema requires must make the loader report
     * a problem there (or below, for a section); one it does not require must not be reported as missing. Fields
     * required only in some estates (an address space for dedicated units, a blueprint for an environment not named
     * after one) get the loader's own wording, not "required field is missing", and are left to the failing cases.
     */
    @Test
    void requiresWhatTheLoaderRequires() {
        JsonNode everyField = read(EVERY_FIELD);
        assertThat(loaderProblems(everyField)).isEmpty();
        List<String> disagreements = new ArrayList<>();

        schemaObjects().forEach((path, object) -> {
            Set<String> required = new TreeSet<>();
            object.path("required").forEach(name -> required.add(name.asText()));
            for (String name : propertyNames(object)) {
                String where = instances(everyField, path).entrySet().stream().filter(instance -> instance.getValue().has(name))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
                assertThat(where).as("every-field.yaml sets %s", join(path, name)).isNotNull();
                JsonNode estate = everyField.deepCopy();
                instances(estate, path).get(where).remove(name);
                String field = join(where, name);
                List<Problem> problems = loaderProblems(estate);
                if (required.contains(name) && problems.stream().noneMatch(problem -> atOrBelow(problem.path(), field))) {
                    disagreements.add(field + " is required by the schema, but the loader reads the estate without it");
                }
                if (!required.contains(name) && problems.stream().anyMatch(problem -> problem.path().equals(field)
                        && problem.message().equals("required field is missing"))) {
                    disagreements.add(field + " is optional in the schema, but the loader requires it");
                }
            }
        });

        assertThat(disagreements).isEmpty();
    }

    @Test
    void spellsClosedSetsAsTheJavaEnumsDo() {
        assertThat(strings("/$defs/region/enum"))
            .containsExactlyElementsOf(AzureRegion.known().stream().map(AzureRegion::name).toList());
        assertThat(strings("/$defs/recoveryTier/enum")).containsExactlyElementsOf(ids(RecoveryTier.values(), RecoveryTier::id));
        assertThat(strings("/$defs/level/enum")).containsExactlyElementsOf(ids(Level.values(), Level::id));
        assertThat(strings("/$defs/businessUnit/properties/tenancy/enum"))
            .containsExactlyElementsOf(ids(TenancyModel.values(), TenancyModel::id));
        assertThat(strings("/$defs/businessUnit/properties/dataClassification/enum"))
            .containsExactlyElementsOf(ids(DataClassification.values(), DataClassification::id));
        List<String> blueprints = Blueprint.all().stream().map(Blueprint::name).toList();
        assertThat(strings("/$defs/environment/properties/blueprint/enum")).containsExactlyElementsOf(blueprints);
        assertThat(strings("/$defs/environment/if/properties/name/not/enum")).containsExactlyElementsOf(blueprints);
        assertThat(strings("/properties/governance/properties/mandatoryTags/items/enum"))
            .containsExactlyElementsOf(EstateValidator.EMITTED_TAGS);
        assertThat(strings("/$defs/businessUnit/properties/name/not/enum"))
            .containsExactlyElementsOf(EstateValidator.RESERVED_UNIT_NAMES);
        assertThat(strings("/properties/access/properties/partners/items/properties/roles/items/enum"))
            .containsExactlyElementsOf(ids(PartnerRole.values(), PartnerRole::id));
        assertThat(strings("/properties/access/properties/partners/items/properties/environments/items/enum"))
            .containsExactlyElementsOf(Partner.ENVIRONMENTS.stream().map(Partner::environmentId).toList());
        assertThat(strings("/properties/access/properties/partners/items/properties/name/not/enum"))
            .containsExactly(PartnerAccess.ACTIVATION);
        assertThat(strings("/$defs/egressRule/properties/protocol/enum"))
            .containsExactlyElementsOf(ids(EgressProtocol.values(), EgressProtocol::id));
    }

    /** The loader spells enforcement modes in a switch of its own, so the schema's spellings are checked by reading them. */
    @Test
    void spellsEnforcementModesAsTheLoaderReadsThem() {
        Set<EnforcementMode> read = EnumSet.noneOf(EnforcementMode.class);
        List<String> spellings = strings("/properties/governance/properties/enforcement/enum");
        for (String spelling : spellings) {
            JsonNode estate = read(REFERENCE);
            ((ObjectNode) estate.get("governance")).put("enforcement", spelling);
            read.add(EstateLoader.parse(yaml(estate), "enforcement " + spelling, PinnedDay.TODAY).enforcement());
        }

        assertThat(spellings).hasSize(EnforcementMode.values().length);
        assertThat(read).containsExactlyInAnyOrder(EnforcementMode.values());
    }

    @Test
    void namePatternsAreTheValidatorOnes() {
        assertThat(text("/properties/prefix/pattern")).isEqualTo(anchored(EstateValidator.PREFIX.pattern()));
        assertThat(text("/$defs/businessUnit/properties/name/pattern")).isEqualTo(anchored(EstateValidator.UNIT_NAME.pattern()));
        assertThat(text("/$defs/businessUnit/properties/shortName/pattern"))
            .isEqualTo(anchored(EstateValidator.SHORT_NAME.pattern()));
        assertThat(text("/$defs/environment/properties/name/pattern"))
            .isEqualTo(anchored(EstateValidator.ENVIRONMENT_NAME.pattern()));
        assertThat(text("/properties/access/properties/partners/items/properties/name/pattern"))
            .isEqualTo(anchored(PartnerAccess.NAME.pattern()));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
            mistake("an unknown field", "businessUnits[2].environments[0].colour",
                estate -> environment(estate, 2, 0).put("colour", "blue")),
            mistake("an unknown field at the top", "colour", estate -> ((ObjectNode) estate).put("colour", "blue")),
            mistake("an unknown recovery tier", "businessUnits[0].recoveryTier",
                estate -> unit(estate, 0).put("recoveryTier", "tier-4")),
            mistake("an unknown region", "regions.secondary",
                estate -> ((ObjectNode) estate.get("regions")).put("secondary", "westeurop")),
            mistake("an unknown tenancy model", "businessUnits[2].tenancy", estate -> unit(estate, 2).put("tenancy", "private")),
            mistake("text for a number", "businessUnits[0].monthlyBudget",
                estate -> unit(estate, 0).put("monthlyBudget", "9000 EUR")),
            mistake("text for a list", "businessUnits[1].environments",
                estate -> unit(estate, 1).put("environments", "production")),
            mistake("a number for text", "businessUnits[1].owner", estate -> unit(estate, 1).put("owner", 42)),
            mistake("a malformed prefix", "prefix", estate -> ((ObjectNode) estate).put("prefix", "Northwind")),
            mistake("a missing owner", "businessUnits[3].owner", estate -> unit(estate, 3).remove("owner")),
            mistake("an environment named after no blueprint, without one", "businessUnits[3].environments[0].blueprint",
                estate -> environment(estate, 3, 0).put("name", "perf")),
            mistake("a budget start other than a month's first day", "budgets.start",
                estate -> ((ObjectNode) estate.get("budgets")).put("start", "2027-01-15")),
            mistake("a malformed address space", "businessUnits[0].environments[0].addressSpace",
                estate -> environment(estate, 0, 0).put("addressSpace", "10.65.0.0/33")),
            mistake("a malformed object id", "access.erpAdmins",
                estate -> ((ObjectNode) estate.get("access")).put("erpAdmins", "erp-admins")),
            mistake("a privileged partner role", "access.partners[0].roles[0]",
                estate -> ((ArrayNode) estate.get("access").get("partners").get(0).get("roles"))
                    .set(0, "owner")),
            mistake("an unknown environment class", "access.partners[0].environments[1]",
                estate -> ((ArrayNode) estate.get("access").get("partners").get(0).get("environments"))
                    .set(1, "staging")),
            mistake("a partner without an end", "access.partners[0].end",
                estate -> ((ObjectNode) estate.get("access").get("partners").get(0)).remove("end")),
            mistake("a missing eligibility end", "access.eligibilityEnd",
                estate -> ((ObjectNode) estate.get("access")).remove("eligibilityEnd")),
            mistake("an egress port out of range", "businessUnits[0].egress[0].port", estate -> egress(estate, 0).put("port", 0)),
            mistake("an unknown egress protocol", "businessUnits[0].egress[0].protocol",
                estate -> egress(estate, 0).put("protocol", "sftp")),
            mistake("an egress entry without a reason", "businessUnits[0].egress[0].reason",
                estate -> egress(estate, 0).remove("reason")),
            mistake("an egress entry with a host name and a range", "businessUnits[0].egress[0]",
                estate -> egress(estate, 0).put("cidr", "203.0.113.0/24")),
            mistake("a wildcard over tcp", "businessUnits[0].egress[0].fqdn",
                estate -> egress(estate, 0).put("fqdn", "*.edi-partner.example")),
            mistake("a private egress range", "businessUnits[0].egress[0].cidr",
                estate -> {
                    egress(estate, 0).remove("fqdn");
                    egress(estate, 0).put("cidr", "10.1.0.0/24");
                }));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void rejectsWhatTheLoaderRejectsNamingThePath(Consumer<JsonNode> mistake, String path) {
        JsonNode estate = read(REFERENCE);
        mistake.accept(estate);

        assertThat(loaderProblems(estate)).extracting(Problem::path).contains(path);
        assertThat(schemaMessages(estate)).as("schema messages for %s", path)
            .anySatisfy(message -> assertThat(namesPath(message, path)).as("'%s' names %s", message, path).isTrue());
    }

    /** The malformed fixture's problems, save those no schema can see (names unique across units), are the schema's too. */
    @Test
    void rejectsTheMalformedFixtureAtTheLoadersPaths() {
        Path file = FIXTURES.resolve("malformed.yaml");
        JsonNode estate = read(file);
        List<String> messages = schemaMessages(estate);
        List<Problem> problems = loaderProblems(estate);

        assertThat(problems).hasSize(8);
        for (Problem problem : problems) {
            if (!problem.message().contains("is already the name of another")) {
                assertThat(messages).as("schema messages naming %s", problem.path())
                    .anyMatch(message -> namesPath(message, problem.path()));
            }
        }
    }

    private static Arguments mistake(String name, String path, Consumer<JsonNode> mistake) {
        return Arguments.of(Named.of(name, mistake), path);
    }

    private static ObjectNode unit(JsonNode estate, int index) {
        return (ObjectNode) estate.get("businessUnits").get(index);
    }

    /** The reference's first unit's egress entry {@code index}: wholesale's, {@code fqdn} over tcp first. */
    private static ObjectNode egress(JsonNode estate, int index) {
        return (ObjectNode) unit(estate, 0).get("egress").get(index);
    }

    private static ObjectNode environment(JsonNode estate, int unit, int index) {
        return (ObjectNode) unit(estate, unit).get("environments").get(index);
    }

    /**
     * Whether a validator message names the loader's {@code path}: the validator names the instance, e.g.
     * {@code $.businessUnits[0]: required property 'owner' not found} for {@code businessUnits[0].owner}, or the
     * field's object when the field itself is unknown or missing.
     */
    private static boolean namesPath(String message, String path) {
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "$" : "$." + path.substring(0, dot);
        String field = path.substring(dot + 1);
        return message.startsWith("$." + path + ":") || message.startsWith(parent + ":") && message.contains("'" + field + "'");
    }

    private static List<String> schemaMessages(JsonNode estate) {
        return SCHEMA.validate(estate).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static List<Problem> loaderProblems(JsonNode estate) {
        try {
            EstateLoader.parse(yaml(estate), "estate", PinnedDay.TODAY);
            return List.of();
        } catch (EstateValidationException e) {
            return e.problems();
        }
    }

    /** Every object schema the estate schema defines, by the path {@link EstateLoader#FIELDS} uses for it. */
    private static Map<String, JsonNode> schemaObjects() {
        Map<String, JsonNode> objects = new LinkedHashMap<>();
        collectByPath(SCHEMA_NODE, "", objects);
        return objects;
    }

    private static void collectByPath(JsonNode schema, String path, Map<String, JsonNode> objects) {
        JsonNode resolved = schema.has("$ref") ? SCHEMA_NODE.at(schema.get("$ref").asText().substring(1)) : schema;
        if (resolved.has("items")) {
            collectByPath(resolved.get("items"), path + "[]", objects);
        } else if (resolved.has("properties")) {
            objects.put(path, resolved);
            resolved.get("properties").fields()
                .forEachRemaining(field -> collectByPath(field.getValue(), join(path, field.getKey()), objects));
        }
    }

    /** Every schema of {@code "type": "object"} anywhere in the document, however reached. */
    private static void collectObjects(JsonNode node, List<JsonNode> objects) {
        if (node.isObject() && node.path("type").asText().equals("object")) {
            objects.add(node);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collectObjects(children.next(), objects);
        }
    }

    private static Set<String> propertyNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The objects at {@code path} of {@link EstateLoader#FIELDS}' form by the loader's path of each, e.g. every
     * environment of every unit for {@code businessUnits[].environments[]}.
     */
    private static Map<String, ObjectNode> instances(JsonNode estate, String path) {
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        collectInstances(estate, "", path.isEmpty() ? List.of() : List.of(path.split("\\.")), found);
        return found;
    }

    private static void collectInstances(JsonNode node, String at, List<String> steps, Map<String, ObjectNode> found) {
        if (steps.isEmpty()) {
            found.put(at, (ObjectNode) node);
            return;
        }
        String step = steps.get(0);
        List<String> rest = steps.subList(1, steps.size());
        if (step.endsWith("[]")) {
            String field = step.substring(0, step.length() - 2);
            JsonNode list = node.path(field);
            for (int i = 0; i < list.size(); i++) {
                collectInstances(list.get(i), join(at, field) + "[" + i + "]", rest, found);
            }
        } else if (node.has(step)) {
            collectInstances(node.get(step), join(at, step), rest, found);
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static boolean atOrBelow(String path, String field) {
        return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
    }

    private static String anchored(String pattern) {
        return "^" + pattern + "$";
    }

    private static String text(String pointer) {
        return SCHEMA_NODE.at(pointer).asText();
    }

    private static List<String> strings(String pointer) {
        JsonNode values = SCHEMA_NODE.at(pointer);
        assertThat(values.isArray()).as("%s is a list", pointer).isTrue();
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yaml(JsonNode estate) {
        try {
            return YAML.writeValueAsString(estate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readSchema() {
        String resource = EstateLoader.RESOURCE_FOLDER + "estate.schema.json";
        try (InputStream in = EstateSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
