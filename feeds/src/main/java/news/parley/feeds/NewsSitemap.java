package news.parley.feeds;

import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.site.Urls;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * {@code news-sitemap.xml}: the articles of the last two days before the build time, newest first and
 * at most {@value #MOST} (Google News' limit), in Google News' sitemap format. It is the one output
 * that depends on the build time, which comes from {@code --now} or {@code SOURCE_DATE_EPOCH} when a
 * build must be reproduced.
 */
public final class NewsSitemap {
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final Duration WINDOW = Duration.ofDays(2);
    static final int MOST = 1000;

    private NewsSitemap() {
    }

    public static byte[] of(SiteIndex index, Instant now) {
        return of(index, now, MOST);
    }

    static byte[] of(SiteIndex index, Instant now, int most) {
        Urls urls = new Urls(index.site().baseUrl());
        return Sitemap.document("news sitemap", xml -> {
            xml.writeNamespace("news", NEWS);
            int listed = 0;
            // The index lists articles newest first, by date: the first ones in the window are the newest.
            for (IndexedArticle article : index.articles()) {
                Instant published = article.article().date().toInstant();
                if (published.isAfter(now) || published.isBefore(now.minus(WINDOW))) {
                    continue;
                }
                if (listed++ == most) {
                    break;
                }
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, SITEMAP, "loc", urls.absolute(Urls.article(article.slug())), "\n    ");
                xml.writeCharacters("\n    ");
                xml.writeStartElement(NEWS, "news");
                xml.writeCharacters("\n      ");
                xml.writeStartElement(NEWS, "publication");
                element(xml, NEWS, "name", XmlText.clean(index.site().title()), "\n        ");
                String language = article.article().lang() != null ? article.article().lang() : index.site().language();
                element(xml, NEWS, "language", java.util.Locale.forLanguageTag(language).getLanguage(), "\n        ");
                xml.writeCharacters("\n      ");
                xml.writeEndElement();
                element(xml, NEWS, "publication_date",
                        article.article().date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), "\n      ");
                element(xml, NEWS, "title", XmlText.clean(article.article().title()), "\n      ");
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
        });
    }

    private static void element(XMLStreamWriter xml, String ns, String name, String text, String indent)
            throws XMLStreamException {
        xml.writeCharacters(indent);
        if (ns.equals(SITEMAP)) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement(NEWS, name);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
