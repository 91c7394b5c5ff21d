package news.parley.feeds;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.Country;
import news.parley.core.model.SiteConfig;
import news.parley.core.site.Output;
import news.parley.core.site.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jdom2.Namespace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * The feed stage: one loop over scopes (site, countries, actors) and formats (RSS 2.0, Atom 1.0),
 * each feed built as one Rome {@code SyndFeed}. Nothing in a feed depends on the build time, so the
 * same content gives the same bytes.
 */
public final class Feeds {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    private final SiteIndex index;
    private final SiteConfig site;
    private final Urls urls;
    private final Output output;

    public Feeds(SiteIndex index, Output output) {
        this.index = index;
        this.site = index.site();
        this.urls = new Urls(site.baseUrl());
        this.output = output;
    }

    /** Writes every feed; returns how many. */
    public int writeAll() {
        List<FeedScope> scopes = FeedScope.all(index);
        scopes.parallelStream().forEach(scope -> {
            for (FeedFormat format : FeedFormat.values()) {
                output.write(scope.feedPath(format), write(wireFeed(scope, format)));
            }
        });
        return scopes.size() * FeedFormat.values().length;
    }

    SyndFeed feed(FeedScope scope, FeedFormat format) {
        List<IndexedArticle> items = scope.articles().subList(0, Math.min(site.feedItems(), scope.articles().size()));
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType());
        feed.setEncoding("UTF-8");
        feed.setTitle(XmlText.clean(scope.title()));
        feed.setDescription(XmlText.clean(scope.description().isEmpty() ? scope.title() : scope.description()));
        feed.setLanguage(site.language());
        String self = urls.absolute(scope.feedPath(format));
        String page = urls.absolute(scope.path());
        feed.setLink(page);
        feed.setUri(self);
        feed.setLinks(List.of(link("alternate", page, "text/html"), link("self", self, format.mediaType())));
        if (format == FeedFormat.ATOM) {
            // RSS would put this in managingEditor, which must be an e-mail address.
            SyndPerson publisher = new SyndPersonImpl();
            publisher.setName(XmlText.clean(site.title()));
            publisher.setUri(urls.absolute(Urls.HOME));
            feed.setAuthors(List.of(publisher));
        }
        // The newest change among the items, never the wall clock, so that an unchanged feed keeps its bytes.
        feed.setPublishedDate(Date.from(newest(items.isEmpty() ? index.articles() : items).toInstant()));
        feed.setEntries(items.stream().map(this::entry).toList());
        return feed;
    }

    /** The feed in its wire format, with what Rome's common model cannot say for RSS. */
    WireFeed wireFeed(FeedScope scope, FeedFormat format) {
        SyndFeed feed = feed(scope, format);
        WireFeed wire = feed.createWireFeed();
        if (wire instanceof Channel channel) {
            channel.setLastBuildDate(feed.getPublishedDate());
            org.jdom2.Element self = new org.jdom2.Element("link", ATOM);
            self.setAttribute("href", feed.getUri());
            self.setAttribute("rel", "self");
            self.setAttribute("type", format.mediaType());
            List<org.jdom2.Element> markup = new ArrayList<>(channel.getForeignMarkup());
            markup.add(0, self);
            channel.setForeignMarkup(markup);
        }
        return wire;
    }

    private SyndEntry entry(IndexedArticle entry) {
        Article article = entry.article();
        String url = urls.absolute(Urls.article(article.slug()));
        SyndEntry item = new SyndEntryImpl();
        item.setTitle(XmlText.clean(article.title()));
        item.setLink(url);
        // The permanent URL is the identity: editing the title or body never makes an item new again.
        item.setUri(url);
        item.setPublishedDate(Date.from(article.date().toInstant()));
        item.setUpdatedDate(Date.from(article.lastModified().toInstant()));
        if (article.author() != null) {
            item.setAuthor(XmlText.clean(article.author()));
        }
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(XmlText.clean(entry.body().summary()));
        item.setDescription(summary);
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(XmlText.clean(absoluteLinks(entry.body().html(), url)));
        item.setContents(List.of(content));
        List<SyndCategory> categories = new ArrayList<>();
        for (Country country : entry.countries()) {
            categories.add(category(country.name(), urls.absolute(Urls.country(country.code()))));
        }
        for (Actor actor : entry.actors()) {
            categories.add(category(actor.name(), urls.absolute(Urls.actor(actor.id()))));
        }
        item.setCategories(categories);
        return item;
    }

    /** Feed readers show item HTML outside the site, so every link and image in it must be absolute. */
    static String absoluteLinks(String html, String pageUrl) {
        Document document = Jsoup.parseBodyFragment(html, pageUrl);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.select("[href]")) {
            element.attr("href", element.absUrl("href"));
        }
        for (Element element : document.select("[src]")) {
            element.attr("src", element.absUrl("src"));
        }
        return document.body().html();
    }

    private static OffsetDateTime newest(List<IndexedArticle> articles) {
        return articles.stream().map(a -> a.article().lastModified())
                .max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElse(OffsetDateTime.parse("1970-01-01T00:00:00Z"));
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndCategory category(String name, String scheme) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(XmlText.clean(name));
        category.setTaxonomyUri(scheme);
        return category;
    }

    static byte[] write(WireFeed feed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new WireFeedOutput().output(feed, writer, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write a " + feed.getFeedType() + " feed", e);
        }
        return bytes.toByteArray();
    }
}
