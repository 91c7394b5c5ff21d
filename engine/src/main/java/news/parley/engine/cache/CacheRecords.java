package news.parley.engine.cache;

import news.parley.core.index.SiteIndex;
import news.parley.core.load.ArticleMemo;
import news.parley.core.model.Article;
import news.parley.core.model.Correction;
import news.parley.core.model.ImageRef;
import news.parley.core.model.Redirect;
import news.parley.core.model.ArticleBody;
import news.parley.core.problem.Problem;
import news.parley.core.problem.Severity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** How each kind of cache entry is written as bytes and read back. */
final class CacheRecords {
    private CacheRecords() {
    }

    /** A remembered parse of an article file: the file's stamp and what it parsed to. */
    record Remembered(ArticleMemo.Stamp stamp, ArticleMemo.Entry entry) {
    }

    static void writeBody(RecordWriter out, StoredBody body) {
        writeSpan(out, body.html());
        out.writeText(body.summary());
        out.writeList(body.mentioned());
        out.writeInt(body.links().size());
        for (ArticleBody.BodyLink link : body.links()) {
            out.writeText(link.url());
            out.writeInt(link.line());
            out.writeInt(link.column());
            out.writeBoolean(link.image());
            out.writeBoolean(link.described());
        }
        writeProblems(out, body.warnings());
    }

    static StoredBody readBody(RecordReader in) {
        Span html = readSpan(in);
        String summary = in.readText();
        List<String> mentioned = in.readList();
        List<ArticleBody.BodyLink> links = new ArrayList<>();
        for (int n = in.count(1); n > 0; n--) {
            links.add(new ArticleBody.BodyLink(in.readText(), in.readInt(), in.readInt(), in.readBoolean(),
                    in.readBoolean()));
        }
        return new StoredBody(html, summary, mentioned, links, readProblems(in));
    }

    static void writeSpan(RecordWriter out, Span span) {
        out.writeLong(span.offset());
        out.writeInt(span.length());
    }

    static Span readSpan(RecordReader in) {
        return new Span(in.readLong(), in.readInt());
    }

    /** A parse, its stamp's context written as an index into {@code contexts} (the few that a site has). */
    static void writeRemembered(RecordWriter out, Remembered remembered, List<String> contexts) {
        ArticleMemo.Stamp stamp = remembered.stamp();
        ArticleMemo.Entry parsed = remembered.entry();
        out.writeLong(stamp.size());
        out.writeLong(stamp.modified());
        out.writeText(stamp.identity());
        out.writeInt(contexts.indexOf(stamp.context()));
        writeArticle(out, parsed.article());
        out.writeInt(parsed.slugLine());
        out.writeText(parsed.digest());
        writeProblems(out, parsed.warnings());
    }

    static Remembered readRemembered(RecordReader in, List<String> contexts) {
        ArticleMemo.Stamp stamp = new ArticleMemo.Stamp(in.readLong(), in.readLong(), in.readText(),
                contexts.get(in.readInt()));
        return new Remembered(stamp, new ArticleMemo.Entry(readArticle(in), in.readInt(), in.readText(),
                readProblems(in)));
    }

    static void writeRelated(RecordWriter out, SiteIndex.RelatedTable related) {
        out.writeText(related.structure());
        out.writeInt(related.limit());
        out.writeInt(related.pairs().length);
        for (int value : related.pairs()) {
            out.writeInt(value);
        }
    }

