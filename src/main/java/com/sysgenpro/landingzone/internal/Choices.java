package com.sysgenpro.landingzone.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lookup of an enum constant by the value it is spelled with outside Java (an estate file, a tag, Azure), and the
 * list of allowed values for the message when the spelling matches none. One place for what closed-choice enums
 * would otherwise each repeat.
 */
public final class Choices {

    private Choices() {
    }

    /** The constant among {@code constants} whose {@code spelling} equals {@code text} exactly, if any. */
    public static <E extends Enum<E>> Optional<E> find(E[] constants, Function<? super E, String> spelling, String text) {
        return Arrays.stream(constants).filter(constant -> spelling.apply(constant).equals(text)).findFirst();
    }

    /** The spellings of {@code constants} in declaration order, joined with {@code ", "}, for "allowed: …" messages. */
    public static <E extends Enum<E>> String allowed(E[] constants, Function<? super E, String> spelling) {
        return Arrays.stream(constants).map(spelling).collect(Collectors.joining(", "));
    }
}
