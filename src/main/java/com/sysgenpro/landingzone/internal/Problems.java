package com.sysgenpro.landingzone.internal;

import com.sysgenpro.landingzone.core.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem of a configuration so that they are reported together.
 *
 * <p>Only the first problem per path is kept, and none below a path that already has one: a value the reader could
 * not parse is not reported again by the validator as missing, nor are the fields of a missing section.
 */
public final class Problems {

    private final Map<String, Problem> byPath = new LinkedHashMap<>();

    /** Records a problem at {@code path} unless one is already recorded there or at a path containing it. */
    public void add(String path, String message) {
        // The path and each path containing it (cut before every '.' and '['): a lookup each, so that an estate with
        // tens of thousands of problems is still reported at once.
        if (byPath.containsKey(path)) {
            return;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '.' || c == '[') && byPath.containsKey(path.substring(0, i))) {
                return;
            }
        }
        byPath.put(path, new Problem(path, message));
    }

    /** Whether a problem is recorded at {@code path}. */
    public boolean has(String path) {
        return byPath.containsKey(path);
    }

    /** Whether a problem is recorded at {@code path} or below it ({@code path.x}, {@code path[0]}). */
    public boolean hasWithin(String path) {
        return byPath.keySet().stream().anyMatch(recorded -> recorded.equals(path) || recorded.startsWith(path + ".")
            || recorded.startsWith(path + "["));
    }

    /** Whether nothing was recorded. */
    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    /** The problems in the order they were found. */
    public List<Problem> list() {
        return List.copyOf(new ArrayList<>(byPath.values()));
    }
}
