package com.sysgenpro.landingzone.blueprint;

import java.time.Duration;

/**
 * A recovery point and a recovery time: how much data may be lost and how long recovery may take. A duration of
 * {@link #UNRECOVERABLE} means the data cannot be recovered at all in that scenario.
 *
 * @param rpo the recovery point objective (data loss)
 * @param rto the recovery time objective (downtime)
 */
public record RecoveryObjective(Duration rpo, Duration rto) {

    /** Stands for "cannot be recovered": longer than any target. */
    public static final Duration UNRECOVERABLE = Duration.ofDays(36_500);

    /** An objective from minutes. */
    public static RecoveryObjective ofMinutes(long rpoMinutes, long rtoMinutes) {
        return new RecoveryObjective(Duration.ofMinutes(rpoMinutes), Duration.ofMinutes(rtoMinutes));
    }

    /** An objective that cannot be met: the data is lost. */
    public static RecoveryObjective unrecoverable() {
        return new RecoveryObjective(UNRECOVERABLE, UNRECOVERABLE);
    }

    /** Whether this (achieved) objective is at least as good as {@code target}. */
    public boolean meets(RecoveryObjective target) {
        return rpo.compareTo(target.rpo) <= 0 && rto.compareTo(target.rto) <= 0;
    }

    /** The worse of the two in each dimension. */
    public RecoveryObjective worst(RecoveryObjective other) {
        return new RecoveryObjective(rpo.compareTo(other.rpo) >= 0 ? rpo : other.rpo, rto.compareTo(other.rto) >= 0 ? rto : other.rto);
    }

    /** Whether the data survives at all. */
    public boolean recoverable() {
        return rpo.compareTo(UNRECOVERABLE) < 0;
    }

    /** A duration as people write it: {@code 0}, {@code 5 min}, {@code 4 h}, {@code 3 d}, or {@code lost}. */
    public static String format(Duration duration) {
        if (duration.compareTo(UNRECOVERABLE) >= 0) {
            return "lost";
        }
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return "0";
        }
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + " d";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + " h";
        }
        return minutes + " min";
    }

    @Override
    public String toString() {
        return "RPO " + format(rpo) + ", RTO " + format(rto);
    }
}
