package com.sysgenpro.landingzone.preview;

/** A price snapshot that cannot be read or lacks what an estimate needs; the message names every problem. */
public final class InvalidPriceCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A snapshot refused for {@code message}. */
    public InvalidPriceCatalogException(String message) {
        super(message);
    }
}
