package news.parley.engine.publish;

import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps a build from replacing a folder that is no place for a site: the home folder, the source or
 * a folder within it, a file, or a folder of someone else's files. Checked before anything is written.
 */
public final class OutputGuard {
    private static final String[] INPUTS = {"articles", "actors", "countries", "templates", "static", "site.yaml"};

    private OutputGuard() {
    }

    /** Stops the build with a problem naming {@code output} when it may not be replaced. */
    public static void refuseUnsafe(Path source, Path output) {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        Path absolute = output.toAbsolutePath().normalize();
        String why = whyUnsafe(source.toAbsolutePath().normalize(), absolute, home);
        if (why != null) {
            throw new ContentException(Problem.error(absolute.toString(), 0, 0, "refusing this output folder: it " + why));
        }
    }

    /** Why a build must not replace {@code output}, or null when it may. Paths are absolute and normal. */
    static String whyUnsafe(Path source, Path output, Path home) {
        if (output.getParent() == null) {
            return "is the file system root";
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return "is not a folder (a file or a link is never replaced)";
        }
        if (output.equals(home)) {
            return "is the home folder";
        }
        if (output.equals(source)) {
            return "is the source folder";
        }
        if (source.startsWith(output)) {
            return "contains the source folder";
        }
        for (String input : INPUTS) {
            if (output.startsWith(source.resolve(input))) {
                return "lies inside the source's " + input;
            }
        }
        if (Files.isDirectory(output) && !SiteMarker.isIn(output) && !isEmpty(output)) {
            return "holds files that Parley did not make (no " + SiteMarker.NAME + " marker); choose an empty or new folder";
        }
        return null;
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
