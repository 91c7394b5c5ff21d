package news.parley.feeds;

import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.Actor;
import news.parley.core.model.Country;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Urls;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code sitemap.xml} (sitemaps.org 0.9): the pages a search engine should know, with absolute URLs. */
public final class Sitemap {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    /** Writes the body of a sitemap's {@code urlset}; the namespace declarations are the caller's. */
    interface Urlset {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** A sitemap document: the XML declaration, a {@code urlset} around {@code body}, UTF-8 with LF. */
    static byte[] document(String what, Urlset body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory()
                    .createXMLStreamWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
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

    /** What the sitemap shows of an article (its actors' and countries' pages follow from the site's). */
    public static void shown(Fingerprint digest, IndexedArticle article) {
        OffsetDateTime modified = article.article().lastModified();
        digest.add(article.slug()).add(modified.toEpochSecond()).add(modified.getNano());
        SiteIndex.addActorsAndCountries(digest, article);
    }

    public static byte[] of(SiteIndex index) {
        Urls urls = new Urls(index.site().baseUrl());
        return document("sitemap", xml -> {
            OffsetDateTime newest = lastModified(index.articles());
            url(xml, urls.absolute(Urls.HOME), newest);
            for (IndexedArticle article : index.articles()) {
                url(xml, urls.absolute(Urls.article(article.slug())), article.article().lastModified());
            }
            url(xml, urls.absolute(Urls.ACTORS), newest);
            for (Actor actor : index.actors()) {
                url(xml, urls.absolute(Urls.actor(actor.id())), lastModified(index.featuring(actor.id())));
            }
            url(xml, urls.absolute(Urls.COUNTRIES), newest);
            for (Country country : index.countries()) {
                url(xml, urls.absolute(Urls.country(country.code())), lastModified(index.in(country.code())));
            }
        });
    }

    /** The latest change among the articles a page lists (an update can be newer than a newer article). */
    private static OffsetDateTime lastModified(List<IndexedArticle> articles) {
        OffsetDateTime latest = null;
        for (IndexedArticle article : articles) {
            OffsetDateTime date = article.article().lastModified();
            if (latest == null || date.isAfter(latest)) {
                latest = date;
            }
        }
        return latest;
    }

    private static void url(XMLStreamWriter xml, String loc, OffsetDateTime lastModified) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("url");
        xml.writeCharacters("\n    ");
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified.withOffsetSameInstant(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }
}
