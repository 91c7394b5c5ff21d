package news.parley.core.problem;

import java.util.List;

/** The content cannot be built; carries every problem found, sorted. Never a bug in Parley. */
public final class ContentException extends RuntimeException {
    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.isEmpty() ? "content problems" : problems.get(0).format()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
