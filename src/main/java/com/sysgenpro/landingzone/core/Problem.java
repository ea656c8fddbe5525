package com.sysgenpro.landingzone.core;

/**
 * One problem found while reading or validating configuration.
 *
 * @param path where: a path into the configuration such as {@code businessUnits[2].environments[0].blueprint}
 * @param message what is wrong, with the bad value and what is allowed
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
