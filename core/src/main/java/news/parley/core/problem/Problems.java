package news.parley.core.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects problems during one stage so that an editor sees all of them at once, not the first. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        list.addAll(problems);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** Every problem once (a template shared by many pages fails once), sorted by place. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted().toList();
    }

    /** Stops the build when anything so far is an error; warnings travel on with the result. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new ContentException(sorted());
        }
    }
}
