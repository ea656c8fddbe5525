package com.sysgenpro.landingzone.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.governance.policy.LandingZoneInitiatives;
import com.sysgenpro.landingzone.output.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule ids the estate's validator accepts in suppressions come from check's rules, through the catalog the jar
 * registers: the same ids, in the same order, as {@link Rules#all(List)}.
 */
class CheckRuleCatalogTest {

    @Test
    void theInstalledCatalogIsChecksOwn() {
        assertThat(RuleCatalog.installed()).isInstanceOf(CheckRuleCatalog.class);
    }

    @Test
    void listsTheIdsOfEveryRuleCheckRunsInItsOrder() {
        for (List<String> tags : List.of(LandingZoneInitiatives.DEFAULT_MANDATORY_TAGS, List.of("owner", "cost-center"))) {
            assertThat(RuleCatalog.installed().ruleIds(tags))
                .containsExactlyElementsOf(Rules.all(tags).stream().map(Rule::id).toList())
                .contains("LZ-NET-002", "LZ-TAG-VAL-001", "LZ-HUB-004");
        }
    }
}
