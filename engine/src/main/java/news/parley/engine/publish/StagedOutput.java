package news.parley.engine.publish;

import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Output;
import news.parley.engine.cache.BuildCache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where a build writes, so that a failed or interrupted build leaves the published site as it was.
 * Files go to a staging folder beside the output, which {@link #commit} publishes in one of two ways:
 * <ul>
 * <li>A <em>full</em> build writes every file into the staging folder, which {@link WholeSiteSwap}
 * swaps in. It is taken when there is no published site, with {@code --clean}, and whenever the
 * cache does not describe the published site.</li>
 * <li>An <em>update</em> stages only the files whose fingerprint changed, which {@link InPlaceUpdate}
 * moves into the published site once everything succeeded. Linking or copying every unchanged file
 * into a new folder, and deleting the old one, would cost a rebuild more than everything else.</li>
 * </ul>
 */
public final class StagedOutput implements Output, AutoCloseable {
    private final Path target;
    private final Path staging;
    private final BuildCache cache;
    /** Whether this build updates the published site (which the cache describes) rather than replacing it. */
    private final boolean update;
    /** Whether to make even unchanged files, to check that each is what its fingerprint promised. */
    private final boolean verify;
    /** Files this build makes; a second write of one (a static file over a generated one) replaces it. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /**
     * In an update, the files staged to be moved into the published site, by their path in the site.
     * They wait side by side under numbers, not in a copy of the site's folders: making and then
     * removing a folder per page cost more than the pages when a change touches most of them.
     */
    private final Map<String, Path> staged = new ConcurrentHashMap<>();
    private final AtomicInteger stagedCount = new AtomicInteger();
    /** Folders already made in the staging folder: most files share one, and asking the disk each time is slow. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reused = new AtomicInteger();
    private boolean committed;

    private StagedOutput(Path target, Path staging, BuildCache cache, boolean verify) {
        this.target = target;
        this.staging = staging;
        this.cache = cache;
        this.verify = verify;
        this.update = cache.describes(SiteMarker.read(target));
    }

    /** Starts writing a build of {@code source} that will replace or update {@code target}. */
    public static StagedOutput begin(Path source, Path target, BuildCache cache, boolean verify) {
        Path output = target.toAbsolutePath().normalize();
        OutputGuard.refuseUnsafe(source, output);
        try {
            Files.createDirectories(output.getParent());
            removeLeftovers(output);
            Path staging = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".parley-");
            readableByAll(staging);
            SiteMarker.write(staging, "");
            return new StagedOutput(output, staging, cache, verify);
        } catch (IOException e) {
            throw new ContentException(Problem.error(output.toString(), 0, 0, "cannot create the output folder: " + e));
        }
    }

    /** A temporary folder is private to its owner; a published site must be readable by the web server. */
    private static void readableByAll(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Folders that an interrupted build left beside the output; only those carrying Parley's mark. */
    private static void removeLeftovers(Path output) throws IOException {
        String prefix = "." + output.getFileName() + ".";
        try (var siblings = Files.list(output.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && (name.startsWith(prefix + "parley-") || name.startsWith(prefix + "old-"))
                        && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS) && SiteMarker.isIn(sibling)) {
                    FileTrees.deleteTree(sibling);
                }
            }
        }
    }

    /** A file without a key of its own: its fingerprint is its content's digest. */
    @Override
    public void write(String path, byte[] content) {
        put(path, Fingerprint.ofBytes(content), () -> content);
    }

    /**
     * Where the published site holds the file the last build made from the same fingerprint, leaves it
     * there: no rendering, no writing. With {@code verify}, renders it all the same and fails if its
     * bytes differ from the published ones, which means the fingerprint missed one of its inputs.
     */
    @Override
    public void write(String path, String fingerprint, Supplier<byte[]> content) {
        put(path, fingerprint, content);
    }

    /** From the cache when an earlier build made it; with {@code verify}, made again and compared. */
    @Override
    public String kept(String fingerprint) {
        // --verify-cache makes everything anew, and derived() then checks it against what was kept.
        return verify ? null : cache.kept(fingerprint);
    }

    @Override
    public String derived(String fingerprint, Supplier<String> make) {
        if (!verify) {
            return cache.text(fingerprint, make);
        }
        String made = make.get();
        if (!cache.text(fingerprint, () -> made).equals(made)) {
            throw new IllegalStateException("stale cache: the text kept under " + fingerprint
                    + " is not what this build makes; its fingerprint misses an input");
        }
        return made;
    }

    private void put(String path, String fingerprint, Supplier<byte[]> content) {
        boolean first = written.add(path);
        // The published file is taken to be what the cache says: walking a site of many thousand
        // folders to check would cost more than the rest of a rebuild (--verify-cache reads them all).
        if (first && update && fingerprint.equals(cache.previous(path))) {
            if (verify) {
                verify(path, content.get());
            }
            cache.record(path, fingerprint);
            reused.incrementAndGet();
            return;
        }
        byte[] bytes = content.get();
        // A new fingerprint need not mean new bytes (an actor's new role changes every page's key, and
        // few pages show it): a file the site already holds, byte for byte, stays where it is.
        if (first && update && published(path, bytes)) {
            cache.record(path, fingerprint);
            reused.incrementAndGet();
            return;
        }
        Path file = update ? staged.computeIfAbsent(path, p -> staging.resolve(Integer.toString(stagedCount.incrementAndGet())))
                : FileTrees.inside(staging, path);
        try {
            if (!update) {
                folder(file.getParent());
            }
            Files.deleteIfExists(file);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        cache.record(path, fingerprint);
    }

    /** Whether the published site holds {@code bytes} at {@code path}. */
    private boolean published(String path, byte[] bytes) {
        Path file = FileTrees.inside(target, path);
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
                    && Arrays.equals(bytes, Files.readAllBytes(file));
        } catch (IOException e) {
            return false; // written again, as any changed file
        }
    }

    private void verify(String path, byte[] bytes) {
        try {
            if (!Arrays.equals(bytes, Files.readAllBytes(target.resolve(path)))) {
                throw new IllegalStateException("stale output: " + path + " was kept because its fingerprint did not"
                        + " change, but it is not what this build makes; its fingerprint misses an input");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " to verify it", e);
        }
    }

    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    /** Files taken unchanged from the published site. */
    public int reused() {
        return reused.get();
    }

    /** Files this build makes. */
    public int files() {
        return written.size();
    }

    /** Copies the editor's static files into the site as they are; they win over generated files. */
    public void copy(Path from, List<String> files) {
        for (String file : files) {
            try {
                write(file, Files.readAllBytes(from.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy static file " + file, e);
            }
        }
    }

    /**
     * Which of {@code paths} this build gives other bytes than the published site holds; asked before
     * {@link #commit}. An update knows (it stages exactly those); a full build compares them with the
     * site it is about to replace.
     */
    public Set<String> changed(Set<String> paths) {
        Set<String> changed = new java.util.TreeSet<>();
        for (String path : paths) {
            if (!written.contains(path)) {
                continue;
            }
            if (update ? staged.containsKey(path) : !sameAsPublished(path)) {
                changed.add(path);
            }
        }
        return changed;
    }

    private boolean sameAsPublished(String path) {
        try {
            return published(path, Files.readAllBytes(FileTrees.inside(staging, path)));
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes the new site the published one; returns its identity, which its marker holds. */
    public String commit() {
        String site = cache.site();
        if (update) {
            InPlaceUpdate.publish(target, staged, written, cache.previousFiles(), site);
        } else {
            WholeSiteSwap.publish(staging, target, site);
        }
        committed = true;
        if (update) {
            FileTrees.deleteTree(staging);
        }
        return site;
    }

    @Override
    public void close() {
        if (!committed) {
            FileTrees.deleteTree(staging);
        }
    }
}
