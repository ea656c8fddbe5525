package com.sysgenpro.landingzone.output;

/**
 * A synthesized output directory that cannot be read: missing, without a manifest, or with a file that is not the
 * JSON cdktn writes. The message names the path, what is wrong and how to get a good output.
 */
public final class InvalidSynthOutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidSynthOutputException(String message) {
        super(message);
    }

    InvalidSynthOutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
