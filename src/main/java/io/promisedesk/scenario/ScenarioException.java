package io.promisedesk.scenario;

import java.util.List;

/** A scenario that cannot be assessed, with one line per problem, each naming the JSON path of the bad value. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
