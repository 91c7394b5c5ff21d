package news.parley.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a command reads of the process that ran it: the folder relative paths start from, the
 * environment variables Parley heeds, and whether a person watches at a terminal. A command run by
 * the build server (see {@link BuildServer}) gets its client's, not the server's.
 *
 * @param directory   the folder relative paths start from; null for this process's own
 * @param environment the variables Parley reads ({@link #VARIABLES})
 * @param terminal    whether output goes to a terminal (progress lines, colours)
 */
record Invocation(Path directory, Map<String, String> environment, boolean terminal) {
    /** Every environment variable a command reads. */
    static final java.util.List<String> VARIABLES = java.util.List.of("SOURCE_DATE_EPOCH", "NO_COLOR");

    Invocation {
        environment = Map.copyOf(environment);
    }

    /** This process's. */
    static Invocation current() {
        Map<String, String> environment = new java.util.HashMap<>();
        for (String name : VARIABLES) {
            String value = System.getenv(name);
            if (value != null) {
                environment.put(name, value);
            }
        }
        return new Invocation(null, environment, System.console() != null);
    }

    String variable(String name) {
        return environment.get(name);
    }

    /** {@code path} as the invoking process means it. */
    Path resolve(Path path) {
        return directory == null ? path : directory.resolve(path);
    }
}
