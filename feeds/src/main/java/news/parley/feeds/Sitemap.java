package news.parley.feeds;

import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.Actor;
import news.parley.core.model.Country;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Urls;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import news.parley.core.index.Translations;

/**
 * {@code sitemap.xml} (sitemaps.org 0.9): the pages a search engine should know, with absolute URLs and
 * their last change. Past the protocol's limits (50,000 URLs or 50 MB in one file) it becomes a
 * sitemap index naming numbered sitemaps beside it ({@code sitemap-1.xml}, ...), each within the
 * limits; below them it stays one file.
 */
public final class Sitemap {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Google's extension for a page's other languages (xhtml:link rel="alternate" hreflang). */
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** The XML declaration, the root element's tags and newlines: what a file holds besides its entries. */
    private static final int FRAME_BYTES = 200;

    private Sitemap() {
    }

    /**
     * How much one sitemap file may hold.
     *
     * @param bytes the uncompressed size
     */
    public record Limits(int urls, long bytes) {
        /** The sitemaps.org protocol's. */
        public static final Limits PROTOCOL = new Limits(50_000, 50L * 1024 * 1024);
    }

    /** One file of the sitemap: its path in the site, the key of what it holds, and its bytes when asked. */
    public record File(String path, String fingerprint, Supplier<byte[]> bytes) {
    }

    /** A page and its last change (null for a page without articles), with the page in every language. */
    private record Entry(String loc, OffsetDateTime lastModified, List<Translations.Alternate> alternates) {
        Entry(String loc, OffsetDateTime lastModified) {
            this(loc, lastModified, List.of());
        }

        /** At most the bytes this entry takes in a file: its tags, its URL escaped, its date. */
        long bytes() {
            long size = 40 + (lastModified == null ? 0 : 60) + alternates.size() * 100L
                    + alternates.stream().mapToLong(a -> 3L * a.url().length()).sum();
            for (int i = 0; i < loc.length(); i++) {
                char c = loc.charAt(i);
                size += c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' ? 6 : c < 0x80 ? 1 : 3;
            }
            return size;
        }
    }

    /** The sitemap's files: {@code sitemap.xml} alone, or an index and the numbered files it names. */
    public static List<File> files(SiteIndex index, Limits limits) {
        return files(index, limits, path -> List.of());
    }

