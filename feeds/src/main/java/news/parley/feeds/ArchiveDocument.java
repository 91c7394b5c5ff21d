package news.parley.feeds;

import news.parley.core.site.FeedFormat;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 5005 archive document in RSS 2.0, Atom 1.0 or JSON Feed. Archives hold a scope's whole history,
 * about ten times what its current feeds hold, and every article is in the archives of each of its
 * scopes, in the same plain form (title, link, id, dates, author, summary): so each article's entry is
 * written once, with StAX (or Jackson), and each archive is its head around the entries it lists.
 * Through Rome's model and JDOM tree, as the current feeds go, they were most of a full build
 * (bench/README.md). The structure follows what Rome writes for the current feeds, and tests read
 * archives back with Rome and the RFC 4287 schema.
 */
final class ArchiveDocument {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String HISTORY = "http://purl.org/syndication/history/1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    private ArchiveDocument() {
    }

    /**
     * One article as archives list it, in every format ({@code <item>}, {@code <entry>}, a JSON Feed
     * item): written once per build, however many archives list it, since nothing in it depends on the
     * archive. The XML is kept as the UTF-8 bytes that archives are made of.
     */
    record Entry(byte[] rss, byte[] atom, String json) {
        static Entry of(FeedItem item) {
            return new Entry(xml(FeedFormat.RSS, item), xml(FeedFormat.ATOM, item), JsonFeed.compactItem(item));
        }

        private static byte[] xml(FeedFormat format, FeedItem item) {
            StringWriter text = new StringWriter(600);
            try {
                XMLStreamWriter xml = XmlText.STAX.createXMLStreamWriter(text);
                if (format == FeedFormat.RSS) {
                    xml.setPrefix("dc", DC);
                    rssItem(xml, item);
                } else {
                    xml.setDefaultNamespace(ATOM);
                    atomEntry(xml, item);
                }
                xml.flush();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write the archive entry of " + item.url(), e);
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * An archive document: its head, written with StAX, then its entries' bytes as they are, then the
     * tags that close it.
     */
    static byte[] write(FeedFormat format, FeedMeta meta, List<Entry> entries) {
        if (format == FeedFormat.JSON) {
            return JsonFeed.writeArchive(meta, entries.stream().map(Entry::json).toList());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + 600 * entries.size());
        try {
            Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            XMLStreamWriter xml = XmlText.STAX.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            if (format == FeedFormat.RSS) {
                rssHead(xml, meta);
            } else {
                atomHead(xml, meta);
            }
            // Everything written so far reaches the bytes (the empty text closes a pending empty element); the
            // writer is left there, its root element open.
            xml.writeCharacters("");
            xml.flush();
            text.flush();
        } catch (XMLStreamException | IOException e) {
            throw new IllegalStateException("cannot write the archive " + meta.self(), e);
        }
        for (Entry entry : entries) {
            bytes.writeBytes(format == FeedFormat.RSS ? entry.rss() : entry.atom());
        }
        bytes.writeBytes(format == FeedFormat.RSS ? RSS_TAIL : ATOM_TAIL);
        return bytes.toByteArray();
    }

    private static final byte[] RSS_TAIL = "\n  </channel>\n</rss>\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ATOM_TAIL = "\n</feed>\n".getBytes(StandardCharsets.UTF_8);

    private static void atomHead(XMLStreamWriter xml, FeedMeta meta) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeNamespace("fh", HISTORY);
        text(xml, 1, "title", meta.title());
        link(xml, 1, null, "alternate", "text/html", meta.page());
        link(xml, 1, null, "self", FeedFormat.ATOM.mediaType(), meta.self());
        history(xml, null, meta, FeedFormat.ATOM);
        indent(xml, 1);
        xml.writeStartElement(ATOM, "author");
        text(xml, 2, "name", meta.author());
        text(xml, 2, "uri", meta.home());
        indent(xml, 1);
        xml.writeEndElement();
        text(xml, 1, "subtitle", meta.description());
        text(xml, 1, "id", meta.self());
        text(xml, 1, "updated", rfc3339(meta.updated()));
    }

    private static void rssHead(XMLStreamWriter xml, FeedMeta meta) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("rss");
        xml.writeNamespace("atom", ATOM);
        xml.writeNamespace("fh", HISTORY);
        xml.writeNamespace("dc", DC);
        xml.writeAttribute("version", "2.0");
        indent(xml, 1);
        xml.writeStartElement("channel");
        text(xml, 2, "title", meta.title());
        text(xml, 2, "link", meta.page());
        text(xml, 2, "description", meta.description());
        text(xml, 2, "language", meta.language());
        text(xml, 2, "pubDate", RFC_822.format(meta.updated()));
        text(xml, 2, "lastBuildDate", RFC_822.format(meta.updated()));
        link(xml, 2, "atom", "self", FeedFormat.RSS.mediaType(), meta.self());
        history(xml, "atom", meta, FeedFormat.RSS);
    }

    private static void atomEntry(XMLStreamWriter xml, FeedItem item) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement(ATOM, "entry");
        text(xml, 2, "title", item.title());
        link(xml, 2, null, "alternate", null, item.url());
        if (item.author() != null) {
            indent(xml, 2);
            xml.writeStartElement(ATOM, "author");
            text(xml, 3, "name", item.author());
            indent(xml, 2);
            xml.writeEndElement();
        }
        text(xml, 2, "id", item.url());
        text(xml, 2, "updated", rfc3339(item.modified()));
        text(xml, 2, "published", rfc3339(item.published()));
        if (!item.summary().isBlank()) {
            indent(xml, 2);
            xml.writeStartElement(ATOM, "summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(item.summary());
            xml.writeEndElement();
        }
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void rssItem(XMLStreamWriter xml, FeedItem item) throws XMLStreamException {
        indent(xml, 2);
        xml.writeStartElement("item");
        text(xml, 3, "title", item.title());
        text(xml, 3, "link", item.url());
        // Readers take an RSS description as HTML: the plain summary is escaped once more.
        text(xml, 3, "description", RomeFeed.escapeHtml(item.summary()));
        text(xml, 3, "pubDate", RFC_822.format(item.published()));
        text(xml, 3, "guid", item.url());
        if (item.author() != null) {
            indent(xml, 3);
            xml.writeStartElement("dc", "creator", DC);
            xml.writeCharacters(item.author());
            xml.writeEndElement();
        }
        indent(xml, 2);
        xml.writeEndElement();
    }

    /** The links to the current feed and the neighbouring archives, and the archive mark, before any item. */
    private static void history(XMLStreamWriter xml, String prefix, FeedMeta meta, FeedFormat format)
            throws XMLStreamException {
        int depth = prefix == null ? 1 : 2;
        for (Map.Entry<String, String> link : meta.history().links().entrySet()) {
            link(xml, depth, prefix, link.getKey(), format.mediaType(), link.getValue());
        }
        if (meta.history().archive()) {
            indent(xml, depth);
            xml.writeEmptyElement("fh", "archive", HISTORY);
        }
    }

    private static void link(XMLStreamWriter xml, int depth, String prefix, String rel, String type, String href)
            throws XMLStreamException {
        indent(xml, depth);
        if (prefix == null) {
            xml.writeEmptyElement(ATOM, "link");
        } else {
            xml.writeEmptyElement(prefix, "link", ATOM);
        }
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static final String[] INDENTS = {"\n", "\n  ", "\n    ", "\n      "};

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters(INDENTS[depth]);
    }

    private static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
