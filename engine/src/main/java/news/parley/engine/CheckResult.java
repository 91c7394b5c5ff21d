package news.parley.engine;

import news.parley.core.problem.Problem;

import java.util.List;

/** What a check found: every problem, sorted. */
public record CheckResult(List<Problem> problems) implements Outcome {
    public CheckResult {
        problems = List.copyOf(problems);
    }
}
