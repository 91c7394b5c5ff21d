package news.parley.site;

import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Writes a build into a fresh folder beside the output and swaps it in only once everything
 * succeeded, so that a failed or interrupted build leaves the published site as it was. Parley
 * marks the folders it makes and never deletes one without its mark.
 */
final class StagedOutput implements Output, AutoCloseable {
    static final String MARKER = ".parley-build";

    private final Path target;
    private final Path staging;
    private final BuildCache cache;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    /** Folders already made in the staging folder: most files share one, and asking the disk each time is slow. */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Files written so far: a second write of one (a static file over a generated one) replaces it. */
    private final java.util.Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private boolean committed;
    /** Whether the published site is the one the cache describes, so that its files may be reused. */
    private final boolean reusable;

    private StagedOutput(Path target, Path staging, BuildCache cache) {
        this.target = target;
        this.staging = staging;
        this.cache = cache;
        this.reusable = cache.describes(publishedSite(target));
    }

    private static String publishedSite(Path target) {
        try {
            Path marker = target.resolve(MARKER);
            return Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) ? Files.readString(marker).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    static StagedOutput begin(Path source, Path target, BuildCache cache) {
        Path output = target.toAbsolutePath().normalize();
        refuseUnsafe(source.toAbsolutePath().normalize(), output);
        try {
            Files.createDirectories(output.getParent());
            removeLeftovers(output);
            Path staging = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".parley-");
            readableByAll(staging);
            Files.writeString(staging.resolve(MARKER), "");
            return new StagedOutput(output, staging, cache);
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

    private static void refuseUnsafe(Path source, Path output) {
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

    @Override
    public void write(String path, byte[] content) {
        cache.forget(path);
        store(path, content);
    }

    private void store(String path, byte[] content) {
        Path file = resolve(path);
        try {
            folder(file.getParent());
            // A file already here may be a link to the published site's copy: never write through it.
            if (!written.add(path)) {
                Files.deleteIfExists(file);
            }
            Files.write(file, content);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Where the published site holds the file the last build made from the same fingerprint, links it
     * into the new site instead of making it again: same bytes, no rendering, no copying.
     */
    @Override
    public void write(String path, String fingerprint, Supplier<byte[]> content) {
        if (cache.sameFile(path, fingerprint) && reusable) {
            Path previous = target.resolve(path);
            Path file = resolve(path);
            try {
                if (Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)) {
                    folder(file.getParent());
                    Files.createLink(file, previous);
                    written.add(path);
                    files.incrementAndGet();
                    reused.incrementAndGet();
                    return;
                }
            } catch (IOException | UnsupportedOperationException e) {
                // fall through and make it anew
            }
        }
        store(path, content.get());
    }

    private void folder(Path dir) throws IOException {
        if (!folders.contains(dir)) {
            Files.createDirectories(dir);
            folders.add(dir);
        }
    }

    private Path resolve(String path) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
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
        return files.get();
    }

    /** Puts the new site in place of the old one; if that fails half-way, the old one goes back. */
    void commit() {
        Path old = null;
        try {
            // The marker names this build, which is what its cache will describe.
            Files.writeString(staging.resolve(MARKER), cache.site() + "\n");
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
