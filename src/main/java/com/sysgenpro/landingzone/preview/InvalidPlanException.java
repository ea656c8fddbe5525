package com.sysgenpro.landingzone.preview;

/**
 * A file given as a Terraform plan is missing or is not {@code terraform show -json} plan output; the message names the
 * file, what is wrong with it and how to produce a good one.
 */
public final class InvalidPlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidPlanException(String message) {
        super(message);
    }

    InvalidPlanException(String message, Throwable cause) {
        super(message, cause);
    }
}
