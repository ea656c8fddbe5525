package com.sysgenpro.landingzone.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AzureNameRuleTest {

    @ParameterizedTest
    @CsvSource({
        "STORAGE_ACCOUNT, nwdwholesaleprod, true",
        "STORAGE_ACCOUNT, nwd-wholesale, false",
        "STORAGE_ACCOUNT, NwdWholesale, false",
        "STORAGE_ACCOUNT, ab, false",
        "STORAGE_ACCOUNT, abcdefghijklmnopqrstuvwxy, false",
        "KEY_VAULT, kv-nwd-wholesale, true",
        "KEY_VAULT, kv--nwd, false",
        "KEY_VAULT, 1kv, false",
        "KEY_VAULT, kv-, false",
        "LOG_ANALYTICS_WORKSPACE, log-nwd, true",
        "LOG_ANALYTICS_WORKSPACE, log, false",
        "RESOURCE_GROUP, rg-app, true",
        "RESOURCE_GROUP, rg-app., false",
        "RESOURCE_GROUP, rg(app)_1, true",
    })
    void acceptsWhatAzureAccepts(AzureNameRule rule, String name, boolean valid) {
        assertThat(rule.problemWith(name) == null).as("%s %s", rule, name).isEqualTo(valid);
    }

    @Test
    void storageNamesAreValidExactlyWhenLowercaseAlphanumericOfLength3To24() {
        Random random = new Random(42);
        String alphabet = "abcxyz019-_A.";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(30);
            for (int c = 0; c < length; c++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean expected = name.length() >= 3 && name.length() <= 24 && name.chars().allMatch(ch -> Character.isDigit(ch) || (ch >= 'a' && ch <= 'z'));
            assertThat(AzureNameRule.STORAGE_ACCOUNT.problemWith(name.toString()) == null).as(name.toString()).isEqualTo(expected);
        }
    }

    @Test
    void problemNamesTheKindTheValueAndTheRule() {
        assertThat(AzureNameRule.STORAGE_ACCOUNT.problemWith("Bad-Name"))
            .contains("storage account").contains("'Bad-Name'").contains("lowercase letters and digits only");
    }
}
