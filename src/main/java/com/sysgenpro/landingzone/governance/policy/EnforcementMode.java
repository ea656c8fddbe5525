package com.sysgenpro.landingzone.governance.policy;

/** Whether an assignment's effects apply, or only report (staged rollout). */
public enum EnforcementMode {
    /** Effects apply: Deny denies, Modify modifies. */
    DEFAULT,
    /** Nothing is denied or changed; compliance is still evaluated and reported. Use to stage a rollout. */
    DO_NOT_ENFORCE
}
