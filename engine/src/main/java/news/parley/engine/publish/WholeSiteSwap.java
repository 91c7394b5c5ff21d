package news.parley.engine.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Publishes a full build: the staged folder, which holds the whole new site, takes the published
 * one's place by two renames. If the second fails, the old site goes back.
 */
final class WholeSiteSwap {
    private WholeSiteSwap() {
    }

    static void publish(Path staging, Path target, String site) {
        Path old = null;
        try {
            // The marker names this build, which is what its cache will describe.
            SiteMarker.write(staging, site);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                FileTrees.move(target, old);
            }
            try {
                FileTrees.move(staging, target);
            } catch (IOException e) {
                if (old != null) {
                    FileTrees.move(old, target);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place at " + target, e);
        }
        if (old != null) {
            FileTrees.deleteTree(old);
        }
    }
}
