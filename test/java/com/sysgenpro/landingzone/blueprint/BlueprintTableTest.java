package com.sysgenpro.landingzone.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sysgenpro.landingzone.testing.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The README's table of blueprint differences is generated from the blueprints; this keeps the two equal. */
class BlueprintTableTest {

    @Test
    void tableShowsEverySettingOfEveryBlueprint() {
        String table = BlueprintTable.markdown(Blueprint.all());

        assertThat(table).startsWith("| setting | production | staging | sandbox | qa | development | training |\n");
        assertThat(table).contains("| PostgreSQL zone-redundant HA | yes | no | no | no | no | no |");
        assertThat(table).contains("| derived from | – | – | – | staging | sandbox | sandbox |");
        assertThat(table).contains("| runs | always | Mon-Fri 07:00–20:00 |");
        assertThat(table).contains("| ingress (Traefik) | 3 × 500m/256Mi–2000m/1024Mi, disruption budget, spread across zones, public |");
        assertThat(table).contains("| tenant quota | 16–32 CPU, 64–128 GiB, 200 pods, 512 GiB storage | 4–8 CPU,");
        assertThat(table).contains("| customer-managed keys | regulated units; others opt in | regulated units; others opt in |");
        assertThat(table).contains("| Key Vault purge protection | yes | yes | no, yes with customer-managed keys |");
        assertThat(table).contains("| hub firewall | Premium, IDPS alert | Standard | none (not peered) | Standard | none (not peered) |");
        assertThat(table).contains("| shared pool overcommit (CPU / memory) | 1.5 / 1.0 | 2.0 / 1.5 | 4.0 / 2.0 | 2.0 / 1.5 |");
        assertThat(table).contains("| shared pool most nodes | 30 | 12 | 6 |");
        assertThat(table.lines().count()).isEqualTo(35);
    }

    @Test
    void readmeCarriesTheGeneratedTable() {
        GoldenFiles.assertReadmeSection("blueprint-table", "BlueprintTable", BlueprintTable.markdown(Blueprint.all()));
    }
}
