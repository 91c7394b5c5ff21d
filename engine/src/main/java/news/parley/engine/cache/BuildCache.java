package news.parley.engine.cache;

import news.parley.core.index.SiteIndex;
import news.parley.core.load.ArticleMemo;
import news.parley.core.model.ArticleBody;
import news.parley.core.problem.Problem;
import news.parley.core.site.Fingerprint;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one build leaves for the next, beside the output folder (never inside it, so that it is not
 * published): what each article file parsed to, by its size and modification time; each article's
 * rendered body by the fingerprint of everything it depends on; text derived from bodies (feeds'
 * copies); and for every file of the site the fingerprint it was made from. It holds for one version
 * of Parley's code only ({@link CodeVersion}). A missing, damaged or foreign cache is an empty one.
 * <p>
 * The entries are kept in a log ({@link CacheLog}), and bodies' HTML in a pack beside it
 * ({@link BodyPack}), read only for the pages and feeds that are made again.
 */
public final class BuildCache implements ArticleMemo, AutoCloseable {
    /** An article's body as the Markdown stage made it, with the warnings it raised. */
    public record Body(ArticleBody body, List<Problem> warnings) {
    }

    private final Path file;
    private final CacheLog log;
    private final String stamp;
    private final String code;
    /** What the last build saved. */
    private final CacheEntries old;
    /** The pack the old bodies are in, or null. */
    private final BodyPack pack;
    private final Map<String, StoredBody> reused = new ConcurrentHashMap<>();
    private final Map<String, Body> made = new ConcurrentHashMap<>();
    private final Map<String, Span> reusedTexts = new ConcurrentHashMap<>();
    private final Map<String, String> madeTexts = new ConcurrentHashMap<>();
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Map<String, CacheRecords.Remembered> memo = new ConcurrentHashMap<>();
    private SiteIndex.RelatedTable related;

    private BuildCache(Path file, CacheLog log, String stamp, String code, CacheEntries old, BodyPack pack) {
        this.file = file;
        this.log = log;
        this.stamp = stamp;
        this.code = code;
        this.old = old;
        this.pack = pack;
    }

