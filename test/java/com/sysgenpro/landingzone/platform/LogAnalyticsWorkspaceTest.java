package com.sysgenpro.landingzone.platform;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogAnalyticsWorkspaceTest {

    private static final Tags TAGS = Tags.of(Map.of("owner", "platform@example.com"));

    private static JsonNode synth(Consumer<LogAnalyticsWorkspace.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = ResourceGroup.Builder.create(stack, "rg")
                .name("rg-logs").region(AzureRegion.of("northeurope")).tags(TAGS).build();
            LogAnalyticsWorkspace.Builder workspace = LogAnalyticsWorkspace.Builder.create(stack, "logs")
                .name("log-test").resourceGroup(group);
            customize.accept(workspace);
            workspace.build();
        });
    }

    @Test
    void defaultsAreEntraOnlyPerGbWithNinetyDaysAndNoCap() {
        JsonNode workspace = onlyResource(synth(builder -> { }), "azurerm_log_analytics_workspace");

        assertThat(workspace.path("name").asText()).isEqualTo("log-test");
        assertThat(workspace.path("sku").asText()).isEqualTo("PerGB2018");
        assertThat(workspace.path("retention_in_days").asInt()).isEqualTo(90);
        assertThat(workspace.path("local_authentication_enabled").isBoolean()).isTrue();
        assertThat(workspace.path("local_authentication_enabled").asBoolean()).isFalse();
        assertThat(workspace.has("daily_quota_gb")).isFalse();
        assertThat(workspace.path("location").asText()).isEqualTo("northeurope");
        assertThat(workspace.path("resource_group_name").asText()).matches("\\$\\{azurerm_resource_group\\.[A-Za-z0-9_]+\\.name}");
        assertThat(Synth.tags(workspace)).isEqualTo(TAGS.asMap());
    }

    @Test
    void overridesRetentionCapAuthenticationAndTags() {
        JsonNode workspace = onlyResource(synth(builder -> builder
            .retentionDays(30).dailyQuotaGb(5.0).localAuthenticationEnabled(true)
            .tags(Tags.of(Map.of("owner", "someone-else")))), "azurerm_log_analytics_workspace");

        assertThat(workspace.path("retention_in_days").asInt()).isEqualTo(30);
        assertThat(workspace.path("daily_quota_gb").asDouble()).isEqualTo(5.0);
        assertThat(workspace.path("local_authentication_enabled").asBoolean()).isTrue();
        assertThat(Synth.tags(workspace)).containsExactlyEntriesOf(Map.of("owner", "someone-else"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 29, 731})
    void failsOnRetentionOutsideAzureRange(int days) {
        assertThatThrownBy(() -> synth(builder -> builder.retentionDays(days)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/logs")
            .hasMessageContaining("retentionDays " + days)
            .hasMessageContaining("30 to 730");
    }

    @Test
    void failsOnNameAzureRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.name("-log")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/logs: name '-log'")
            .hasMessageContaining("starting and ending with a letter or digit");
    }

    @Test
    void failsWithoutResourceGroup() {
        assertThatThrownBy(() -> Synth.stack(stack -> LogAnalyticsWorkspace.Builder.create(stack, "logs").name("log-test").build()))
            .hasMessageContaining("test/logs: resourceGroup is required");
    }

    @Test
    void failsOnNonPositiveDailyCap() {
        assertThatThrownBy(() -> synth(builder -> builder.dailyQuotaGb(0.0)))
            .hasMessageContaining("test/logs: dailyQuotaGb 0.0 is not allowed");
    }
}
