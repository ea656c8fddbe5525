package com.sysgenpro.landingzone.internal;

/** Where a class of this library is written, so that what names a rule can also say which file defines it. */
public final class SourceFiles {

    private static final String ROOT = "com.sysgenpro.landingzone.";

    private SourceFiles() {
    }

    /**
     * The source file of {@code type}'s top-level class, relative to the library's root package
     * ({@code src/main/java/com/sysgenpro/landingzone/}), e.g. {@code check/OwnerTagRule.java}.
     */
    public static String home(Class<?> type) {
        String name = type.getNestHost().getName();
        if (!name.startsWith(ROOT)) {
            throw new IllegalArgumentException(name + " is not a class of this library (" + ROOT + "*); only its own rules have a home here");
        }
        return name.substring(ROOT.length()).replace('.', '/') + ".java";
    }
}
