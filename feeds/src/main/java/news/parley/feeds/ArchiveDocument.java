package news.parley.feeds;

import news.parley.core.site.FeedFormat;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 5005 archive document in RSS 2.0 or Atom 1.0, written straight to XML with the JDK's StAX
 * writer. Archives hold a scope's whole history, about ten times what its current feeds hold, and
 * their entries are plain (title, link, id, dates, author, summary): Rome's model and JDOM tree, which
 * the current feeds go through, would cost a full build more than all its pages. The structure follows
 * what Rome writes for the current feeds, and tests read archives back with Rome and the RFC 4287 schema.
 */
final class ArchiveDocument {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String HISTORY = "http://purl.org/syndication/history/1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    private ArchiveDocument() {
    }

    static byte[] write(FeedFormat format, FeedMeta meta, List<FeedItem> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + 600 * items.size());
        try {
            XMLStreamWriter xml = XmlText.STAX.createXMLStreamWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            xml.writeStartDocument("UTF-8", "1.0");
            if (format == FeedFormat.RSS) {
                rss(xml, meta, items);
            } else {
                atom(xml, meta, items);
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the archive " + meta.self(), e);
        }
        return bytes.toByteArray();
    }

    private static void atom(XMLStreamWriter xml, FeedMeta meta, List<FeedItem> items) throws XMLStreamException {
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
        for (FeedItem item : items) {
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
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    private static void rss(XMLStreamWriter xml, FeedMeta meta, List<FeedItem> items) throws XMLStreamException {
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
        for (FeedItem item : items) {
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
        indent(xml, 1);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
    }

    /** The links to the current feed and the neighbouring archives, and the archive mark, before any item. */
    private static void history(XMLStreamWriter xml, String prefix, FeedMeta meta, FeedFormat format)
            throws XMLStreamException {
        int depth = prefix == null ? 1 : 2;
        FeedMeta.History history = meta.history();
        if (history.current() != null) {
            link(xml, depth, prefix, "current", format.mediaType(), history.current());
        }
        if (history.prev() != null) {
            link(xml, depth, prefix, "prev-archive", format.mediaType(), history.prev());
        }
        if (history.next() != null) {
            link(xml, depth, prefix, "next-archive", format.mediaType(), history.next());
        }
        if (history.archive()) {
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
