package com.sysgenpro.landingzone.governance.policy;

/** How serious a non-compliant result is, offline: errors block a deployment, warnings are reported. */
public enum Severity {
    /** Must be fixed (or suppressed with a reason) before deploy; Azure would deny it, or it breaks a hard rule. */
    ERROR,
    /** Reported; Azure would audit it. */
    WARNING
}