    /**
     * The same, for a site in one of several languages: {@code alternates} gives each page (by its path from
     * the language's root) in every language, which each URL lists (hreflang), itself included.
     */
    public static List<File> files(SiteIndex index, Limits limits,
                                   Function<String, List<Translations.Alternate>> alternates) {
        Urls urls = new Urls(index.site().baseUrl());
        List<List<Entry>> parts = split(entries(index, urls, alternates), limits);
        if (parts.size() == 1) {
            List<Entry> all = parts.get(0);
            return List.of(new File("sitemap.xml", key("sitemap.xml", all), () -> urlset(all)));
        }
        List<File> files = new ArrayList<>();
        List<Entry> named = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<Entry> part = parts.get(i);
            String path = "sitemap-" + (i + 1) + ".xml";
            files.add(new File(path, key(path, part), () -> urlset(part)));
            named.add(new Entry(urls.absolute(path), lastModified(part.stream().map(Entry::lastModified).toList())));
        }
        files.add(0, new File("sitemap.xml", key("sitemap index", named), () -> sitemapIndex(named)));
        return files;
    }

    /**
     * Every page: the articles from the oldest, then the pages that list them (home, actors, countries).
     * Past one file, the files of older articles stay as they are when an article is published: it
     * joins the last files, where the listings change with it anyway.
     */
    private static List<Entry> entries(SiteIndex index, Urls urls,
                                       Function<String, List<Translations.Alternate>> alternates) {
        List<Entry> entries = new ArrayList<>();
        java.util.function.BiConsumer<String, OffsetDateTime> add = (path, date) ->
                entries.add(new Entry(urls.absolute(path), date, alternates.apply(path)));
        List<IndexedArticle> articles = index.articles();
        for (int i = articles.size() - 1; i >= 0; i--) {
            IndexedArticle article = articles.get(i);
            add.accept(Urls.article(article.slug()), article.article().lastModified());
        }
        OffsetDateTime newest = newestOf(articles);
        add.accept(Urls.HOME, newest);
        add.accept(Urls.ACTORS, newest);
        for (Actor actor : index.actors()) {
            add.accept(Urls.actor(actor.id()), newestOf(index.featuring(actor.id())));
        }
        add.accept(Urls.COUNTRIES, newest);
        for (Country country : index.countries()) {
            add.accept(Urls.country(country.code()), newestOf(index.in(country.code())));
        }
        return entries;
    }

    /** The entries in order, cut into files that each stay within the limits. */
    private static List<List<Entry>> split(List<Entry> entries, Limits limits) {
        List<List<Entry>> parts = new ArrayList<>();
        List<Entry> part = new ArrayList<>();
        long bytes = FRAME_BYTES;
        for (Entry entry : entries) {
            long size = entry.bytes();
            if (!part.isEmpty() && (part.size() == limits.urls() || bytes + size > limits.bytes())) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = FRAME_BYTES;
            }
            part.add(entry);
            bytes += size;
        }
        parts.add(part);
        return parts;
    }

    private static String key(String what, List<Entry> entries) {
        Fingerprint digest = Fingerprint.start().add(what).add(entries.size());
        for (Entry entry : entries) {
            digest.add(entry.loc()).add(entry.lastModified() == null ? "" : entry.lastModified().toString());
            entry.alternates().forEach(a -> digest.add(a.language()).add(a.url()));
        }
        return digest.digest();
    }

    private static byte[] urlset(List<Entry> entries) {
        boolean languages = entries.stream().anyMatch(e -> !e.alternates().isEmpty());
        return document("sitemap", "urlset", xml -> {
            if (languages) {
                xml.writeNamespace("xhtml", XHTML);
            }
            for (Entry entry : entries) {
                element(xml, "url", entry);
            }
        });
    }

    private static byte[] sitemapIndex(List<Entry> sitemaps) {
        return document("sitemap index", "sitemapindex", xml -> {
            for (Entry sitemap : sitemaps) {
                element(xml, "sitemap", sitemap);
            }
        });
    }

    /** Writes the body of a sitemap's root element; the namespace declarations are the caller's. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** A sitemap document: the XML declaration, a {@code urlset} around {@code body}, UTF-8 with LF. */
    static byte[] document(String what, Body body) {
        return document(what, "urlset", body);
    }

    private static byte[] document(String what, String root, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XmlText.STAX.createXMLStreamWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the " + what, e);
        }
        return bytes.toByteArray();
    }

    /** The latest change among the articles a page lists (an update can be newer than a newer article). */
    private static OffsetDateTime newestOf(List<IndexedArticle> articles) {
        return lastModified(articles.stream().map(a -> a.article().lastModified()).toList());
    }

    private static OffsetDateTime lastModified(List<OffsetDateTime> dates) {
        OffsetDateTime latest = null;
        for (OffsetDateTime date : dates) {
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest;
    }

    private static void element(XMLStreamWriter xml, String name, Entry entry) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(name);
        xml.writeCharacters("\n    ");
        xml.writeStartElement("loc");
        xml.writeCharacters(entry.loc());
        xml.writeEndElement();
        if (entry.lastModified() != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("lastmod");
            xml.writeCharacters(entry.lastModified().withOffsetSameInstant(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            xml.writeEndElement();
        }
        for (Translations.Alternate alternate : entry.alternates()) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("xhtml", "link", XHTML);
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", alternate.language());
            xml.writeAttribute("href", alternate.url());
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }
}
