package news.parley.core.problem;

import java.util.Comparator;

/**
 * Something wrong with the content, at a place an editor can find: the path is relative to the
 * content root and uses forward slashes; line and column start at 1, and 0 means "the whole file".
 */
public record Problem(String path, int line, int column, Severity severity, String message)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public static Problem error(String path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style line editors and their tools already understand: {@code path:line:col: severity: message}. */
    public String format() {
        return place() + ": " + severity.label() + ": " + message;
    }

    /** Where it is, as {@code path:line:col}, for tools that say the severity their own way (Maven's log). */
    public String place() {
        return path + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
