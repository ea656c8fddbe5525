package com.sysgenpro.landingzone.blueprint;

import com.sysgenpro.landingzone.internal.Choices;
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
        return Choices.find(values(), Level::id, id);
    }

    /** The levels' spellings, e.g. for an "allowed: …" message. */
    public static String ids() {
        return Choices.allowed(values(), Level::id);
    }

    @Override
    public String toString() {
        return id();
    }
}
