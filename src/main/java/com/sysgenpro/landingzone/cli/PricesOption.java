package com.sysgenpro.landingzone.cli;

import com.sysgenpro.landingzone.preview.PriceCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --prices FILE}, the price snapshot {@code cost} and {@code preview} estimate with; the bundled one by default. */
final class PricesOption {

    @Option(names = "--prices", paramLabel = "FILE",
        description = "Price snapshot to estimate with, in the form of the bundled one (retail price items; ./lz prices refresh"
            + " writes one). Default: the snapshot shipped in the jar.")
    Path file;

    /** The snapshot; an {@link com.sysgenpro.landingzone.preview.InvalidPriceCatalogException} names what is wrong with a file. */
    PriceCatalog catalog() {
        return file == null ? PriceCatalog.bundled() : PriceCatalog.load(file);
    }
}
