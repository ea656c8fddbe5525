package com.sysgenpro.landingzone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.sysgenpro.landingzone.testing.ReferenceOutput;
import com.sysgenpro.landingzone.testing.Synth;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./lz prices refresh} against a recorded answer of the retail prices API served on the loopback interface (never
 * the network), and {@code ./lz cost --prices} with what it writes.
 */
class PricesCommandTest extends CliTestSupport {

    private static final Path FIXTURES = Path.of(System.getProperty("lz.project.dir", "."), "test", "resources", "prices");
    private static final String REFERENCE = ReferenceOutput.directory().toString();

    private HttpServer server;
    private String api;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 200;

    @BeforeEach
    void serveTheRecordedAnswer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/retail/prices";
        server.createContext("/api/retail/prices", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            requests.add(query);
            String body = "{\"BillingCurrency\":\"USD\",\"Items\":[],\"NextPageLink\":null,\"Count\":0}";
            if (query.contains("armSkuName eq 'Standard_D4ds_v5' and armRegionName eq 'westeurope'")) {
                String page = query.contains("$skip=2") ? "page-2" : "page-1";
                body = Files.readString(FIXTURES.resolve("retail-api/vm-Standard_D4ds_v5-westeurope-" + page + ".json")).replace("{{api}}", api);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void refreshTakesTheLinuxPayAsYouGoMeterAcrossPagesAndKeepsWhatItCannotQuery() throws IOException {
        Path snapshot = tmp.resolve("prices.json");

        int status = run("prices", "refresh", "--from", FIXTURES.resolve("old-snapshot.json").toString(), "--regions", "westeurope,uksouth",
            "--to", snapshot.toString(), "--api", api, "--today", "2026-12-03");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("prices: 1 item(s) taken from " + api + ", 1 not returned, 1 kept as they were")
            .contains("not returned: vm Standard_D4ds_v5 uksouth").contains("kept: private-endpoint endpoint every region");
        // Page 1, its NextPageLink, and uksouth's empty answer.
        assertThat(requests).hasSize(3);
        JsonNode written = Synth.parse(Files.readString(snapshot));
        assertThat(written.path("date").asText()).isEqualTo("2026-12-03");
        JsonNode vm = written.path("Items").get(0);
        // Not the Windows, Spot or Low Priority decoys, at 0.5, 0.05 and 0.07.
        assertThat(vm.path("unitPrice").decimalValue()).isEqualByComparingTo("0.272");
        assertThat(vm.path("meterId").asText()).isEqualTo("2bc051e5-ec72-59e7-a047-7431c8970d83");
        assertThat(vm.path("productName").asText()).isEqualTo("Virtual Machines Ddsv5 Series");
        assertThat(vm.path("effectiveStartDate").asText()).isEqualTo("2021-10-01T00:00:00Z");
        assertThat(vm.path("source").asText()).startsWith(api + "?currencyCode=").contains("armSkuName%20eq%20%27Standard_D4ds_v5%27");
        assertThat(vm.path("sourceDate").asText()).isEqualTo("2026-12-03");
        // What the API did not return is not made up: uksouth stays unpriced, the endpoint as it was.
        assertThat(written.path("Items")).hasSize(2);
        assertThat(written.path("Items").get(1).path("kind").asText()).isEqualTo("private-endpoint");
        assertThat(written.path("Items").get(1).path("source").asText()).isEqualTo("unverified");
    }

    @Test
    void failsWithoutWritingWhenTheApiAnswersAnError() {
        status = 503;
        Path snapshot = tmp.resolve("prices.json");

        int exit = run("prices", "refresh", "--regions", "westeurope", "--to", snapshot.toString(), "--api", api);

        assertThat(exit).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).contains("cannot refresh the prices, nothing written: HTTP 503");
        assertThat(snapshot).doesNotExist();
    }

    @Test
    void costWithAnotherSnapshotSaysTheTotalIsIncompleteAndStrictExitsWithFour() {
        int exit = run("cost", "--out", REFERENCE, "--prices", FIXTURES.resolve("old-snapshot.json").toString(), "--format", "json", "--strict");

        assertThat(exit).isEqualTo(Lz.EXIT_INCOMPLETE_ESTIMATE);
        JsonNode estimate = Synth.parse(out.toString());
        assertThat(estimate.path("priceSnapshot").asText()).isEqualTo("2026-11-23");
        assertThat(estimate.path("priceSource").asText()).endsWith("old-snapshot.json");
        assertThat(estimate.path("complete").asBoolean()).isFalse();
        assertThat(estimate.path("incompleteLines").asInt()).isPositive();
        assertThat(err.toString()).contains("cost: the total is incomplete: " + estimate.path("incompleteLines").asInt() + " item(s)");
    }

    @Test
    void costWithTheBundledSnapshotMarksTheReferenceEstateIncompleteForItsGateways() {
        int exit = run("cost", "--out", REFERENCE, "--format", "json", "--strict");

        assertThat(exit).as(err.toString()).isEqualTo(Lz.EXIT_INCOMPLETE_ESTIMATE);
        JsonNode estimate = Synth.parse(out.toString());
        assertThat(estimate.path("complete").asBoolean()).isFalse();
        assertThat(estimate.path("incompleteLines").asInt()).isEqualTo(3);
        assertThat(estimate.path("unpricedForWantOfARegionalPrice").asInt()).isEqualTo(3);
        assertThat(estimate.path("stacks").findValues("gap")).extracting(JsonNode::asText).containsOnly("usage-based", "no-regional-price");
        // Without --strict the estimate is printed and the exit is 0: the total is marked, not refused.
        out.getBuffer().setLength(0);
        assertThat(run("cost", "--out", REFERENCE)).isZero();
        assertThat(out.toString()).contains("‡ **incomplete**");
    }

    @Test
    void failsOnASnapshotThatIsNotOne() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"date\":\"soon\"}");

        assertThat(run("cost", "--out", REFERENCE, "--prices", broken.toString())).isEqualTo(Lz.EXIT_INVALID_INPUT);
        assertThat(err.toString()).contains("broken.json: 3 problem(s) in the price snapshot")
            .contains("date: 'soon' is not a date (YYYY-MM-DD)").contains("BillingCurrency: missing").contains("Items: missing");
    }
}
