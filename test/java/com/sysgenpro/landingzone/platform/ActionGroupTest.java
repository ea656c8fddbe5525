package com.sysgenpro.landingzone.platform;

import static com.sysgenpro.landingzone.testing.Synth.onlyResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.testing.Synth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ActionGroupTest {

    private static final Tags TAGS = Tags.of(Map.of("owner", "erp-wholesale@contoso.example"));

    private static JsonNode synth(Consumer<ActionGroup.Builder> customize) {
        return Synth.stack(stack -> {
            ResourceGroup group = ResourceGroup.Builder.create(stack, "rg")
                .name("rg-monitoring").region(AzureRegion.of("westeurope")).tags(TAGS).build();
            ActionGroup.Builder actionGroup = ActionGroup.Builder.create(stack, "owner")
                .name("ag-wholesale").shortName("wholesale").resourceGroup(group)
                .emailAddresses(List.of("erp-wholesale@contoso.example"));
            customize.accept(actionGroup);
            actionGroup.build();
        });
    }

    @Test
    void defaultsToTheOwnersMailboxWithTheCommonAlertSchema() {
        JsonNode group = onlyResource(synth(builder -> { }), "azurerm_monitor_action_group");

        assertThat(group.path("name").asText()).isEqualTo("ag-wholesale");
        assertThat(group.path("short_name").asText()).isEqualTo("wholesale");
        assertThat(group.path("enabled").asBoolean()).isTrue();
        assertThat(group.path("resource_group_name").asText()).matches("\\$\\{azurerm_resource_group\\.[A-Za-z0-9_]+\\.name}");
        assertThat(group.path("email_receiver")).hasSize(1);
        JsonNode receiver = group.path("email_receiver").get(0);
        assertThat(receiver.path("email_address").asText()).isEqualTo("erp-wholesale@contoso.example");
        assertThat(receiver.path("name").asText()).isEqualTo("erp-wholesale-contoso-example");
        assertThat(receiver.path("use_common_alert_schema").asBoolean()).isTrue();
        assertThat(group.has("webhook_receiver")).isFalse();
        assertThat(group.has("itsm_receiver")).isFalse();
        assertThat(Synth.tags(group)).isEqualTo(TAGS.asMap());
    }

    @Test
    void namesReceiversAfterTheirAddressSoOrderDoesNotMatter() {
        List<String> addresses = List.of("erp-wholesale@contoso.example", "Oncall.ERP@contoso.example");
        List<String> reversed = new ArrayList<>(addresses);
        java.util.Collections.reverse(reversed);

        JsonNode forward = onlyResource(synth(builder -> builder.emailAddresses(addresses)), "azurerm_monitor_action_group");
        JsonNode backward = onlyResource(synth(builder -> builder.emailAddresses(reversed)), "azurerm_monitor_action_group");

        List<String> forwardNames = new ArrayList<>();
        forward.path("email_receiver").forEach(receiver -> forwardNames.add(receiver.path("name").asText() + "=" + receiver.path("email_address").asText()));
        List<String> backwardNames = new ArrayList<>();
        backward.path("email_receiver").forEach(receiver -> backwardNames.add(receiver.path("name").asText() + "=" + receiver.path("email_address").asText()));
        assertThat(forwardNames).containsExactly("erp-wholesale-contoso-example=erp-wholesale@contoso.example",
            "oncall-erp-contoso-example=Oncall.ERP@contoso.example");
        assertThat(backwardNames).containsExactlyInAnyOrderElementsOf(forwardNames);
    }

    @Test
    void overridesTags() {
        JsonNode group = onlyResource(synth(builder -> builder.tags(Tags.of(Map.of("owner", "platform@contoso.example")))),
            "azurerm_monitor_action_group");

        assertThat(Synth.tags(group)).containsExactlyEntriesOf(Map.of("owner", "platform@contoso.example"));
    }

    @Test
    void failsOnShortNameLongerThanTwelveCharacters() {
        assertThatThrownBy(() -> synth(builder -> builder.shortName("wholesale-erp")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("test/owner: shortName 'wholesale-erp' is not allowed")
            .hasMessageContaining("1 to 12 characters")
            .hasMessageContaining("has 13");
    }

    @Test
    void failsOnBlankShortName() {
        assertThatThrownBy(() -> synth(builder -> builder.shortName("  ")))
            .hasMessageContaining("test/owner: shortName '  ' is not allowed; 1 to 12 characters, not blank");
    }

    @Test
    void failsWithoutShortName() {
        assertThatThrownBy(() -> synth(builder -> builder.shortName(null)))
            .hasMessageContaining("test/owner: shortName is required; set it with .shortName(…)");
    }

    @Test
    void failsWithoutReceivers() {
        assertThatThrownBy(() -> synth(builder -> builder.emailAddresses(List.of())))
            .hasMessageContaining("test/owner: emailAddresses '[]' is not allowed; at least one mailbox");
    }

    @Test
    void failsOnSomethingThatIsNotAnEmailAddress() {
        assertThatThrownBy(() -> synth(builder -> builder.emailAddresses(List.of("wholesale team"))))
            .hasMessageContaining("test/owner: emailAddresses 'wholesale team' is not allowed; e-mail addresses such as");
        assertThatThrownBy(() -> synth(builder -> builder.emailAddresses(Arrays.asList("a@contoso.example", null))))
            .hasMessageContaining("test/owner: emailAddresses null is not allowed");
    }

    @Test
    void failsOnTheSameMailboxTwice() {
        assertThatThrownBy(() -> synth(builder -> builder.emailAddresses(List.of("erp@contoso.example", "ERP@contoso.example"))))
            .hasMessageContaining("test/owner: emailAddresses 'ERP@contoso.example' is not allowed; each mailbox once; it repeats 'erp@contoso.example'");
    }

    @Test
    void failsOnNameAzureRejects() {
        assertThatThrownBy(() -> synth(builder -> builder.name("ag/wholesale")))
            .hasMessageContaining("test/owner: name 'ag/wholesale' is not allowed")
            .hasMessageContaining("any characters but < > * % & : \\ ? + /");
    }

    @Test
    void failsWithoutResourceGroup() {
        assertThatThrownBy(() -> synth(builder -> builder.resourceGroup(null)))
            .hasMessageContaining("test/owner: resourceGroup is required");
    }
}
