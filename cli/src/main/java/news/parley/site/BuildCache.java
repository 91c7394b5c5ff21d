package news.parley.site;

import news.parley.core.model.ArticleBody;
import news.parley.core.problem.Problem;
import news.parley.core.problem.Severity;
import news.parley.core.site.Fingerprint;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What one build leaves for the next, in a file beside the output folder (never inside it, so that
 * it is not published): each article's rendered body by the fingerprint of everything it depends on,
 * and the fingerprint of every file of the site. Every key also holds the fingerprint of Parley's own
 * code, so a new Parley never reuses an old one's work. A missing or unreadable cache is an empty one.
 */
final class BuildCache {
    private static final int FORMAT = 2;

    /** An article's body as the Markdown stage made it, with the warnings it raised. */
    record Body(ArticleBody body, List<Problem> warnings) {
    }

    private final Path file;
    private final String code;
    private final Map<String, Body> oldBodies;
    private final Map<String, String> oldFiles;
    private final String oldSite;
    private final Map<String, Body> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> files = new ConcurrentHashMap<>();

    private BuildCache(Path file, String code, Map<String, Body> oldBodies, Map<String, String> oldFiles,
                       String oldSite) {
        this.file = file;
        this.code = code;
        this.oldBodies = oldBodies;
        this.oldFiles = oldFiles;
        this.oldSite = oldSite;
    }

    static Path location(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".parley-cache");
    }

    /** The cache beside {@code output}, or an empty one when {@code clean} or when there is none. */
    static BuildCache open(Path output, boolean clean) {
        Path file = location(output);
        String code = codeFingerprint();
        Map<String, Body> bodies = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        String site = "";
        if (!clean && Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readInt() == FORMAT && in.readUTF().equals(code)) {
                    site = in.readUTF();
                    for (int n = in.readInt(); n > 0; n--) {
                        bodies.put(in.readUTF(), readBody(in));
                    }
                    for (int n = in.readInt(); n > 0; n--) {
                        files.put(in.readUTF(), in.readUTF());
                    }
                }
            } catch (IOException | RuntimeException e) {
                bodies.clear();
                files.clear();
            }
        }
        return new BuildCache(file, code, bodies, files, site);
    }

    /** The key of an article's body: everything the Markdown stage reads, and Parley's code. */
    String bodyKey(String... inputs) {
        String[] parts = new String[inputs.length + 1];
        parts[0] = code;
        System.arraycopy(inputs, 0, parts, 1, inputs.length);
        return Fingerprint.of(parts);
    }

    Body body(String key) {
        Body body = oldBodies.get(key);
        if (body != null) {
            bodies.put(key, body);
        }
        return body;
    }

    void putBody(String key, Body body) {
        bodies.put(key, body);
    }

    int bodiesReused() {
        return (int) bodies.keySet().stream().filter(oldBodies::containsKey).count();
    }

    /**
     * Whether the published site is the one this cache describes: its marker names the same build.
     * After a cache that could not be saved, two builds into one folder, or a site restored by hand,
     * they differ, and then no file is reused.
     */
    boolean describes(String publishedSite) {
        return !oldSite.isEmpty() && oldSite.equals(publishedSite);
    }

    /** Whether the previous build made {@code path} from the same fingerprint; records it for the next. */
    boolean sameFile(String path, String fingerprint) {
        files.put(path, fingerprint);
        return fingerprint.equals(oldFiles.get(path));
    }

    /** A file written without a fingerprint (a static file, say) is never reused by the next build. */
    void forget(String path) {
        files.remove(path);
    }

    /** This build's identity: a digest of every file it made from a fingerprint. */
    String site() {
        StringBuilder all = new StringBuilder();
        files.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> all.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        return Fingerprint.of(code, all.toString());
    }

    /** Saves what this build made; entries for articles and files that are gone are dropped. */
    void save(String site) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeUTF(code);
            out.writeUTF(site);
            out.writeInt(bodies.size());
            for (Map.Entry<String, Body> entry : bodies.entrySet()) {
                out.writeUTF(entry.getKey());
                writeBody(out, entry.getValue());
            }
            out.writeInt(files.size());
            for (Map.Entry<String, String> entry : files.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue());
            }
        } catch (IOException e) {
            return; // a cache that cannot be saved only makes the next build slower
        }
        try {
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    private static void writeBody(DataOutputStream out, Body body) throws IOException {
        ArticleBody b = body.body();
        writeLong(out, b.html());
        writeLong(out, b.summary());
        out.writeInt(b.mentioned().size());
        for (String id : b.mentioned()) {
            out.writeUTF(id);
        }
        out.writeInt(b.links().size());
        for (ArticleBody.BodyLink link : b.links()) {
            writeLong(out, link.url());
            out.writeInt(link.line());
            out.writeInt(link.column());
        }
        out.writeInt(body.warnings().size());
        for (Problem p : body.warnings()) {
            out.writeUTF(p.path());
            out.writeInt(p.line());
            out.writeInt(p.column());
            out.writeUTF(p.severity().name());
            writeLong(out, p.message());
        }
    }

    private static Body readBody(DataInputStream in) throws IOException {
        String html = readLong(in);
        String summary = readLong(in);
        List<String> mentioned = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            mentioned.add(in.readUTF());
        }
        List<ArticleBody.BodyLink> links = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            links.add(new ArticleBody.BodyLink(readLong(in), in.readInt(), in.readInt()));
        }
        List<Problem> warnings = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            warnings.add(new Problem(in.readUTF(), in.readInt(), in.readInt(), Severity.valueOf(in.readUTF()),
                    readLong(in)));
        }
        return new Body(new ArticleBody(html, summary, mentioned, links), warnings);
    }

    /** UTF-8 text of any length (writeUTF stops at 64 KB). */
    private static void writeLong(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Parley's own code, by the bytes of its jar (or, in development, of its class files). */
    private static String codeFingerprint() {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Class<?> type : List.of(Site.class, news.parley.render.page.Pages.class, news.parley.feeds.Feeds.class,
                news.parley.core.index.SiteIndex.class)) {
            try {
                Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                List<Path> files;
                if (Files.isDirectory(location)) {
                    try (Stream<Path> walk = Files.walk(location)) {
                        files = walk.filter(Files::isRegularFile).sorted().toList();
                    }
                } else {
                    files = List.of(location);
                }
                for (Path f : files) {
                    digest.update(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                digest.update(Long.toString(System.nanoTime()).getBytes()); // unknown code: never reuse
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }
}
