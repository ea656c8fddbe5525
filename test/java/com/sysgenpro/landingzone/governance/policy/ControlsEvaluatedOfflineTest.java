package com.sysgenpro.landingzone.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One policy model, evaluated offline: every control of every shipped initiative has an offline twin or says why it is
 * evaluated only in Azure, and the README lists each Azure-only control with its reason.
 */
class ControlsEvaluatedOfflineTest {

    private static final Path PROJECT = Path.of(System.getProperty("lz.project.dir", "."));
    private static final List<String> TAGS = List.of("owner", "cost-center", "site");

    @Test
    void everyControlHasAnOfflineTwinOrAReasonForBeingAzureOnly() {
        List<String> neither = new ArrayList<>();
        int offline = 0;
        for (Initiative initiative : LandingZoneInitiatives.all(TAGS)) {
            for (Control control : initiative.controls()) {
                boolean reasoned = control.azureOnlyReason() != null && control.azureOnlyReason().length() >= 40;
                if (control.evaluatesOffline() == reasoned) {
                    neither.add(control.id());
                }
                offline += control.evaluatesOffline() ? 1 : 0;
            }
        }
        assertThat(neither).as("controls with neither an offline twin nor a reason (or with both)").isEmpty();
        assertThat(offline).isGreaterThan(40);
    }

    @Test
    void theAdmissionControlsAreEvaluatedOffline() {
        assertThat(LandingZoneInitiatives.kubernetes().controls()).filteredOn(control -> control.id().matches("LZ-K8S-00[12367]"))
            .hasSize(5).allSatisfy(control -> {
                assertThat(control.evaluatesOffline()).as(control.id()).isTrue();
                assertThat(control.resourceTypes()).as(control.id()).contains("helm_release", "kubernetes_manifest", "kubernetes_deployment_v1");
            });
    }

    @Test
    void theReadmeListsEveryAzureOnlyControlWithItsReason() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        for (Initiative initiative : LandingZoneInitiatives.all(List.of("owner"))) {
            for (Control control : initiative.controls()) {
                if (!control.evaluatesOffline()) {
                    String family = control.id().replace("owner", "<tag>");
                    String reason = control.azureOnlyReason().replace("owner", "<tag>").replace("LZ-TAG-RES-<tag>", "`LZ-TAG-RES-<tag>`");
                    assertThat(readme).as(control.id()).contains("| `" + family + "` | " + reason + " |");
                }
            }
        }
    }

    @Test
    void failsAControlWithNeitherAnOfflineTwinNorAReason() {
        Control.Builder control = Control.builder("LZ-TEST-001", "Something holds")
            .category(ControlCategory.KUBERNETES)
            .definition(BuiltInPolicies.K8S_NO_PRIVILEGED, PolicyEffect.DENY)
            .nonComplianceMessage("Fix it.");

        assertThatThrownBy(control::build).isInstanceOf(IllegalStateException.class)
            .hasMessage("LZ-TEST-001: a control has either an offline twin or the reason it is evaluated only in Azure");
    }
}
