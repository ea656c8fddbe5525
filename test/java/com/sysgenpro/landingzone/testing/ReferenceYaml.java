package com.sysgenpro.landingzone.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference estate's file as text, and variants of it that tests parse. */
public final class ReferenceYaml {

    /** The hubs and sites blocks under {@code network:}, each a key with its indented lines. */
    private static final String HUBS_AND_SITES = "(?m)^  (hubs|sites):.*\n(    .*\n)+";

    private ReferenceYaml() {
    }

    /** {@code stacks/reference.yaml}. */
    public static String text() {
        try {
            return Files.readString(Path.of("stacks/reference.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference estate without hub networks and sites: spokes only, each with its own zones and outbound path. */
    public static String withoutHubs() {
        String yaml = text().replaceAll(HUBS_AND_SITES, "");
        if (yaml.contains("\n  hubs:") || yaml.contains("\n  sites:")) {
            throw new IllegalStateException("stacks/reference.yaml changed shape: its hubs or sites were not removed");
        }
        return yaml;
    }
}
