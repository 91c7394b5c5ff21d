package news.parley.site;

import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Writes a build so that a failed or interrupted build leaves the published site as it was. Parley
 * marks the folders it makes and never deletes one without its mark. It works in one of two ways:
 * <ul>
 * <li>A <em>full</em> build writes every file into a fresh folder beside the output and swaps it in.
 * It is taken when there is no published site, with {@code --clean}, and whenever the cache does not
 * describe the published site.</li>
 * <li>An <em>update</em> stages only the files whose fingerprint changed, then, once everything
 * succeeded, moves them into the published site and deletes the files the build no longer makes.
 * Every file is replaced whole (a rename), and the marker says "updating" until the update is done,
 * so that an update cut short is followed by a full build. Linking or copying every unchanged file
 * into a new folder, and deleting the old one, would cost a rebuild more than everything else.</li>
 * </ul>
 */
final class StagedOutput implements Output, AutoCloseable {
    static final String MARKER = ".parley-build";
    private static final String UPDATING = "updating";

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
        this.update = cache.describes(publishedSite(target));
    }

    private static String publishedSite(Path target) {
        try {
            Path marker = target.resolve(MARKER);
            return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) ? Files.readString(marker).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    static StagedOutput begin(Path source, Path target, BuildCache cache, boolean verify) {
        Path output = target.toAbsolutePath().normalize();
        refuseUnsafe(source.toAbsolutePath().normalize(), output);
        try {
            Files.createDirectories(output.getParent());
            removeLeftovers(output);
            Path staging = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".parley-");
            readableByAll(staging);
            Files.writeString(staging.resolve(MARKER), "");
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
                        && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(sibling.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /** Stops the build, before it touches anything, when {@code output} is no place to write a site. */
    static void refuseUnsafe(Path source, Path output) {
        String why = whyUnsafe(source, output, Path.of(System.getProperty("user.home")).toAbsolutePath().normalize());
        if (why != null) {
            throw new ContentException(Problem.error(output.toString(), 0, 0, "refusing this output folder: it " + why));
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
        for (String input : new String[]{"articles", "actors", "countries", "templates", "static", "site.yaml"}) {
            if (output.startsWith(source.resolve(input))) {
                return "lies inside the source's " + input;
            }
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
            return "holds files that Parley did not make (no " + MARKER + " marker); choose an empty or new folder";
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
                : resolve(path);
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
        Path file = inside(target, path);
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

    private Path resolve(String path) {
        return inside(staging, path);
    }

    /** {@code path} under {@code root}, refusing any that leads out of it. */
    private static Path inside(Path root, String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        return file;
    }

    int reused() {
        return reused.get();
    }

    /** Copies the editor's static files into the site as they are; they win over generated files. */
    void copy(Path from, List<String> files) {
        for (String file : files) {
            try {
                write(file, Files.readAllBytes(from.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy static file " + file, e);
            }
        }
    }

    int files() {
        return written.size();
    }

    /** Makes the new site the published one; returns its identity, which its marker holds. */
    String commit() {
        String site = cache.site();
        if (update) {
            commitUpdate(site);
        } else {
            commitFull(site);
        }
        return site;
    }

    /**
     * Deletes what the build no longer makes, then moves each staged file into place. Until the marker
     * names the new build, the next build does not trust the published site and makes it whole.
     */
    private void commitUpdate(String site) {
        try {
            Files.writeString(target.resolve(MARKER), UPDATING + "\n");
            Set<Path> emptied = new HashSet<>();
            for (String path : cache.previousFiles()) {
                if (!written.contains(path)) {
                    Path file = inside(target, path);
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
                Path file = inside(target, entry.getKey());
                if (throughLink(file)) {
                    throw new IOException(entry.getKey() + " lies in a folder of the site that is a symbolic link, which"
                            + " Parley does not write through; build with --clean to replace the site whole");
                }
                moveIn(entry.getValue(), file);
            }
            Files.writeString(target.resolve(MARKER), site + "\n");
            committed = true;
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot update the site at " + target + "; the next build makes it whole",
                    e instanceof IOException io ? io : new IOException(e));
        }
        deleteTree(staging);
    }

    /**
     * Moves a staged file to its place in the site, replacing what is there. Most places' folders
     * exist already, so the move is tried first and the folder made only when it is missing.
     */
    private void moveIn(Path from, Path to) throws IOException {
        try {
            move(from, to);
        } catch (java.nio.file.NoSuchFileException e) {
            Files.createDirectories(to.getParent());
            move(from, to);
        } catch (IOException e) {
            if (!Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            deleteTree(to); // a folder of the last build where a file now goes
            move(from, to);
        }
    }

    /** Folders of the published site known not to be links. */
    private final Set<Path> plainFolders = new HashSet<>();

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
            } catch (java.nio.file.NoSuchFileException e) {
                continue;
            }
            Files.delete(at);
        }
    }

    /** Puts the new site in place of the old one; if that fails half-way, the old one goes back. */
    private void commitFull(String site) {
        Path old = null;
        try {
            // The marker names this build, which is what its cache will describe.
            Files.writeString(staging.resolve(MARKER), site + "\n");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target);
                }
                throw e;
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new site in place at " + target, e);
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
