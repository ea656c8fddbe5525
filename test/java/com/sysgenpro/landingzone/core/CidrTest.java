package com.sysgenpro.landingzone.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void parsesAndPrints() {
        assertThat(Cidr.parse("10.20.0.0/22").toString()).isEqualTo("10.20.0.0/22");
        assertThat(Cidr.parse("10.20.0.0/22").size()).isEqualTo(1024);
    }

    @Test
    void carvesSubnetsInOrder() {
        Cidr space = Cidr.parse("10.20.0.0/22");

        assertThat(space.subnet(23, 0)).hasToString("10.20.0.0/23");
        assertThat(space.subnet(24, 2)).hasToString("10.20.2.0/24");
        assertThat(space.subnet(25, 6)).hasToString("10.20.3.0/25");
    }

    @Test
    void subnetsOfARangeLieInsideItAndDoNotOverlapEachOther() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            int prefix = 8 + random.nextInt(17);
            Cidr space = new Cidr(((long) random.nextInt(1 << prefix) << (32 - prefix)) & 0xFFFFFFFFL, prefix);
            int newPrefix = prefix + 1 + random.nextInt(Math.min(6, 32 - prefix));
            int count = 1 << (newPrefix - prefix);
            int a = random.nextInt(count);
            int b = random.nextInt(count);
            assertThat(space.contains(space.subnet(newPrefix, a))).isTrue();
            assertThat(space.subnet(newPrefix, a).overlaps(space.subnet(newPrefix, b))).isEqualTo(a == b);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.20.0.0", "10.20.0/22", "10.20.0.256/24", "10.20.0.0/33", "a.b.c.d/8", "010.1.1.0/24"})
    void failsOnTextThatIsNoCidr(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
    }

    @Test
    void failsOnAddressThatIsNotTheFirstOfItsRange() {
        assertThatThrownBy(() -> Cidr.parse("10.20.1.0/22"))
            .hasMessage("'10.20.1.0/22': address 10.20.1.0 is not the first address of a /22; use 10.20.0.0/22");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.20.1.254", "0.0.0.0", "255.255.255.255", "203.0.113.10"})
    void recognisesDottedDecimalAddresses(String address) {
        assertThat(Cidr.isAddress(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.20.1", "10.20.1.256", "10.20.01.1", "10.20.1.1/32", "10.20.1.-1", "a.b.c.d", "10..1.1", " 10.0.0.1",
        "${azurerm_public_ip.x.ip_address}", ""})
    void refusesWhatIsNotOneAddress(String text) {
        assertThat(Cidr.isAddress(text)).isFalse();
        assertThat(Cidr.isAddress(null)).isFalse();
    }
}
