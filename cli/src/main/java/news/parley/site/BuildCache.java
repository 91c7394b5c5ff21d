package news.parley.site;

import news.parley.core.index.SiteIndex;
import news.parley.core.load.ArticleMemo;
import news.parley.core.model.Article;
import news.parley.core.model.ArticleBody;
import news.parley.core.problem.Problem;
import news.parley.core.problem.Severity;
import news.parley.core.site.Fingerprint;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What one build leaves for the next, beside the output folder (never inside it, so that it is not
 * published): what each article file parsed to, by its size and modification time; each article's
 * rendered body by the fingerprint of everything it depends on; and for every file of the site the
 * fingerprint it was made from (a page's key, or a plain file's own digest). The whole cache holds for one version of Parley's code
 * only, so a new Parley never reuses an old one's work. A missing or unreadable cache is an empty one.
 * <p>
 * Bodies' HTML, and text derived from it such as feeds' copies with absolute links, lives in a pack
 * file that builds append to and that is read only for the pages and feeds that are made again; the cache file names the pack (a new one is written, under a new name, when most
 * of the old one is no longer used), so that a build cut short never leaves a cache pointing into a
 * pack that changed under it.
 */
final class BuildCache implements ArticleMemo, AutoCloseable {
    private static final int FORMAT = 6;
    /** What starts each batch of the cache file. */
    private static final int BATCH = 0x50726c79;
    /** Record tags in a batch: an entry put, or with {@link #GONE} set, removed. */
    private static final byte BODY = 1;
    private static final byte TEXT = 2;
    private static final byte FILE = 3;
    private static final byte MEMO = 4;
    private static final byte RELATED = 5;
    private static final byte END = 0;
    private static final byte GONE = 0x40;
    private static final String PACK = ".bodies-";

    /** An article's body as the Markdown stage made it, with the warnings it raised. */
    record Body(ArticleBody body, List<Problem> warnings) {
    }

    private record Remembered(Stamp stamp, Entry entry) {
    }

    /** Where text lies in the pack: a body's HTML, or a feed's copy of it. */
    private record Span(long offset, int length) {
        boolean within(long packLength) {
            return offset >= 0 && length >= 0 && offset + length <= packLength;
        }
    }

    /** A body: its HTML in the pack, the rest at hand. */
    private record Stored(Span html, String summary, List<String> mentioned, List<ArticleBody.BodyLink> links,
                          List<Problem> warnings) {
        Stored at(Span moved) {
            return new Stored(moved, summary, mentioned, links, warnings);
        }
    }

    private final Path file;
    /** The size of the cache file this one was read from, or 0. */
    private final long oldSize;
    /** The jar's path, size and modification time, or empty when Parley runs from class folders. */
    private final String stamp;
    private final String code;
    private final String oldSite;
    /** The pack the old bodies are in, or null. */
    private final Pack pack;
    private final Map<String, Stored> oldBodies;
    private final Map<String, String> oldFiles;
    private final Map<String, Remembered> oldMemo;
    private final Map<String, Stored> reused = new ConcurrentHashMap<>();
    private final Map<String, Body> made = new ConcurrentHashMap<>();
    private final Map<String, Span> oldTexts;
    private final Map<String, Span> reusedTexts = new ConcurrentHashMap<>();
    private final Map<String, String> madeTexts = new ConcurrentHashMap<>();
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Map<String, Remembered> memo = new ConcurrentHashMap<>();
    private final SiteIndex.RelatedTable oldRelated;
    private SiteIndex.RelatedTable related;
    /** Where the cache file read ends, for the next batch; null when the next save must write a new file. */
    private final Journal journal;

    private BuildCache(Path file, String stamp, String code, String oldSite, Pack pack, Map<String, Stored> oldBodies,
                       Map<String, Span> oldTexts, Map<String, String> oldFiles, Map<String, Remembered> oldMemo,
                       SiteIndex.RelatedTable oldRelated, long oldSize, Journal journal) {
        this.journal = journal;
        this.oldTexts = oldTexts;
        this.oldSize = oldSize;
        this.oldRelated = oldRelated;
        this.stamp = stamp;
        this.file = file;
        this.code = code;
        this.oldSite = oldSite;
        this.pack = pack;
        this.oldBodies = oldBodies;
        this.oldFiles = oldFiles;
        this.oldMemo = oldMemo;
    }

