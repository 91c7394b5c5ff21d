package news.parley.engine;

import news.parley.core.problem.Problem;

import java.util.List;

/** What every build and check returns: its problems, sorted by place, errors and warnings together. */
public interface Outcome {
    List<Problem> problems();

    /** Whether any problem is an error: then a build wrote nothing. */
    default boolean failed() {
        return problems().stream().anyMatch(Problem::isError);
    }

    default long errors() {
        return problems().stream().filter(Problem::isError).count();
    }

    default long warnings() {
        return problems().size() - errors();
    }
}
