package com.sysgenpro.landingzone.internal;

/**
 * Values and paths echoed back in messages. A message that repeats a megabyte value whole hides the problem it
 * names and floods the terminal, so what is echoed is cut to its first {@value #SHOWN} characters, with the full
 * length said, and line breaks are shown as {@code \n} so that each problem stays on one line.
 */
public final class Quoting {

    /** How many characters of a value a message shows: enough to recognise it, short enough for one line. */
    public static final int SHOWN = 80;

    private Quoting() {
    }

    /** {@code value} in single quotes, shortened when long: {@code 'abc…' (1,048,576 characters)}. */
    public static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        if (value.length() <= SHOWN) {
            return "'" + oneLine(value) + "'";
        }
        return "'" + oneLine(head(value)) + "…' (" + String.format(java.util.Locale.ROOT, "%,d", value.length()) + " characters)";
    }

    /** {@link #quote(String)} of a value's text, e.g. a region or a range. */
    public static String quote(Object value) {
        return value == null ? "nothing" : quote(value.toString());
    }

    /** {@code text} unquoted, cut to its first {@value #SHOWN} characters and an ellipsis when longer: for paths. */
    public static String shorten(String text) {
        return text.length() <= SHOWN ? oneLine(text) : oneLine(head(text)) + "…";
    }

    /** The first {@value #SHOWN} characters, one fewer when the cut would split a character written as two. */
    private static String head(String value) {
        int end = Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return value.substring(0, end);
    }

    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