    /**
     * Where the cache file read ends its first batch (everything the build that wrote the file saved),
     * or -1 when the next save must write a new file; and where its last complete batch ends.
     */
    private record Journal(long snapshotEnd, long end) {
    }

    /** A pack file of bodies' HTML, read at offsets from any thread. */
    private record Pack(String name, FileChannel channel) {
        String read(Span span) {
            return new String(bytes(span), StandardCharsets.UTF_8);
        }

        byte[] bytes(Span span) {
            ByteBuffer buffer = ByteBuffer.allocate(span.length());
            try {
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, span.offset() + buffer.position()) < 0) {
                        throw new IOException("the pack ends early");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the build cache's " + name
                        + "; build again with --clean", e);
            }
            return buffer.array();
        }
    }

    static Path location(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".parley-cache");
    }

    /** The cache beside {@code output}, or an empty one when {@code clean} or when there is none. */
    static BuildCache open(Path output, boolean clean) {
        Path file = location(output);
        String stamp = codeStamp();
        String code = null;
        Map<String, Stored> bodies = new HashMap<>();
        Map<String, Span> texts = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        Map<String, Remembered> memo = new HashMap<>();
        String site = "";
        Pack pack = null;
        SiteIndex.RelatedTable related = null;
        Journal journal = null;
        long size = 0;
        if (!clean && Files.isRegularFile(file)) {
            try {
                // One read and a walk over the bytes: a stream read field by field costs more than the rest of a rebuild.
                Reader in;
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    size = channel.size();
                    // Windows cannot replace a file while it is mapped, and the cache is replaced at the end.
                    in = new Reader(System.getProperty("os.name", "").startsWith("Windows")
                            ? ByteBuffer.wrap(Files.readAllBytes(file))
                            : channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
                }
                boolean known = in.readInt() == FORMAT;
                String oldStamp = known ? in.readText() : "";
                String oldCode = known ? in.readText() : "";
                // The same jar, by path, size and time, is the same code: spare digesting it again.
                code = !stamp.isEmpty() && stamp.equals(oldStamp) ? oldCode : codeFingerprint();
                if (known && code.equals(oldCode)) {
                    Log log = new Log(bodies, texts, files, memo);
                    int first = -1;
                    // Each build appended one batch; one cut short left a torn last batch, which ends the log.
                    for (ByteBuffer batch = in.nextBatch(); batch != null; batch = in.nextBatch()) {
                        log.apply(new Reader(batch));
                        first = first < 0 ? in.position() : first;
                    }
                    if (log.pack != null) {
                        // The cache names a pack beside it and nothing else, whatever the file says.
                        if (!log.pack.matches(java.util.regex.Pattern.quote(file.getFileName() + PACK) + "[0-9a-f]{1,16}")) {
                            throw new IOException("the cache names no pack of its own");
                        }
                        Path packFile = file.resolveSibling(log.pack);
                        if (Files.isSymbolicLink(packFile) || Files.size(packFile) < log.packLength) {
                            throw new IOException("the pack is not the one the cache describes");
                        }
                        for (Stored body : bodies.values()) {
                            if (!body.html().within(log.packLength)) {
                                throw new IOException("a body lies outside the pack");
                            }
                        }
                        for (Span span : texts.values()) {
                            if (!span.within(log.packLength)) {
                                throw new IOException("a text lies outside the pack");
                            }
                        }
                        pack = new Pack(log.pack, FileChannel.open(packFile, StandardOpenOption.READ,
                                LinkOption.NOFOLLOW_LINKS));
                        site = log.site;
                        related = log.related;
                        journal = new Journal(stamp.equals(oldStamp) ? first : -1, in.position());
                    }
                }
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                site = "";
                bodies.clear();
                texts.clear();
                files.clear();
                memo.clear();
                related = null;
                journal = null;
                if (pack != null) {
                    closeQuietly(pack.channel());
                    pack = null;
                }
            }
        }
        if (code == null) {
            code = codeFingerprint();
        }
        return new BuildCache(file, stamp, code, site, pack, bodies, texts, files, memo, related, size, journal);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // only a read-only handle
        }
    }

    @Override
    public void close() {
        if (pack != null) {
            closeQuietly(pack.channel());
        }
    }

    @Override
    public Entry find(String path, Stamp stamp) {
        Remembered known = oldMemo.get(path);
        if (known == null || !known.stamp().equals(stamp)) {
            return null;
        }
        memo.put(path, known);
        return known.entry();
    }

    @Override
    public void keep(String path, Stamp stamp, Entry entry) {
        memo.put(path, new Remembered(stamp, entry));
    }

    /** The related articles the last build found, if its site had this structure; else null. */
    SiteIndex.RelatedTable related(String structure, int limit, int articles) {
        SiteIndex.RelatedTable old = oldRelated;
        if (old == null || !old.structure().equals(structure) || old.limit() != limit
                || old.pairs().length != articles * limit * 2) {
            return null;
        }
        for (int i = 0; i < old.pairs().length; i += 2) {
            if (old.pairs()[i] < -1 || old.pairs()[i] >= articles) {
                return null; // not what this build saved: find them again
            }
        }
        return old;
    }

    void keepRelated(SiteIndex.RelatedTable table) {
        related = table;
    }

    /** The key of an article's body: everything the Markdown stage reads, and Parley's code. */
    String bodyKey(String... inputs) {
        String[] parts = new String[inputs.length + 1];
        parts[0] = code;
        System.arraycopy(inputs, 0, parts, 1, inputs.length);
        return Fingerprint.of(parts);
    }

    /** The body made from the same inputs by an earlier build, its HTML left in the pack until asked for; or null. */
    Body body(String key) {
        Stored stored = oldBodies.get(key);
        if (stored == null) {
            return null;
        }
        reused.put(key, stored);
        return new Body(ArticleBody.stored(() -> pack.read(stored.html()), stored.summary(),
                stored.mentioned(), stored.links()), stored.warnings());
    }

    void putBody(String key, Body body) {
        made.put(key, body);
    }

    /**
     * The text an earlier build kept under {@code key} (which must cover Parley's code and all the text
     * is made from), or else what {@code make} gives, kept for the next build.
     */
    String text(String key, java.util.function.Supplier<String> make) {
        Span span = oldTexts.get(key);
        if (span != null) {
            reusedTexts.put(key, span);
            return pack.read(span);
        }
        return madeTexts.computeIfAbsent(key, k -> make.get());
    }

    int bodiesReused() {
        return reused.size();
    }

    /**
     * Whether the published site is the one this cache describes: its marker names the same build.
     * After a cache that could not be saved, an interrupted update, two builds into one folder, or a
     * site restored by hand, they differ, and then no file is reused.
     */
    boolean describes(String publishedSite) {
        return !oldSite.isEmpty() && oldSite.equals(publishedSite);
    }

    /** The fingerprint the previous build made {@code path} from, or null. */
    String previous(String path) {
        return oldFiles.get(path);
    }

    /** Every file the previous build made. */
    java.util.Set<String> previousFiles() {
        return oldFiles.keySet();
    }

    /** Records what this build made of {@code path}, for the next one. */
    void record(String path, String fingerprint) {
        files.put(path, fingerprint);
    }

    /** This build's identity: a digest of every file it made and what from. */
    String site() {
        return Fingerprint.of(code, Fingerprint.unordered(files.entrySet().stream()
                .map(e -> Fingerprint.start().add(e.getKey()).add(e.getValue()))));
    }

    /**
     * Saves what this build made; entries for articles and files that are gone are dropped. New bodies
     * are appended to the pack, unless most of it is no longer used: then all go into a new one. What
     * changed since the last build is appended to the cache file as one batch, so that a rebuild after
     * one edit writes kilobytes, not the whole cache; a new file, with everything in one batch, is written
     * instead when the pack is new, when the code's stamp moved, or when the batches since the first
     * would outgrow it.
     */
    void save(String site) {
        String packName;
        long packLength;
        boolean fresh;
        Map<String, Stored> stored = new HashMap<>();
        Map<String, Span> texts = new HashMap<>();
        try {
            long live = reused.values().stream().mapToLong(body -> body.html().length()).sum()
                    + reusedTexts.values().stream().mapToLong(Span::length).sum();
            long old = pack == null ? 0 : pack.channel().size();
            fresh = pack == null || old > 2 * live + (1 << 20);
            packName = fresh ? file.getFileName() + PACK + Long.toHexString(System.nanoTime()) : pack.name();
            Path packFile = file.resolveSibling(packName);
            try (FileChannel out = fresh
                    ? FileChannel.open(packFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                    : FileChannel.open(packFile, StandardOpenOption.WRITE)) {
                Appender into = new Appender(out, fresh ? 0 : old);
                // A new pack takes the live text of the old one; an old one keeps it where it is.
                reused.forEach((key, body) -> stored.put(key, fresh ? body.at(into.copy(body.html())) : body));
                reusedTexts.forEach((key, text) -> texts.put(key, fresh ? into.copy(text) : text));
                made.forEach((key, entry) -> {
                    ArticleBody body = entry.body();
                    stored.put(key, new Stored(into.append(body.html()), body.summary(), body.mentioned(), body.links(),
                            entry.warnings()));
                });
                madeTexts.forEach((key, text) -> texts.put(key, into.append(text)));
                packLength = into.at;
            }
        } catch (IOException | RuntimeException e) {
            return; // a cache that cannot be saved only makes the next build slower
        }
        boolean append = !fresh && journal != null && journal.snapshotEnd() > 0;
        try {
            if (append) {
                Writer batch = batch(new Writer(1 << 16), site, packName, packLength, stored, texts, true);
                // Batches since the first may grow to its size; past that, one new file reads faster.
                if (journal.end() + batch.size - journal.snapshotEnd() <= journal.snapshotEnd() + (1 << 20)) {
                    appendBatch(batch);
                    removeOtherPacks(packName);
                    return;
                }
            }
            // About the size of the last file, so that the buffer seldom grows (and copies itself) on the way.
            Writer out = new Writer((int) Math.min(Integer.MAX_VALUE - 16, Math.max(1 << 16, oldSize + oldSize / 4)));
            out.writeInt(FORMAT);
            writeText(out, stamp);
            writeText(out, code);
            batch(out, site, packName, packLength, stored, texts, false);
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            out.writeTo(temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                return;
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        removeOtherPacks(packName);
    }

    /**
     * Appends one batch where the complete ones end (past a torn one, if a build was cut short while
     * appending), then cuts off anything after it.
     */
    private void appendBatch(Writer batch) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (out.size() < journal.end()) {
                throw new IOException("the cache file shrank");
            }
            ByteBuffer bytes = ByteBuffer.wrap(batch.bytes, 0, batch.size);
            long at = journal.end();
            while (bytes.hasRemaining()) {
                at += out.write(bytes, at);
            }
            out.truncate(at);
        }
    }

    /**
     * One batch: its length, then what changed since the cache that was read ({@code changes}), or all
     * of it, then a checksum of it all, by which a batch cut short is known. What a batch holds: the
     * site and the pack it describes, then one record per entry put or removed.
     */
    private Writer batch(Writer out, String site, String packName, long packLength, Map<String, Stored> stored,
                         Map<String, Span> texts, boolean changes) throws IOException {
        out.writeInt(BATCH);
        int lengthAt = out.size;
        out.writeInt(0);
        int start = out.size;
        writeText(out, site);
        writeText(out, packName);
        out.writeLong(packLength);
        List<String> contexts = memo.values().stream().map(r -> r.stamp().context()).distinct().toList();
        out.writeInt(contexts.size());
        for (String context : contexts) {
            writeText(out, context);
        }
        records(out, BODY, stored, changes ? oldBodies : Map.of(), (a, b) -> a == b, BuildCache::writeStored);
        records(out, TEXT, texts, changes ? oldTexts : Map.of(), (a, b) -> a == b, (o, span) -> {
            o.writeLong(span.offset());
            o.writeInt(span.length());
        });
        records(out, FILE, files, changes ? oldFiles : Map.of(), String::equals, BuildCache::writeText);
        records(out, MEMO, memo, changes ? oldMemo : Map.of(), (a, b) -> a == b, (o, remembered) -> {
            Stamp stamp = remembered.stamp();
            Entry parsed = remembered.entry();
            o.writeLong(stamp.size());
            o.writeLong(stamp.modified());
            writeText(o, stamp.identity());
            o.writeInt(contexts.indexOf(stamp.context()));
            writeArticle(o, parsed.article());
            o.writeInt(parsed.slugLine());
            writeText(o, parsed.digest());
            writeProblems(o, parsed.warnings());
        });
        if (!changes || related != oldRelated) {
            out.writeByte(RELATED);
            out.writeBoolean(related != null);
            if (related != null) {
                writeText(out, related.structure());
                out.writeInt(related.limit());
                out.writeInt(related.pairs().length);
                for (int value : related.pairs()) {
                    out.writeInt(value);
                }
            }
        }
        out.writeByte(END);
        out.putInt(lengthAt, out.size - start);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(out.bytes, start, out.size - start);
        out.writeLong(crc.getValue());
        return out;
    }

    private interface Encoder<V> {
        void write(Writer out, V value) throws IOException;
    }

    /** A record for each entry of {@code now} that {@code before} lacks or holds otherwise, and one for each gone. */
    private static <V> void records(Writer out, byte tag, Map<String, V> now, Map<String, V> before,
                                    java.util.function.BiPredicate<V, V> same, Encoder<V> encoder) throws IOException {
        for (Map.Entry<String, V> entry : now.entrySet()) {
            V old = before.get(entry.getKey());
            if (old == null || !same.test(old, entry.getValue())) {
                out.writeByte(tag);
                writeText(out, entry.getKey());
                encoder.write(out, entry.getValue());
            }
        }
        for (String key : before.keySet()) {
            if (!now.containsKey(key)) {
                out.writeByte((byte) (tag | GONE));
                writeText(out, key);
            }
        }
    }

    /** The cache as the batches read so far leave it. */
    private static final class Log {
        private final Map<String, Stored> bodies;
        private final Map<String, Span> texts;
        private final Map<String, String> files;
        private final Map<String, Remembered> memo;
        private String site = "";
        private String pack;
        private long packLength;
        private SiteIndex.RelatedTable related;

        Log(Map<String, Stored> bodies, Map<String, Span> texts, Map<String, String> files,
            Map<String, Remembered> memo) {
            this.bodies = bodies;
            this.texts = texts;
            this.files = files;
            this.memo = memo;
        }

        void apply(Reader in) throws IOException {
            site = in.readText();
            pack = in.readText();
            packLength = in.readLong();
            List<String> contexts = new ArrayList<>();
            for (int n = in.count(1); n > 0; n--) {
                contexts.add(in.readText());
            }
            for (byte tag = in.readByte(); tag != END; tag = in.readByte()) {
                if (tag == RELATED) {
                    related = null;
                    if (in.readBoolean()) {
                        String structure = in.readText();
                        int limit = in.readInt();
                        int[] pairs = new int[in.count(4)];
                        for (int i = 0; i < pairs.length; i++) {
                            pairs[i] = in.readInt();
                        }
                        related = new SiteIndex.RelatedTable(structure, limit, pairs);
                    }
                    continue;
                }
                String key = in.readText();
                boolean gone = (tag & GONE) != 0;
                switch (tag & ~GONE) {
                    case BODY -> put(bodies, key, gone ? null : readStored(in));
                    case TEXT -> put(texts, key, gone ? null : new Span(in.readLong(), in.readInt()));
                    case FILE -> put(files, key, gone ? null : in.readText());
                    case MEMO -> put(memo, key, gone ? null : new Remembered(
                            new Stamp(in.readLong(), in.readLong(), in.readText(), contexts.get(in.readInt())),
                            new Entry(readArticle(in), in.readInt(), in.readText(), readProblems(in))));
                    default -> throw new IOException("the cache file is damaged");
                }
            }
            if (in.remaining() != 0) {
                throw new IOException("the cache file is damaged");
            }
        }

        private static <V> void put(Map<String, V> map, String key, V value) {
            if (value == null) {
                map.remove(key);
            } else {
                map.put(key, value);
            }
        }
    }

    /** Writes text to the end of a pack, from {@code at} on, and says where it went. */
    private final class Appender {
        private final FileChannel out;
        private long at;

        Appender(FileChannel out, long at) {
            this.out = out;
            this.at = at;
        }

        Span append(String text) {
            return append(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Text from the old pack, copied into this one. */
        Span copy(Span old) {
            return append(pack.bytes(old));
        }

        private Span append(byte[] bytes) {
            Span span = new Span(at, bytes.length);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            try {
                while (buffer.hasRemaining()) {
                    at += out.write(buffer, at);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return span;
        }
    }

    /** Packs that no saved cache names any more: replaced ones, and any a build cut short left. */
    private void removeOtherPacks(String keep) {
        String prefix = file.getFileName() + PACK;
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && !name.equals(keep)) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException ignored) {
            // left for the next build to remove
        }
    }

    private static void writeStored(Writer out, Stored body) throws IOException {
        out.writeLong(body.html().offset());
        out.writeInt(body.html().length());
        writeText(out, body.summary());
        writeList(out, body.mentioned());
        out.writeInt(body.links().size());
        for (ArticleBody.BodyLink link : body.links()) {
            writeText(out, link.url());
            out.writeInt(link.line());
            out.writeInt(link.column());
        }
        writeProblems(out, body.warnings());
    }

    private static Stored readStored(Reader in) throws IOException {
        Span html = new Span(in.readLong(), in.readInt());
        String summary = in.readText();
        List<String> mentioned = readList(in);
        List<ArticleBody.BodyLink> links = new ArrayList<>();
        for (int n = in.count(1); n > 0; n--) {
            links.add(new ArticleBody.BodyLink(in.readText(), in.readInt(), in.readInt()));
        }
        return new Stored(html, summary, mentioned, links, readProblems(in));
    }

    private static void writeArticle(Writer out, Article a) throws IOException {
        for (String text : new String[]{a.path(), a.slug(), a.title(), a.summary(), a.author(), a.source(),
                a.sourceUrl(), a.lang()}) {
            writeNullable(out, text);
        }
        writeDate(out, a.date());
        out.writeBoolean(a.updated() != null);
        if (a.updated() != null) {
            writeDate(out, a.updated());
        }
        writeList(out, a.countries());
        writeList(out, a.actors());
        writeList(out, a.tags());
        out.writeBoolean(a.draft());
        out.writeInt(a.bodyLine());
    }

    /** A date as numbers: parsing ISO text back costs more than all else in reading the cache. */
    private static void writeDate(Writer out, OffsetDateTime date) throws IOException {
        out.writeLong(date.toEpochSecond());
        out.writeInt(date.getNano());
        out.writeInt(date.getOffset().getTotalSeconds());
    }

    private static OffsetDateTime readDate(Reader in) {
        long seconds = in.readLong();
        int nanos = in.readInt();
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos),
                java.time.ZoneOffset.ofTotalSeconds(in.readInt()));
    }

    private static Article readArticle(Reader in) throws IOException {
        String[] t = new String[8];
        for (int i = 0; i < t.length; i++) {
            t[i] = readNullable(in);
        }
        OffsetDateTime date = readDate(in);
        OffsetDateTime updated = in.readBoolean() ? readDate(in) : null;
        List<String> countries = readList(in);
        List<String> actors = readList(in);
        List<String> tags = readList(in);
        boolean draft = in.readBoolean();
        int bodyLine = in.readInt();
        return new Article(t[0], t[1], t[2], date, updated, t[3], countries, actors, tags, t[4], t[5], t[6], draft,
                t[7], "", bodyLine);
    }

    private static void writeProblems(Writer out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            writeText(out, p.path());
            out.writeInt(p.line());
            out.writeInt(p.column());
            writeText(out, p.severity().name());
            writeText(out, p.message());
        }
    }

    private static List<Problem> readProblems(Reader in) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (int n = in.count(1); n > 0; n--) {
            problems.add(new Problem(in.readText(), in.readInt(), in.readInt(), Severity.valueOf(in.readText()),
                    in.readText()));
        }
        return problems;
    }

    private static void writeList(Writer out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String item : list) {
            writeText(out, item);
        }
    }

    private static List<String> readList(Reader in) throws IOException {
        List<String> list = new ArrayList<>();
        for (int n = in.count(1); n > 0; n--) {
            list.add(in.readText());
        }
        return list;
    }

    private static void writeNullable(Writer out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeText(out, text);
        }
    }

    private static String readNullable(Reader in) throws IOException {
        return in.readBoolean() ? in.readText() : null;
    }

    /** UTF-8 text of any length (writeUTF stops at 64 KB). */
    private static void writeText(Writer out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The cache file's bytes as {@link #save} writes them: in memory, then to the file at once. */
    private static final class Writer {
        private byte[] bytes;
        private int size;

        Writer(int capacity) {
            bytes = new byte[capacity];
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
            }
        }

        void writeInt(int value) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (value >>> shift);
            }
        }

        void writeLong(long value) {
            writeInt((int) (value >>> 32));
            writeInt((int) value);
        }

        void writeBoolean(boolean value) {
            room(1);
            bytes[size++] = (byte) (value ? 1 : 0);
        }

        void write(byte[] data) {
            room(data.length);
            System.arraycopy(data, 0, bytes, size, data.length);
            size += data.length;
        }

        void writeByte(byte value) {
            room(1);
            bytes[size++] = value;
        }

        /** Puts {@code value} over the four bytes at {@code at}, written earlier. */
        void putInt(int at, int value) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes[at++] = (byte) (value >>> shift);
            }
        }

        void writeTo(Path path) throws IOException {
            try (var stream = Files.newOutputStream(path)) {
                stream.write(bytes, 0, size);
            }
        }
    }

    /** The cache file's bytes, read in the order {@link #save} wrote them. */
    private static final class Reader {
        private final ByteBuffer in;
        private byte[] text = new byte[256];

        Reader(ByteBuffer bytes) {
            this.in = bytes;
        }

        int readInt() {
            return in.getInt();
        }

        /** A count of items of at least {@code size} bytes each, which the rest of the file must be able to hold. */
        int count(int size) {
            int n = in.getInt();
            if (n < 0 || (long) n * size > in.remaining()) {
                throw new IllegalStateException("the cache file is damaged");
            }
            return n;
        }

        long readLong() {
            return in.getLong();
        }

        boolean readBoolean() {
            return in.get() != 0;
        }

        byte readByte() {
            return in.get();
        }

        int remaining() {
            return in.remaining();
        }

        int position() {
            return in.position();
        }

        /**
         * The next batch's records, or null at the end of the file or at a batch cut short (too short
         * for its length, or not matching its checksum), which ends the log.
         */
        ByteBuffer nextBatch() {
            if (in.remaining() < 8 || in.getInt(in.position()) != BATCH) {
                return null;
            }
            int length = in.getInt(in.position() + 4);
            if (length < 0 || length > in.remaining() - 16) {
                return null;
            }
            ByteBuffer batch = in.slice(in.position() + 8, length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(batch.duplicate());
            if (crc.getValue() != in.getLong(in.position() + 8 + length)) {
                return null;
            }
            in.position(in.position() + 16 + length);
            return batch;
        }

        String readText() {
            int length = count(1);
            if (length > text.length) {
                text = new byte[Math.max(length, 2 * text.length)];
            }
            in.get(text, 0, length);
            return new String(text, 0, length, StandardCharsets.UTF_8);
        }
    }

    /** Parley's jar as the file system describes it; empty when it is not one jar. */
    private static String codeStamp() {
        try {
            Path jar = Path.of(Site.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return "";
            }
            var attributes = Files.readAttributes(jar, java.nio.file.attribute.BasicFileAttributes.class);
            return jar + "\n" + attributes.size() + "\n" + attributes.lastModifiedTime().toMillis() + "\n"
                    + attributes.fileKey();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    /**
     * Parley's own code: in a jar, by its entries' names, sizes and CRC-32 checksums, which the jar's
     * directory holds, so that the classes are known by their content without reading the whole jar;
     * in development, by the bytes of its class files.
     */
    private static String codeFingerprint() {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // In the shaded jar the four modules are one file: digest it once.
        java.util.Set<java.net.URL> locations = new java.util.LinkedHashSet<>();
        for (Class<?> type : List.of(Site.class, news.parley.render.page.Pages.class, news.parley.feeds.Feeds.class,
                news.parley.core.index.SiteIndex.class)) {
            locations.add(type.getProtectionDomain().getCodeSource().getLocation());
        }
        for (java.net.URL url : locations) {
            try {
                Path location = Path.of(url.toURI());
                if (Files.isDirectory(location)) {
                    try (Stream<Path> walk = Files.walk(location)) {
                        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                            digest.update(f.toString().getBytes(StandardCharsets.UTF_8));
                            digest.update(Files.readAllBytes(f));
                        }
                    }
                } else {
                    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(location.toFile())) {
                        jar.stream().forEach(entry -> digest.update((entry.getName() + '\0' + entry.getSize() + '\0'
                                + entry.getCrc() + '\n').getBytes(StandardCharsets.UTF_8)));
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                digest.update(Long.toString(System.nanoTime()).getBytes()); // unknown code: never reuse
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }
}
