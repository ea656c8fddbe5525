package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.core.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** An estate that cannot be synthesized, with every problem found in it. */
public final class EstateValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /**
     * @param source where the estate came from: a file path, a classpath resource or "estate built in Java"
     * @param problems what is wrong, at least one
     */
    public EstateValidationException(String source, List<Problem> problems) {
        super(format(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** Where the estate came from. */
    public String source() {
        return source;
    }

    /** Every problem found, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String format(String source, List<Problem> problems) {
        return source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n"
            + problems.stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n"));
    }
}
