/**
 * Not API: helpers for this library's own packages (YAML and JSON reading with paths, collected problems, argument
 * checks, atomic output directories, the secret scan, source files of rules). Public only because Java packages cannot share otherwise; they may
 * change or go in any release without notice. Do not use them from an estate or another library.
 */
package com.sysgenpro.landingzone.internal;