    static SiteIndex.RelatedTable readRelated(RecordReader in) {
        String structure = in.readText();
        int limit = in.readInt();
        int[] pairs = new int[in.count(4)];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = in.readInt();
        }
        return new SiteIndex.RelatedTable(structure, limit, pairs);
    }

    /** An article without its Markdown, which the loader reads again from the file when a build needs it. */
    private static void writeArticle(RecordWriter out, Article a) {
        for (String text : new String[]{a.path(), a.slug(), a.title(), a.summary(), a.author(), a.source(),
                a.sourceUrl(), a.lang(), a.language(), a.translationKey()}) {
            out.writeNullable(text);
        }
        writeDate(out, a.date());
        out.writeBoolean(a.updated() != null);
        if (a.updated() != null) {
            writeDate(out, a.updated());
        }
        out.writeList(a.countries());
        out.writeList(a.actors());
        out.writeList(a.tags());
        out.writeBoolean(a.draft());
        out.writeInt(a.bodyLine());
        ImageRef image = a.image();
        out.writeBoolean(image != null);
        if (image != null) {
            out.writeNullable(image.src());
            out.writeNullable(image.alt());
            out.writeNullable(image.caption());
            out.writeNullable(image.credit());
            out.writeLong(Double.doubleToLongBits(image.focusX()));
            out.writeLong(Double.doubleToLongBits(image.focusY()));
            out.writeInt(image.line());
            out.writeInt(image.column());
        }
        out.writeInt(a.corrections().size());
        for (Correction correction : a.corrections()) {
            writeDate(out, correction.date());
            out.writeText(correction.text());
            out.writeInt(correction.line());
            out.writeInt(correction.column());
        }
        out.writeInt(a.redirectFrom().size());
        for (Redirect redirect : a.redirectFrom()) {
            out.writeText(redirect.path());
            out.writeInt(redirect.line());
            out.writeInt(redirect.column());
        }
    }

    private static Article readArticle(RecordReader in) {
        String[] t = new String[10];
        for (int i = 0; i < t.length; i++) {
            t[i] = in.readNullable();
        }
        OffsetDateTime date = readDate(in);
        OffsetDateTime updated = in.readBoolean() ? readDate(in) : null;
        List<String> countries = in.readList();
        List<String> actors = in.readList();
        List<String> tags = in.readList();
        boolean draft = in.readBoolean();
        int bodyLine = in.readInt();
        ImageRef image = in.readBoolean() ? new ImageRef(in.readNullable(), in.readNullable(), in.readNullable(),
                in.readNullable(), Double.longBitsToDouble(in.readLong()), Double.longBitsToDouble(in.readLong()),
                in.readInt(), in.readInt()) : null;
        List<Correction> corrections = new ArrayList<>();
        for (int n = in.count(4); n > 0; n--) {
            corrections.add(new Correction(readDate(in), in.readText(), in.readInt(), in.readInt()));
        }
        List<Redirect> redirects = new ArrayList<>();
        for (int n = in.count(3); n > 0; n--) {
            redirects.add(new Redirect(in.readText(), in.readInt(), in.readInt()));
        }
        return new Article(t[0], t[1], t[2], date, updated, t[3], countries, actors, tags, t[4], t[5], t[6], draft,
                t[7], "", bodyLine, image, redirects, corrections, t[8], t[9]);
    }

    /** A date as numbers: parsing ISO text back costs more than all else in reading the cache. */
    private static void writeDate(RecordWriter out, OffsetDateTime date) {
        out.writeLong(date.toEpochSecond());
        out.writeInt(date.getNano());
        out.writeInt(date.getOffset().getTotalSeconds());
    }

    private static OffsetDateTime readDate(RecordReader in) {
        long seconds = in.readLong();
        int nanos = in.readInt();
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), ZoneOffset.ofTotalSeconds(in.readInt()));
    }

    private static void writeProblems(RecordWriter out, List<Problem> problems) {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            out.writeText(p.path());
            out.writeInt(p.line());
            out.writeInt(p.column());
            out.writeText(p.severity().name());
            out.writeText(p.message());
        }
    }

    private static List<Problem> readProblems(RecordReader in) {
        List<Problem> problems = new ArrayList<>();
        for (int n = in.count(1); n > 0; n--) {
            problems.add(new Problem(in.readText(), in.readInt(), in.readInt(), Severity.valueOf(in.readText()),
                    in.readText()));
        }
        return problems;
    }
}
