package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.core.Problem;
import com.sysgenpro.landingzone.internal.FileFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an estate file's text, refusing in plain words what is not one: a file too large, a directory, a link that
 * leads nowhere, text that is not UTF-8. Java's exception names mean nothing to the person who wrote the estate.
 */
final class EstateFile {

    /**
     * The largest estate file read, 1 MiB. The reference estate ({@code stacks/reference.yaml}, six units with comments)
     * is 5.3 KB, under 900 bytes a unit; 1 MiB holds over a thousand such units. Anything larger is some other file, and
     * is refused before it is read, so that a mistaken path costs nothing.
     */
    static final int MAX_BYTES = 1024 * 1024;

    /** How many symbolic links are followed before a chain of them counts as a loop, as Linux does (40). */
    private static final int MAX_LINKS = 40;

    private EstateFile() {
    }

    /** The text of the estate file at {@code file}. */
    static String read(Path file) {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw refused(source, "is a directory, not an estate file; give the path of the estate's .yaml file in it");
            }
            if (Files.isRegularFile(file)) {
                checkSize(Files.size(file), source);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return decode(readAtMost(in, source), source);
            }
        } catch (NoSuchFileException e) {
            throw refused(source, Files.isSymbolicLink(file) ? "is a symbolic link to a file that does not exist" : "file not found");
        } catch (AccessDeniedException e) {
            throw refused(source, "cannot be read: permission denied; ask for read access to it, or copy it somewhere you can read");
        } catch (FileSystemException e) {
            throw refused(source, isLinkLoop(file) ? "is a symbolic link loop: following its links leads back to it; point the"
                + " link at the estate file" : "cannot be read: " + FileFailures.describe(e));
        } catch (IOException e) {
            throw refused(source, "cannot be read: " + FileFailures.describe(e));
        }
    }

    /** The text of an estate shipped in the jar, read from {@code in}. */
    static String read(InputStream in, String source) throws IOException {
        return decode(readAtMost(in, source), source);
    }

    /** Refuses a text of more characters than {@link #MAX_BYTES}: a file within it decodes to no more. */
    static void checkLength(String text, String source) {
        if (text.length() > MAX_BYTES) {
            throw refused(source, String.format(Locale.ROOT, "is %,d characters long, more than the %,d an estate may have"
                + " (the reference estate, six units, is about 5,300): check that this is the estate, and remove what does"
                + " not belong in it", text.length(), MAX_BYTES));
        }
    }

    private static void checkSize(long size, String source) {
        if (size > MAX_BYTES) {
            throw refused(source, String.format(Locale.ROOT, "is %s (%,d bytes), more than the 1 MiB an estate file may have"
                + " (the reference estate, six units, is 5 KiB): check that this is the estate file, and remove what does not"
                + " belong in it", mebibytes(size), size));
        }
    }

    /** Reads one byte past the limit, to know whether a pipe or a growing file goes beyond it, never more. */
    private static byte[] readAtMost(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refused(source, "is larger than the 1 MiB an estate file may have (the reference estate, six units, is"
                + " 5 KiB): check that this is the estate file, and remove what does not belong in it");
        }
        return bytes;
    }

    /** The bytes as UTF-8 text; where they are not, the line and offset of the first byte that is not. */
    private static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never needs more characters than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw refused(source, String.format(Locale.ROOT, "is not UTF-8 text: byte 0x%02X at line %d (byte offset %,d) is"
                + " not valid UTF-8%s; save the file as UTF-8 (in most editors: Save As, encoding UTF-8)",
                bytes[offset] & 0xFF, line(bytes, offset), offset, utf16(bytes)));
        }
        return out.flip().toString();
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Names the usual culprit: the "Unicode" of Windows editors, UTF-16 with its byte order mark. */
    private static String utf16(byte[] bytes) {
        boolean bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        return bom ? " (it starts as UTF-16 text does)" : "";
    }

    /** Whether following {@code file}'s symbolic links comes back to one of them, or never ends. */
    private static boolean isLinkLoop(Path file) {
        Set<Path> seen = new HashSet<>();
        Path current = file.toAbsolutePath().normalize();
        try {
            for (int hop = 0; hop < MAX_LINKS && Files.isSymbolicLink(current); hop++) {
                if (!seen.add(current)) {
                    return true;
                }
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            }
            return Files.isSymbolicLink(current);
        } catch (IOException e) {
            return false;
        }
    }

    private static String mebibytes(long size) {
        return String.format(Locale.ROOT, "%.1f MiB", size / (1024.0 * 1024.0));
    }

    private static EstateValidationException refused(String source, String message) {
        return new EstateValidationException(source, List.of(new Problem("", message)));
    }
}
