package com.sysgenpro.landingzone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name patterns every construct and the estate validator share: one definition each, edges included. */
class ChecksTest {

    @Test
    void emailNeedsOneAtADottedDomainAndNoSpaces() {
        assertThat(Checks.isEmail("ops@example.com")).isTrue();
        assertThat(Checks.isEmail("ops@example")).isFalse();
        assertThat(Checks.isEmail("ops team@example.com")).isFalse();
        assertThat(Checks.isEmail("a@b@example.com")).isFalse();
        assertThat(Checks.isEmail(null)).isFalse();
    }

    @Test
    void dnsLabelIsAtMost63LowercaseCharactersWithoutAHyphenAtAnEnd() {
        assertThat(Checks.isDnsLabel("odoo-" + "a".repeat(58))).isTrue();
        assertThat(Checks.isDnsLabel("a".repeat(64))).isFalse();
        assertThat(Checks.isDnsLabel("-odoo")).isFalse();
        assertThat(Checks.isDnsLabel("Odoo")).isFalse();
    }

    @Test
    void dnsSubdomainAllowsDotsUpTo253Characters() {
        assertThat(Checks.isDnsSubdomain("letsencrypt.prod")).isTrue();
        assertThat(Checks.isDnsSubdomain("a".repeat(253))).isTrue();
        assertThat(Checks.isDnsSubdomain("a".repeat(254))).isFalse();
        assertThat(Checks.isDnsSubdomain("issuer.")).isFalse();
    }

    @Test
    void hostNameIsFullyQualifiedLowercaseAndAtMost253Characters() {
        assertThat(Checks.isHostName("erp.northwind.example")).isTrue();
        assertThat(Checks.isHostName("localhost")).isFalse();
        assertThat(Checks.isHostName("ERP.example.com")).isFalse();
        String label = "a".repeat(63) + ".";
        assertThat(Checks.isHostName(label.repeat(3) + "example.com")).isTrue();
        assertThat(Checks.isHostName(label.repeat(4) + "example.com")).isFalse();
    }

    @Test
    void labelValuesMayBeEmptyAndKeysMayHaveAPrefix() {
        assertThat(Checks.isLabelValue("")).isTrue();
        assertThat(Checks.isLabelValue("CC-1200")).isTrue();
        assertThat(Checks.isLabelValue("-CC")).isFalse();
        assertThat(Checks.isLabelValue("a".repeat(64))).isFalse();
        assertThat(Checks.isLabelKey("landingzone.sysgenpro.com/tenant")).isTrue();
        assertThat(Checks.isLabelKey("tenant")).isTrue();
        assertThat(Checks.isLabelKey("")).isFalse();
        assertThat(Checks.isLabelKey("a".repeat(253) + "/" + "b".repeat(63))).isTrue();
        assertThat(Checks.isLabelKey("a".repeat(253) + "/" + "b".repeat(64))).isFalse();
        assertThat(Checks.isLabelKey("a".repeat(254) + "/b")).isFalse();
    }
}
