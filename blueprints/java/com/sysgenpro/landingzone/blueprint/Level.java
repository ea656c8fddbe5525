package com.sysgenpro.landingzone.blueprint;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A coarse rating of a placement criterion. */
public enum Level {
    /** Little of it. */
    LOW,
    /** A moderate amount. */
    MEDIUM,
    /** A lot of it. */
    HIGH;

    /** The spelling in estate files, e.g. {@code high}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level spelled {@code id}, if any. */
    public static Optional<Level> find(String id) {
        return Arrays.stream(values()).filter(level -> level.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id();
    }
}
