package com.sysgenpro.landingzone.estate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sysgenpro.landingzone.blueprint.Blueprint;
import com.sysgenpro.landingzone.blueprint.RecoveryTier;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.DataClassification;
import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.governance.policy.EnforcementMode;
import com.sysgenpro.landingzone.internal.ConfigNode;
import com.sysgenpro.landingzone.internal.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads YAML estate files into an {@link Estate} and validates it. Every problem of a file (unknown fields, wrong
 * types, bad values, rule violations) is reported together in one {@link EstateValidationException} that names the
 * file, the path of each field and what is allowed.
 */
public final class EstateLoader {

    /** Where the estates shipped in the jar live on the classpath (the repository's {@code stacks/} folder). */
    public static final String RESOURCE_FOLDER = "com/sysgenpro/landingzone/stacks/";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private EstateLoader() {
    }

    /**
     * Reads and validates the estate file at {@code file}.
     *
     * @throws EstateValidationException naming the file and every problem in it
     */
    public static Estate load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EstateValidationException(file.toString(), List.of(new Problem("", "file not found")));
        } catch (IOException e) {
            throw new EstateValidationException(file.toString(), List.of(new Problem("", "cannot be read: " + e)));
        }
        return parse(text, file.toString());
    }

    /**
     * Reads and validates an estate shipped in the jar, e.g. {@code reference.yaml} for the reference estate.
     *
     * @throws EstateValidationException when it is absent or invalid
     */
    public static Estate loadResource(String name) {
        String resource = RESOURCE_FOLDER + name;
        try (InputStream in = EstateLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new EstateValidationException("classpath:" + resource, List.of(new Problem("", "resource not found")));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource);
        } catch (IOException e) {
            throw new EstateValidationException("classpath:" + resource, List.of(new Problem("", "cannot be read: " + e)));
        }
    }

    /**
     * Reads and validates estate YAML.
     *
     * @param source names the text's origin in error messages
     * @throws EstateValidationException naming {@code source} and every problem
     */
    public static Estate parse(String yaml, String source) {
        JsonNode document;
        try {
            document = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new EstateValidationException(source, List.of(new Problem("", "not valid YAML" + where + ": " + e.getOriginalMessage())));
        }
        Problems problems = new Problems();
        Estate estate = read(ConfigNode.root(document, problems));
        EstateValidator.validate(estate, problems);
        if (!problems.isEmpty()) {
            throw new EstateValidationException(source, problems.list());
        }
        return estate;
    }

    private static Estate read(ConfigNode root) {
        root.allowOnly("organisation", "prefix", "platform", "regions", "governance", "access", "businessUnits");
        Estate.Builder estate = Estate.builder()
            .organisation(root.string("organisation", true))
            .prefix(root.string("prefix", true));
        ConfigNode platform = root.object("platform", true);
        platform.allowOnly("owner", "costCenter");
        estate.platformOwner(platform.string("owner", true)).platformCostCenter(platform.string("costCenter", true));
        ConfigNode regions = root.object("regions", true);
        regions.allowOnly("primary", "allowed");
        String knownRegions = AzureRegion.known().stream().map(AzureRegion::name).collect(Collectors.joining(", "));
        estate.primaryRegion(regions.value("primary", true, AzureRegion::find, knownRegions));
        List<String> allowed = regions.strings("allowed", false);
        List<AzureRegion> allowedRegions = new java.util.ArrayList<>();
        for (int i = 0; i < allowed.size(); i++) {
            var region = AzureRegion.find(allowed.get(i));
            if (region.isPresent()) {
                allowedRegions.add(region.get());
            } else {
                root.problems().add(regions.pathOf("allowed") + "[" + i + "]", "'" + allowed.get(i) + "' is not allowed; allowed: " + knownRegions);
            }
        }
        estate.allowedRegions(allowedRegions);

        ConfigNode governance = root.object("governance", false);
        governance.allowOnly("mandatoryTags", "enforcement", "allowedContainerImages");
        if (governance.has("mandatoryTags")) {
            estate.mandatoryTags(governance.strings("mandatoryTags", false));
        }
        EnforcementMode enforcement = governance.value("enforcement", false, EstateLoader::enforcement, "default, doNotEnforce");
        if (enforcement != null) {
            estate.enforcement(enforcement);
        }
        estate.allowedContainerImages(governance.string("allowedContainerImages", false));

        ConfigNode access = root.object("access", false);
        access.allowOnly("platformAdmins", "securityOperations", "erpAdmins", "financeReaders", "deploymentPrincipal", "eligibilityStart");
        estate.access(new AccessGroups(access.string("platformAdmins", false), access.string("securityOperations", false),
            access.string("erpAdmins", false), access.string("financeReaders", false), access.string("deploymentPrincipal", false),
            access.value("eligibilityStart", false, EstateLoader::date, "a date written YYYY-MM-DD")));

        for (ConfigNode unit : root.list("businessUnits", true)) {
            estate.businessUnit(readUnit(unit));
        }
        return estate.build();
    }

    private static Optional<EnforcementMode> enforcement(String text) {
        return switch (text) {
            case "default" -> Optional.of(EnforcementMode.DEFAULT);
            case "doNotEnforce" -> Optional.of(EnforcementMode.DO_NOT_ENFORCE);
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static BusinessUnit readUnit(ConfigNode node) {
        node.allowOnly("name", "owner", "costCenter", "dataClassification", "recoveryTier", "environments");
        BusinessUnit.Builder unit = BusinessUnit.builder()
            .name(node.string("name", true))
            .owner(node.string("owner", true))
            .costCenter(node.string("costCenter", true));
        DataClassification classification = node.value("dataClassification", false, DataClassification::find,
            Arrays.stream(DataClassification.values()).map(DataClassification::id).collect(Collectors.joining(", ")));
        if (classification != null) {
            unit.dataClassification(classification);
        }
        RecoveryTier tier = node.value("recoveryTier", false, RecoveryTier::find,
            Arrays.stream(RecoveryTier.values()).map(RecoveryTier::id).collect(Collectors.joining(", ")));
        if (tier != null) {
            unit.recoveryTier(tier);
        }
        for (ConfigNode environment : node.list("environments", true)) {
            environment.allowOnly("name", "blueprint");
            unit.environment(Environment.builder()
                .name(environment.string("name", true))
                .blueprint(environment.value("blueprint", false, Blueprint::find, EstateValidator.blueprintNames()))
                .build());
        }
        return unit.build();
    }
}
