package com.sysgenpro.landingzone.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagsTest {

    @Test
    void iteratesSortedByKeyWhateverTheInsertionOrder() {
        Tags tags = Tags.empty().with("owner", "a").with("cost-center", "b").with("business-unit", "c");

        assertThat(tags.asMap().keySet()).containsExactly("business-unit", "cost-center", "owner");
    }

    @Test
    void replacesKeysCaseInsensitivelyAsAzureDoes() {
        Tags tags = Tags.empty().with("Owner", "old").with("owner", "new");

        assertThat(tags.asMap()).containsExactlyEntriesOf(Map.of("owner", "new"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a<b", "a>b", "a%b", "a&b", "a\\b", "a?b", "a/b"})
    void failsOnCharactersAzureForbidsInKeys(String key) {
        assertThatThrownBy(() -> Tags.of(Map.of(key, "v")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("tag key '" + key + "'");
    }

    @Test
    void failsOnValueLongerThan256() {
        assertThatThrownBy(() -> Tags.of(Map.of("k", "v".repeat(257))))
            .hasMessageContaining("at most 256 characters");
    }

    @Test
    void failsOnMoreThanFiftyTags() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put("k" + i, "v");
        }
        assertThatThrownBy(() -> Tags.of(many)).hasMessageContaining("at most 50 tags, got 51");
    }
}