    /** Where the cache of a site built into {@code output} lives. */
    public static Path location(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".parley-cache");
    }

    /** The cache beside {@code output}, or an empty one when {@code clean}, when there is none or when it is unusable. */
    public static BuildCache open(Path output, boolean clean) {
        Path file = location(output);
        // Where the code lies is looked up once: the stamp reads it, and the fingerprint when it must.
        Set<URL> code = CodeVersion.locations();
        String stamp = CodeVersion.stamp(code);
        CacheLog log = new CacheLog(file);
        String version = null;
        if (!clean && Files.isRegularFile(file)) {
            BodyPack pack = null;
            try {
                CacheLog.Contents contents = log.read(stamp, () -> CodeVersion.fingerprint(code));
                version = contents.code();
                CacheEntries entries = contents.entries();
                if (entries.pack != null) {
                    if (!entries.withinPack()) {
                        throw new IOException("the cache points outside its pack");
                    }
                    pack = BodyPack.open(file, entries.pack, entries.packLength);
                    return new BuildCache(file, log, stamp, version, entries, pack);
                }
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                if (pack != null) {
                    pack.close();
                }
                log = new CacheLog(file);
            }
        }
        return new BuildCache(file, log, stamp, version != null ? version : CodeVersion.fingerprint(code),
                new CacheEntries(),
                null);
    }

    @Override
    public void close() {
        if (pack != null) {
            pack.close();
        }
    }

    @Override
    public Entry find(String path, Stamp stamp) {
        CacheRecords.Remembered known = old.memo.get(path);
        if (known == null || !known.stamp().equals(stamp)) {
            return null;
        }
        memo.put(path, known);
        return known.entry();
    }

    @Override
    public void keep(String path, Stamp stamp, Entry entry) {
        memo.put(path, new CacheRecords.Remembered(stamp, entry));
    }

    /** The related articles the last build found, if its site had this structure; else null. */
    public SiteIndex.RelatedTable related(String structure, int limit, int articles) {
        SiteIndex.RelatedTable table = old.related;
        if (table == null || !table.structure().equals(structure) || table.limit() != limit
                || table.pairs().length != articles * limit * 2) {
            return null;
        }
        for (int i = 0; i < table.pairs().length; i += 2) {
            if (table.pairs()[i] < -1 || table.pairs()[i] >= articles) {
                return null; // not what this build saved: find them again
            }
        }
        return table;
    }

    public void keepRelated(SiteIndex.RelatedTable table) {
        related = table;
    }

    /** The key of an article's body: everything the Markdown stage reads, and Parley's code. */
    public String bodyKey(String... inputs) {
        String[] parts = new String[inputs.length + 1];
        parts[0] = code;
        System.arraycopy(inputs, 0, parts, 1, inputs.length);
        return Fingerprint.of(parts);
    }

    /** The body made from the same inputs by an earlier build, its HTML left in the pack until asked for; or null. */
    public Body body(String key) {
        StoredBody stored = old.bodies.get(key);
        if (stored == null) {
            return null;
        }
        reused.put(key, stored);
        return new Body(ArticleBody.stored(() -> pack.read(stored.html()), stored.summary(),
                stored.mentioned(), stored.links()), stored.warnings());
    }

    public void putBody(String key, Body body) {
        made.put(key, body);
    }

    /**
     * The text an earlier build kept under {@code key} (which must cover Parley's code and all the text
     * is made from), or else what {@code make} gives, kept for the next build.
     */
    /** The text kept under {@code key}, by an earlier build or this one, kept for the next; or null. */
    public String kept(String key) {
        Span span = old.texts.get(key);
        if (span != null) {
            reusedTexts.put(key, span);
            return pack.read(span);
        }
        return madeTexts.get(key);
    }

    public String text(String key, Supplier<String> make) {
        Span span = old.texts.get(key);
        if (span != null) {
            reusedTexts.put(key, span);
            return pack.read(span);
        }
        return madeTexts.computeIfAbsent(key, k -> make.get());
    }

    public int bodiesReused() {
        return reused.size();
    }

    /**
     * Whether the published site is the one this cache describes: its marker names the same build.
     * After a cache that could not be saved, an interrupted update, two builds into one folder, or a
     * site restored by hand, they differ, and then no file is reused.
     */
    public boolean describes(String publishedSite) {
        return !old.site.isEmpty() && old.site.equals(publishedSite);
    }

    /** The fingerprint the previous build made {@code path} from, or null. */
    public String previous(String path) {
        return old.files.get(path);
    }

    /** The slug each article file had in the last build, by the file's path. */
    public Map<String, String> previousSlugs() {
        Map<String, String> slugs = new HashMap<>();
        old.memo.forEach((path, remembered) -> slugs.put(path, remembered.entry().article().slug()));
        return slugs;
    }

    /** Every file the previous build made. */
    public Set<String> previousFiles() {
        return old.files.keySet();
    }

    /** Records what this build made of {@code path}, for the next one. */
    public void record(String path, String fingerprint) {
        files.put(path, fingerprint);
    }

    /** This build's identity: a digest of every file it made and what from. */
    public String site() {
        return Fingerprint.of(code, Fingerprint.unordered(files.entrySet().stream()
                .map(e -> Fingerprint.start().add(e.getKey()).add(e.getValue()))));
    }

    /**
     * Saves what this build made; entries for articles and files that are gone are dropped. New bodies
     * are appended to the pack, unless most of it is no longer used: then all that is still used goes
     * into a new one. A cache that cannot be saved only makes the next build slower.
     */
    public void save(String site) {
        CacheEntries now = new CacheEntries(new HashMap<>(), new HashMap<>(), files, memo);
        now.site = site;
        now.related = related;
        boolean fresh;
        try {
            long live = reused.values().stream().mapToLong(body -> body.html().length()).sum()
                    + reusedTexts.values().stream().mapToLong(Span::length).sum();
            long oldSize = pack == null ? 0 : pack.size();
            fresh = pack == null || oldSize > 2 * live + (1 << 20);
            now.pack = fresh ? BodyPack.newName(file) : pack.name();
            try (FileChannel out = fresh
                    ? FileChannel.open(file.resolveSibling(now.pack), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                    : FileChannel.open(file.resolveSibling(now.pack), StandardOpenOption.WRITE)) {
                BodyPack.Appender into = new BodyPack.Appender(out, fresh ? 0 : oldSize);
                // A new pack takes the live text of the old one; an old one keeps it where it is.
                reused.forEach((key, body) -> now.bodies.put(key, fresh ? body.at(into.copy(pack, body.html())) : body));
                reusedTexts.forEach((key, text) -> now.texts.put(key, fresh ? into.copy(pack, text) : text));
                made.forEach((key, entry) -> {
                    ArticleBody body = entry.body();
                    now.bodies.put(key, new StoredBody(into.append(body.html()), body.summary(), body.mentioned(),
                            body.links(), entry.warnings()));
                });
                madeTexts.forEach((key, text) -> now.texts.put(key, into.append(text)));
                now.packLength = into.end();
            }
            log.save(stamp, code, now, old, fresh);
        } catch (IOException | RuntimeException e) {
            return;
        }
        BodyPack.removeOthers(file, now.pack);
    }
}
