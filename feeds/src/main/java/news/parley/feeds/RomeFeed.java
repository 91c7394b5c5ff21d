package news.parley.feeds;

import news.parley.core.site.FeedFormat;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
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
import org.jdom2.Element;
import org.jdom2.Namespace;


import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** RSS 2.0 and Atom 1.0 through Rome: one {@code SyndFeed} per feed, converted to its wire format. */
final class RomeFeed {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    /** RFC 5005's feed history namespace, for {@code <fh:archive/>}. */
    private static final Namespace HISTORY = Namespace.getNamespace("fh", "http://purl.org/syndication/history/1.0");

    private RomeFeed() {
    }

    static byte[] write(FeedFormat format, FeedMeta meta, List<FeedItem> items) {
        try {
            org.jdom2.Document document = new WireFeedOutput().outputJDom(wire(format, meta, items));
            if (meta.languageInAtom() && format == FeedFormat.ATOM) {
                // Rome's Atom writer states xml:base but not xml:lang.
                document.getRootElement().setAttribute("lang", meta.language(), org.jdom2.Namespace.XML_NAMESPACE);
            }
            return XmlText.write(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write " + meta.self(), e);
        }
    }

    static WireFeed wire(FeedFormat format, FeedMeta meta, List<FeedItem> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format == FeedFormat.RSS ? "rss_2.0" : "atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setTitle(meta.title());
        feed.setDescription(meta.description());
        feed.setLanguage(meta.language());
        feed.setLink(meta.page());
        feed.setUri(meta.self());
        List<SyndLink> links = new ArrayList<>(List.of(link("alternate", meta.page(), "text/html"),
                link("self", meta.self(), format.mediaType())));
        meta.hubs().forEach(hub -> links.add(link("hub", hub, null)));
        meta.history().links().forEach((rel, href) -> links.add(link(rel, href, format.mediaType())));
        feed.setLinks(links);
        if (format == FeedFormat.ATOM) {
            // Every Atom entry needs an author: the feed's speaks for the entries that name none. RSS would
            // put it in managingEditor, which must be an e-mail address.
            SyndPerson author = new SyndPersonImpl();
            author.setName(meta.author());
            author.setUri(meta.home());
            feed.setAuthors(List.of(author));
        }
        feed.setPublishedDate(Date.from(meta.updated()));
        feed.setEntries(items.stream().map(item -> entry(item, format)).toList());

        WireFeed wire = feed.createWireFeed();
        if (meta.history().archive()) {
            List<Element> markup = new ArrayList<>(wire.getForeignMarkup());
            markup.add(new Element("archive", HISTORY));
            wire.setForeignMarkup(markup);
        }
        if (wire instanceof Channel channel) {
            finishRss(channel, meta, format);
        } else {
            // Atom has its own dates and xml:lang; Dublin Core copies of them only repeat it. Rome gives an
            // entry without author an author without a name, which the feed's author makes needless.
            wire.setModules(withoutDublinCore(wire.getModules()));
            for (com.rometools.rome.feed.atom.Entry entry : ((com.rometools.rome.feed.atom.Feed) wire).getEntries()) {
                entry.setModules(withoutDublinCore(entry.getModules()));
                entry.setAuthors(entry.getAuthors().stream()
                        .filter(person -> person.getName() != null && !person.getName().isBlank()).toList());
            }
        }
        return wire;
    }

    /** What Rome's common model cannot say for RSS: lastBuildDate, atom:link self, permalink guids. */
    private static void finishRss(Channel channel, FeedMeta meta, FeedFormat format) {
        channel.setLastBuildDate(Date.from(meta.updated()));
        List<Element> markup = new ArrayList<>();
        markup.add(atomLink("self", meta.self(), format.mediaType()));
        meta.hubs().forEach(hub -> markup.add(atomLink("hub", hub, null)));
        meta.history().links().forEach((rel, href) -> markup.add(atomLink(rel, href, format.mediaType())));
        markup.addAll(channel.getForeignMarkup());
        channel.setForeignMarkup(markup);
        // pubDate and language already say what dc:date and dc:language would; validators flag the repetition.
        for (Module module : channel.getModules()) {
            if (module instanceof DCModule dc) {
                dc.setDates(List.of());
                dc.setLanguages(List.of());
            }
        }
        for (Item item : channel.getItems()) {
            item.getGuid().setPermaLink(true);
            for (Module module : item.getModules()) {
                if (module instanceof DCModule dc) {
                    dc.setDates(List.of());
                }
            }
        }
    }

    private static Element atomLink(String rel, String href, String type) {
        Element link = new Element("link", ATOM);
        link.setAttribute("href", href);
        link.setAttribute("rel", rel);
        if (type != null) {
            link.setAttribute("type", type);
        }
        return link;
    }

    private static List<Module> withoutDublinCore(List<Module> modules) {
        return modules.stream().filter(m -> !(m instanceof DCModule)).toList();
    }

    private static SyndEntry entry(FeedItem item, FeedFormat format) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(item.title());
        entry.setLink(item.url());
        // The permanent URL is the identity: editing the title or body never makes an item new again.
        entry.setUri(item.url());
        entry.setPublishedDate(Date.from(item.published()));
        entry.setUpdatedDate(Date.from(item.modified()));
        if (item.author() != null) {
            entry.setAuthor(item.author());
        }
        // RSS keeps its description even empty (content:encoded must follow one); Atom leaves out a blank
        // summary, which validators flag. Readers take an RSS description as HTML, so plain text is
        // escaped once more; Atom says type="text".
        if (format == FeedFormat.RSS || !item.summary().isBlank()) {
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(format == FeedFormat.RSS ? escapeHtml(item.summary()) : item.summary());
            entry.setDescription(summary);
        }
        if (item.html() != null) {
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(item.html());
            entry.setContents(List.of(content));
        }
        entry.setCategories(item.categories().stream().map(RomeFeed::category).toList());
        if (item.image() != null) {
            image(entry, item.image(), format);
        }
        return entry;
    }

    /** An item's photo: Media RSS's {@code media:content} in RSS, a {@code rel="enclosure"} link in Atom. */
    private static void image(SyndEntry entry, FeedItem.Image image, FeedFormat format) {
        if (format == FeedFormat.ATOM) {
            SyndEnclosure enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(image.url());
            enclosure.setType(image.type());
            enclosure.setLength(image.length());
            entry.setEnclosures(List.of(enclosure));
            return;
        }
        try {
            MediaContent content = new MediaContent(new UrlReference(image.url()));
            content.setType(image.type());
            content.setMedium("image");
            content.setWidth(image.width());
            content.setHeight(image.height());
            content.setFileSize(image.length());
            Metadata metadata = new Metadata();
            metadata.setDescription(image.description());
            if (image.credit() != null) {
                metadata.setCredits(new Credit[]{new Credit(null, null, image.credit())});
            }
            content.setMetadata(metadata);
            MediaEntryModuleImpl media = new MediaEntryModuleImpl();
            media.setMediaContents(new MediaContent[]{content});
            List<Module> modules = new ArrayList<>(entry.getModules());
            modules.add(media);
            entry.setModules(modules);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + image.url(), e);
        }
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndCategory category(FeedItem.Category category) {
        SyndCategory syndCategory = new SyndCategoryImpl();
        syndCategory.setName(category.term());
        syndCategory.setTaxonomyUri(category.scheme());
        return syndCategory;
    }

}
