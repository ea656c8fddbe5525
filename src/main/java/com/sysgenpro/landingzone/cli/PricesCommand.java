package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.preview.InvalidPriceCatalogException;
import com.sysgenpro.landingzone.preview.PriceRefresh;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lz prices}: the price snapshot estimates use. */
@Command(name = "prices", mixinStandardHelpOptions = true,
    description = "The price snapshot ./lz cost and ./lz preview estimate with: refresh one from Azure's retail prices API.",
    subcommands = PricesCommand.Refresh.class)
final class PricesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code lz prices refresh}: a new snapshot with what the API returns for the regions asked. */
    @Command(name = "refresh", mixinStandardHelpOptions = true,
        description = {"Ask Azure's retail prices API (public, no sign-in) for the virtual machine and Premium SSD disk prices of every"
            + " SKU in the snapshot, in each region given, and write a new snapshot: each price taken names its request as its source"
            + " and keeps the API's effective start date. Other items, and any the API does not return, are kept as they were and"
            + " listed. Writes nothing when the API cannot be reached.",
            "Estimate with the result: ./lz cost --prices FILE."})
    static final class Refresh implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--regions", paramLabel = "REGION", split = ",", required = true,
            description = "Azure regions to price, e.g. uksouth,ukwest (an estate's regions.allowed).")
        private List<String> regions = new ArrayList<>();

        @Option(names = "--to", paramLabel = "FILE", required = true, description = "Where to write the new snapshot.")
        private Path to;

        @Option(names = "--from", paramLabel = "FILE", description = "Snapshot to start from. Default: the bundled one.")
        private Path from;

        @Option(names = "--api", paramLabel = "URL", description = "The retail prices endpoint. Default: ${DEFAULT-VALUE}.",
            defaultValue = "https://prices.azure.com/api/retail/prices")
        private URI api;

        @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = CheckCommand.IsoDate.class,
            description = "The date the prices are taken on. Default: today.")
        private LocalDate today;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter stderr = spec.commandLine().getErr();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
            PriceRefresh.Fetcher fetcher = uri -> {
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IOException("HTTP " + response.statusCode() + " from " + uri);
                    }
                    return response.body();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            };
            try {
                String snapshot = from == null ? PriceRefresh.bundledSnapshot() : PriceRefresh.snapshot(from);
                PriceRefresh.Result result = new PriceRefresh(api, fetcher, today == null ? LocalDate.now() : today).refresh(snapshot, regions);
                if (to.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(to.toAbsolutePath().getParent());
                }
                Files.writeString(to, result.snapshot());
                stdout.printf("prices: %d item(s) taken from %s, %d not returned, %d kept as they were; written to %s%n",
                    result.refreshed().size(), api, result.notReturned().size(), result.kept().size(), to);
                result.notReturned().forEach(item -> stdout.println("  not returned: " + item));
                result.kept().forEach(item -> stdout.println("  kept: " + item));
                return 0;
            } catch (InvalidPriceCatalogException e) {
                stderr.println("error: " + e.getMessage());
                return Lz.EXIT_INVALID_INPUT;
            } catch (IOException e) {
                stderr.println("error: cannot refresh the prices, nothing written: " + e.getMessage());
                return Lz.EXIT_INVALID_INPUT;
            }
        }
    }
}
