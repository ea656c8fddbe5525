package com.sysgenpro.landingzone.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * File-system failures in plain words for one-line messages: what went wrong and where, without Java class names
 * ({@code disk full}, {@code permission denied}, {@code read-only file system}).
 *
 * <p>Internal: not part of the library's API.
 */
public final class FileFailures {

    private FileFailures() {
    }

    /** What went wrong, e.g. {@code no space left on device (/tmp/out/.out.gen-1/stacks)}. */
    public static String describe(IOException e) {
        String where = e instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : "";
        if (e instanceof NoSuchFileException) {
            return "not found" + where;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied" + where;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists" + where;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty" + where;
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory" + where;
        }
        if (e instanceof FileSystemLoopException) {
            return "a loop of symbolic links" + where;
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT) + where;
        }
        String message = e.getMessage();
        return (message == null || message.isBlank() ? "input/output error" : message) + where;
    }

    /** The innermost file-system failure in {@code e}'s causes, described; its message otherwise. */
    public static String describe(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && !(cause.getCause() instanceof IOException)) {
                return describe(io);
            }
        }
        return e instanceof UncheckedIOException && e.getCause() != null ? describe(e.getCause()) : String.valueOf(e.getMessage());
    }
}
