package news.parley.engine;

import java.nio.file.Path;
import java.time.Instant;

/** A build in a JVM of its own, for tests that compare what separate processes make: SOURCE OUTPUT NOW. */
public final class BuildInItsOwnProcess {
    private BuildInItsOwnProcess() {
    }

    public static void main(String[] args) {
        BuildResult result = Site.build(BuildRequest.of(Path.of(args[0]), Path.of(args[1]), Instant.parse(args[2])));
        result.problems().forEach(System.err::println);
        System.exit(result.failed() ? 1 : 0);
    }
}
