package news.parley.engine.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes an update: deletes what the build no longer makes, then moves each staged file into the
 * published site, each replaced whole by a rename. Until the marker names the new build, the next
 * build does not trust the published site and makes it whole. It never writes or deletes through a
 * symbolic link inside the site.
 */
final class InPlaceUpdate {
    private final Path target;
    /** Folders of the published site known not to be links. */
    private final Set<Path> plainFolders = new HashSet<>();

    private InPlaceUpdate(Path target) {
        this.target = target;
    }

    /**
     * @param staged   the files to move in, by their path in the site
     * @param made     every file the new build makes (staged or left in place)
     * @param previous every file the last build made
     */
    static void publish(Path target, Map<String, Path> staged, Set<String> made, Set<String> previous, String site) {
        try {
            new InPlaceUpdate(target).apply(staged, made, previous, site);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot update the site at " + target + "; the next build makes it whole",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private void apply(Map<String, Path> staged, Set<String> made, Set<String> previous, String site)
            throws IOException {
        SiteMarker.write(target, SiteMarker.UPDATING);
        Set<Path> emptied = new HashSet<>();
        for (String path : previous) {
            if (!made.contains(path)) {
                Path file = FileTrees.inside(target, path);
                if (!throughLink(file)) {
                    Files.deleteIfExists(file);
                    emptied.add(file.getParent());
                }
            }
        }
        for (Path dir : emptied) {
            removeEmpty(dir);
        }
        for (Map.Entry<String, Path> entry : staged.entrySet()) {
            Path file = FileTrees.inside(target, entry.getKey());
            if (throughLink(file)) {
                throw new IOException(entry.getKey() + " lies in a folder of the site that is a symbolic link, which"
                        + " Parley does not write through; build without the cache (--clean, or -Dparley.clean with Maven) to replace the site whole");
            }
            moveIn(entry.getValue(), file);
        }
        SiteMarker.write(target, site);
    }

    /**
     * Moves a staged file to its place in the site, replacing what is there. Most places' folders
     * exist already, so the move is tried first and the folder made only when it is missing.
     */
    private static void moveIn(Path from, Path to) throws IOException {
        try {
            FileTrees.move(from, to);
        } catch (NoSuchFileException e) {
            Files.createDirectories(to.getParent());
            FileTrees.move(from, to);
        } catch (IOException e) {
            if (!Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            FileTrees.deleteTree(to); // a folder of the last build where a file now goes
            FileTrees.move(from, to);
        }
    }

    /** Whether a folder between the site's root and {@code file} is a link, which an update must not follow. */
    private boolean throughLink(Path file) {
        List<Path> checked = new ArrayList<>();
        for (Path at = file.getParent(); at != null && !at.equals(target) && !plainFolders.contains(at);
             at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                return true;
            }
            checked.add(at);
        }
        plainFolders.addAll(checked);
        return false;
    }

    /** Deletes a folder the update emptied, and its parents that it leaves empty, up to the site's root. */
    private void removeEmpty(Path dir) throws IOException {
        for (Path at = dir; at != null && at.startsWith(target) && !at.equals(target); at = at.getParent()) {
            try (var entries = Files.list(at)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            Files.delete(at);
        }
    }
}
