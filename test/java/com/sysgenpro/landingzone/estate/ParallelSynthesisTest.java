package com.sysgenpro.landingzone.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.testing.PinnedDay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthesis in several processes: the stack groups, how they are spread, and how the parts are assembled. */
class ParallelSynthesisTest {

    @TempDir
    Path tmp;

    @Test
    void groupsCoverEveryStackOnceAndKeepLinkedStacksTogether() {
        EstatePlan plan = EstatePlan.of(EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY));
        List<List<String>> groups = plan.stackGroups();

        assertThat(groups.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(plan.stackNames());
        assertThat(groups).contains(List.of("platform"), List.of("wholesale-production", "wholesale-production-incluster"));
        List<String> sharedProduction = groups.stream().filter(group -> group.contains("shared-production")).findFirst().orElseThrow();
        assertThat(sharedProduction).contains("shared-production-incluster", "north-production", "south-production",
            "east-production", "pharma-production").doesNotContain("wholesale-production", "shared-staging");
    }

    @Test
    void bucketsBalanceStackCountsAndNeverSplitAGroup() {
        List<List<String>> buckets = ParallelSynthesis.buckets(List.of(List.of("a", "b", "c", "d"), List.of("e"), List.of("f", "g"),
            List.of("h")), 2);

        assertThat(buckets).containsExactly(List.of("a", "b", "c", "d"), List.of("f", "g", "e", "h"));
        assertThat(ParallelSynthesis.buckets(List.of(List.of("a")), 4)).containsExactly(List.of("a"));
    }

    @Test
    void failsToAssembleOutputsThatDoNotHoldEveryStackOnce() throws IOException {
        Estate estate = EstateLoader.loadResource("reference.yaml", PinnedDay.TODAY);
        Path part = tmp.resolve("part");
        Files.createDirectories(part);
        Files.writeString(part.resolve("manifest.json"), "{\"stacks\": {\"platform\": {}}, \"version\": \"0.21.0\"}");

        assertThatThrownBy(() -> ParallelSynthesis.assemble(estate, List.of(part), tmp.resolve("out")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("the partial outputs do not hold the estate's stacks: missing [subscriptions, connectivity, shared-production,");
        assertThatThrownBy(() -> ParallelSynthesis.assemble(estate, List.of(part, part), tmp.resolve("out")))
            .hasMessage("stack 'platform' is in more than one partial output");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
