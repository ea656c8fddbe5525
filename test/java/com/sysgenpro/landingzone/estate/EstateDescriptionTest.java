package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.StackKind;
import com.sysgenpro.landingzone.output.SynthOutput;
import com.sysgenpro.landingzone.output.SynthesizedStack;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.sysgenpro.landingzone.testing.PinnedDay;

/**
 * landing-zone.json, read back through {@link SynthOutput}: every stack described, and what it records about policy
 * equal to what the platform stack assigns, so that {@code check} judges a resource as Azure would.
 */
class EstateDescriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Estate estate;
    private static SynthOutput output;

    @BeforeAll
    static void synthesize() {
        estate = EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY);
        EstateSynthesizer.synthesize(estate, tmp.resolve("out"));
        output = SynthOutput.read(tmp.resolve("out"));
    }

    @Test
    void describesEveryStackThePlanNamesAndNoOther() {
        assertThat(output.described()).isTrue();
        assertThat(output.stacks()).extracting(SynthesizedStack::name)
            .containsExactlyInAnyOrderElementsOf(EstatePlan.of(estate).stackNames());
        assertThat(output.stacks()).allSatisfy(stack -> assertThat(stack.context().kind()).isNotEqualTo(StackKind.UNKNOWN));
    }

    @Test
    void recordsUnitEnvironmentTierTenancyAndGroup() {
        StackContext production = context("wholesale-production");
        assertThat(production.kind()).isEqualTo(StackKind.BUSINESS_UNIT);
        assertThat(production.businessUnit()).isEqualTo("wholesale");
        assertThat(production.environment()).isEqualTo("production");
        assertThat(production.blueprint()).isEqualTo("production");
        assertThat(production.production()).isTrue();
        assertThat(production.recoveryTier()).isEqualTo("tier-1");
        assertThat(production.tenancy()).isEqualTo("dedicated");
        assertThat(production.managementGroup()).isEqualTo("bu-wholesale-prod");

        StackContext sandbox = context("wholesale-sandbox");
        assertThat(sandbox.production()).isFalse();
        assertThat(sandbox.recoveryTier()).isNull();
        assertThat(sandbox.managementGroup()).isEqualTo("sandbox");

        assertThat(context("wholesale-production-incluster").kind()).isEqualTo(StackKind.IN_CLUSTER);
        assertThat(context("shared-production").kind()).isEqualTo(StackKind.SHARED_HOSTING);
        assertThat(context("shared-production").tenancy()).isEqualTo("shared");
        assertThat(context("platform").kind()).isEqualTo(StackKind.PLATFORM);
    }

    @Test
    void backupHoldsInProductionOnlyAndThePlatformHasOnlyTheRootsInitiatives() {
        assertThat(context("wholesale-production").initiatives()).contains("backup", "network", "skus");
        assertThat(context("wholesale-staging").initiatives()).doesNotContain("backup").contains("network", "skus");
        assertThat(context("wholesale-sandbox").initiatives()).doesNotContain("backup");
        assertThat(context("platform").initiatives())
            .containsExactlyInAnyOrder("tags", "regions", "encryption", "diagnostics", "kubernetes");
    }

    /**
     * For every business-unit stack: the initiatives assigned at the root and at its group are exactly those recorded,
     * and every parameter value assigned there is recorded with the same value.
     */
    @Test
    void recordsWhatThePlatformStackAssignsWhereEachUnitLands() throws Exception {
        Map<String, Map<String, JsonNode>> assigned = new TreeMap<>();
        for (TerraformResource assignment : output.stack("platform").orElseThrow().resources()) {
            if (!assignment.type().equals("azurerm_management_group_policy_assignment")) {
                continue;
            }
            String id = assignment.constructPath().split("/")[1];
            String initiative = id.substring(0, id.indexOf('-'));
            String group = id.substring(id.indexOf('-') + 1);
            String parameters = assignment.text("parameters");
            JsonNode values = parameters == null ? JSON.createObjectNode() : JSON.readTree(parameters);
            assigned.computeIfAbsent(group, key -> new TreeMap<>()).put(initiative, values);
        }
        int checked = 0;
        for (SynthesizedStack stack : output.stacks()) {
            StackContext context = stack.context();
            if (context.kind() != StackKind.BUSINESS_UNIT) {
                continue;
            }
            Map<String, JsonNode> atRoot = assigned.get("root");
            Map<String, JsonNode> atGroup = assigned.get(context.managementGroup());
            Set<String> initiatives = new TreeSet<>(atRoot.keySet());
            initiatives.addAll(atGroup.keySet());
            assertThat(context.initiatives()).as(stack.name()).containsExactlyInAnyOrderElementsOf(initiatives);
            for (Map<String, JsonNode> level : java.util.List.of(atRoot, atGroup)) {
                level.forEach((initiative, values) -> {
                    for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> parameter = it.next();
                        String name = parameter.getKey().equals("effect") ? initiative + "Effect" : parameter.getKey();
                        if (name.equals("logAnalyticsWorkspaceId")) {
                            continue;   // a reference resolved at apply time; no rule reads it
                        }
                        assertThat((JsonNode) JSON.valueToTree(context.parameters().get(name))).as(stack.name() + " " + name)
                            .isEqualTo(parameter.getValue().path("value"));
                    }
                });
            }
            checked++;
        }
        assertThat(checked).isEqualTo(18);
    }

    @Test
    void carriesTheEstatesSuppressionsAndMandatoryTags() {
        assertThat(output.mandatoryTags()).isEqualTo(estate.mandatoryTags());
        assertThat(output.suppressions()).isEqualTo(estate.suppressions()).isNotEmpty();
    }

    private static StackContext context(String stack) {
        return output.stack(stack).orElseThrow().context();
    }
}
