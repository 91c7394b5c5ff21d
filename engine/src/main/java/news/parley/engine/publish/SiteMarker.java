package news.parley.engine.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The file {@value #NAME} at the root of every site Parley publishes: it marks the folder as Parley's
 * (Parley never deletes or replaces a folder without it) and names the build that made it, which
 * the next build compares with what its cache describes. While an update moves files in, it says
 * {@value #UPDATING}, so that an update cut short is followed by a full build.
 */
public final class SiteMarker {
    public static final String NAME = ".parley-build";
    static final String UPDATING = "updating";

    private SiteMarker() {
    }

    /** The build the site in {@code folder} says it is, or "" when it says none. */
    static String read(Path folder) {
        try {
            Path marker = folder.resolve(NAME);
            return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) ? Files.readString(marker).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    static boolean isIn(Path folder) {
        return Files.exists(folder.resolve(NAME), LinkOption.NOFOLLOW_LINKS);
    }

    static void write(Path folder, String site) throws IOException {
        Files.writeString(folder.resolve(NAME), site.isEmpty() ? "" : site + "\n");
    }
}
