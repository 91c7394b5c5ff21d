package news.parley.render.page;

import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.index.Translations;
import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.Country;
import news.parley.core.model.ImageRef;
import news.parley.core.model.Picture;
import news.parley.core.model.SiteConfig;
import news.parley.core.site.FeedFormat;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Output;
import news.parley.core.site.Urls;
import news.parley.render.markdown.Markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The render stage for HTML: turns the index into every page of the site through the theme.
 * Each page is a function of the index alone, written as soon as it is rendered.
 */
public final class Pages {
    /** How many related articles an article page shows. */
    public static final int RELATED = 5;
    static final int FEATURED_WITH = 8;
    static final String STYLESHEET = "style.css";
    static final String SEARCH = "search/";

    private final SiteIndex index;
    private final SiteConfig site;
    private final Theme theme;
    private final Markdown markdown;
    private final Urls urls;
    private final Output output;
    private final DateTimeFormatter dates;
    /** Pages without feeds of their own (articles, directories) point feed readers to the site's. */
    private final List<Views.FeedLink> siteFeeds;

    private final SiteIndex.RelatedTable related;
    /** What every page's key starts with, digested once. */
    private final Fingerprint keys;
    /** Pages written from templates (each once, whether made anew or kept from the last build). */
    private final java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
    /** Each article's card key by rank, made when first asked for (see {@link #cardKey}). */
    private final java.util.concurrent.atomic.AtomicReferenceArray<String> cardKeys;

    /** What the image stage made of each photo, by {@link ImageRef#pictureKey}. */
    private final Map<String, Picture> pictures;
    /** Each article's text with its photos as the image stage made them. */
    private final ArticlePhotos texts;
    /** The interface's words in the site's language. */
    private final Words words;
    /** The page in the site's other languages. */
    private final Translations translations;
    /** What hosts read to answer old paths with a redirect, for this language's pages. */
    private final StringBuilder redirectLines = new StringBuilder();

    /**
     * Pages with related articles found earlier: {@code related} must have the index's structure.
     * {@code pictures} holds what the image stage made of each photo, by {@link ImageRef#pictureKey}.
     */
    public Pages(SiteIndex index, Theme theme, Markdown markdown, Output output, SiteIndex.RelatedTable related,
                 Map<String, Picture> pictures) {
        this(index, theme, markdown, output, related, pictures, Translations.NONE);
    }

    /** The same for a site in one of several languages, whose pages name their translations. */
    public Pages(SiteIndex index, Theme theme, Markdown markdown, Output output, SiteIndex.RelatedTable related,
                 Map<String, Picture> pictures, Translations translations) {
        if (related.limit() != RELATED || related.pairs().length != index.articles().size() * RELATED * 2) {
            throw new IllegalArgumentException("related articles found for another index");
        }
        this.related = related;
        this.pictures = Map.copyOf(pictures);
        this.texts = new ArticlePhotos(pictures);
        this.cardKeys = new java.util.concurrent.atomic.AtomicReferenceArray<>(index.articles().size());
        // Pages name actors with their portraits: a new portrait file is a new address on all of them.
        Fingerprint portraits = Fingerprint.start();
        index.actors().forEach(a -> portraits.add(String.valueOf(a.image() == null ? null : pictures.get(a.image().pictureKey()))));
        this.keys = Fingerprint.start().add(theme.signature()).add(index.fingerprint()).add(portraits.digest());
        this.index = index;
        this.site = index.site();
        this.theme = theme;
        this.markdown = markdown;
        this.urls = new Urls(site.baseUrl());
        this.output = output;
        this.siteFeeds = feedLinks(Urls.HOME, site.title());
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(site.locale());
        this.words = new Words(site.messages());
        this.translations = translations;
    }

    /** The lines of {@code _redirects} for this language's old paths, which the build writes at the root. */
    public String redirectLines() {
        return redirectLines.toString();
    }

    /** Writes every page, the stylesheet, robots.txt and 404.html; returns how many HTML pages. */
    public int renderAll() {
        listing(Urls.HOME, site.title(), site.description(), index.articles(), "index", "",
                (layout, cards, pagination) -> new Views.ListPage(layout, words.text("latest"), cards, pagination), siteFeeds);
        index.articles().parallelStream().forEach(this::article);
        actors();
        index.actors().parallelStream().forEach(this::actor);
        countries();
        index.countries().forEach(this::country);
        notFound();
        search();
        redirects();
        corrections();
        output.write(STYLESHEET, resource(Theme.DEFAULTS + "style.css"));
        if (site.isDefaultEdition()) {
            // One robots.txt, at the root, names every language's sitemaps.
            StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n\n");
            for (news.parley.core.model.Language language : site.languages()) {
                String folder = language.code().equals(site.language()) ? "" : language.code() + "/";
                robots.append("Sitemap: ").append(urls.absolute(folder + "sitemap.xml")).append('\n');
                robots.append("Sitemap: ").append(urls.absolute(folder + "news-sitemap.xml")).append('\n');
            }
            output.write("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8));
        }
        return pages.get();
    }

    private void article(IndexedArticle entry) {
        String file = Urls.file(Urls.article(entry.slug()));
        List<SiteIndex.ArticleCount> relatedArticles = related.of(index, entry);
        // The page shows the article, its related articles' cards and what the site's fingerprint covers.
        Fingerprint key = key("article", file).add(entry.fingerprint()).add(String.valueOf(picture(entry.article().image())))
                .add(texts.key(entry));
        relatedArticles.forEach(r -> key.add(cardKey(r.article())).add(r.shared()));
        write(file, "article", key, () -> articlePage(entry, relatedArticles));
    }

    private Record articlePage(IndexedArticle entry, List<SiteIndex.ArticleCount> relatedArticles) {
        Article article = entry.article();
        String path = Urls.article(article.slug());
        String file = Urls.file(path);
        String language = article.lang() != null ? article.lang() : site.language();
        ImageRef image = article.image();
        Picture picture = picture(image);
        // Updated, or corrected, after it was published: the page says when it last changed.
        java.time.OffsetDateTime modified = article.lastModified().isAfter(article.date()) ? article.lastModified() : null;
        Views.Meta meta = new Views.Meta("article", ogLocale(language), iso(article.date()), iso(article.lastModified()),
                NewsMeta.jsonLd(entry, site, urls, picture, a -> picture(a.image()),
                        text -> org.jsoup.Jsoup.parseBodyFragment(markdown.html(text)).text()), social(image, picture));
        Views.Layout layout = layout(file, path, article.title(), entry.body().summary(), siteFeeds, language, meta);
        List<Views.ArticleCard> related = relatedArticles.stream()
                .map(r -> card(file, r.article(), r.shared()))
                .toList();
        return new Views.ArticlePage(layout, article.title(), article.lang(),
                NewsMeta.rightToLeft(language) ? "rtl" : null, iso(article.date()),
                text(article.date()), modified == null ? null : iso(modified),
                modified == null ? null : text(modified), article.author(), article.source(),
                article.sourceUrl(), entry.body().summary(), texts.html(entry),
                entry.actors().stream().map(a -> withAvatar(actorRef(file, a, 0), file, a)).toList(),
                entry.countries().stream().map(c -> countryRef(file, c, 0)).toList(),
                article.tags(), related, figure(file, image, picture, false),
                article.correctionsNewestFirst().stream().map(c -> new Views.CorrectionNote(
                        c.anchor(), iso(c.date()), text(c.date()),
                        inline(markdown.html(c.text())))).toList(), words.phrase("byline", article.author()));
    }

    /**
     * Markdown's HTML for one paragraph, without the paragraph: a correction is a sentence or two. Anything
     * else (which the loader refuses) is shown as its text, so that the page stays valid HTML.
     */
    static String inline(String html) {
        String trimmed = html.strip();
        return trimmed.startsWith("<p>") && trimmed.endsWith("</p>") && trimmed.indexOf("<p", 1) < 0
                && trimmed.indexOf("</p>") == trimmed.length() - 4
                ? trimmed.substring(3, trimmed.length() - 4)
                : org.jsoup.nodes.Entities.escape(org.jsoup.Jsoup.parseBodyFragment(html).text());
    }

    private Views.ActorRef withAvatar(Views.ActorRef ref, String file, Actor actor) {
        Picture portrait = picture(actor.image());
        return portrait == null ? ref : new Views.ActorRef(ref.id(), ref.name(), ref.role(), ref.country(), ref.href(),
                ref.count(), new Views.Thumb(Urls.relative(file, portrait.avatar().path()), portrait.avatar().width(),
                portrait.avatar().height()), ref.countText(), ref.togetherText());
    }

    private Picture picture(ImageRef image) {
        return image == null ? null : pictures.get(image.pictureKey());
    }

    /** What a shared link shows: the 16:9 crop, which social sites and search results show best. */
    private Views.SocialImage social(ImageRef image, Picture picture) {
        if (picture == null) {
            return null;
        }
        Picture.Rendition crop = picture.crops().get(0);
        return new Views.SocialImage(urls.absolute(crop.path()), crop.width(), crop.height(), image.alt());
    }

    /** A photo as {@code file} shows it, at the width of the text column or the screen, whichever is less. */
    private static Views.Figure figure(String file, ImageRef image, Picture picture, boolean lazy) {
        if (picture == null) {
            return null;
        }
        String srcset = picture.sizes().stream().map(r -> Urls.relative(file, r.path()) + " " + r.width() + "w")
                .collect(java.util.stream.Collectors.joining(", "));
        Picture.Rendition largest = picture.largest();
        Picture.Rendition src = picture.sizes().stream().filter(r -> r.width() >= 960).findFirst().orElse(largest);
        return new Views.Figure(Urls.relative(file, src.path()), srcset, ArticlePhotos.SIZES,
                largest.width(), largest.height(), image.alt(), image.caption(), image.credit(), lazy);
    }

    private void actors() {
        String file = Urls.file(Urls.ACTORS);
        Fingerprint key = key("actors", file);
        index.actors().forEach(a -> key.add(a.id()).add(index.featuring(a.id()).size()));
        write(file, "actors", key, () -> new Views.ActorsPage(layout(file, Urls.ACTORS, words.text("actors"),
                words.format("actorsDescription", site.title()), siteFeeds),
                index.actors().stream().map(a -> actorRef(file, a, index.featuring(a.id()).size())).toList()));
    }

    private void actor(Actor actor) {
        String path = Urls.actor(actor.id());
        List<Views.FeedLink> feeds = feedLinks(path, actor.name());
        List<SiteIndex.ActorCount> featuredWith = index.featuredWith(actor.id(), FEATURED_WITH);
        SortedMap<YearMonth, Integer> perMonth = Charts.perMonth(index.featuring(actor.id()));
        String description = words.format("actorDescription",
                actor.role().isEmpty() ? actor.name() : actor.name() + ", " + actor.role(), site.title());
        // Everything the actor's pages show besides their cards, by what it is made from: the
        // biography's Markdown and the timeline's counts are rendered only if page 1 is made.
        String homeCount = actor.country() == null ? "" : Integer.toString(index.in(actor.country()).size());
        String scope = Fingerprint.of(actor.toString(), featuredWith.toString(), perMonth.toString(),
                Integer.toString(index.featuring(actor.id()).size()), homeCount, String.valueOf(picture(actor.image())));
        Lazy<String> bio = new Lazy<>(() -> markdown.html(actor.bio()));
        Lazy<String> timeline = new Lazy<>(() -> Charts.timeline(actor.name(), perMonth, site.locale(), words));
        listing(path, actor.name(), description, index.featuring(actor.id()), "actor", scope,
                (layout, cards, pagination) -> {
                    String file = pageFile(path, pagination.current());
                    Country home = actor.country() == null ? null
                            : new Country(actor.country(), Country.nameOf(actor.country(), site.locale()), "");
                    return new Views.ActorPage(layout, actorRef(file, actor, index.featuring(actor.id()).size()),
                            home == null ? null : countryRef(file, home, index.in(home.code()).size()),
                            pagination.current() == 1 ? bio.get() : null, cards,
                            pagination, featuredWith.stream().map(c -> together(actorRef(file, c.actor(), c.count()))).toList(),
                            pagination.current() == 1 ? Charts.network(actor, featuredWith, featuredWith.stream()
                                    .map(c -> Urls.relative(file, Urls.actor(c.actor().id()))).toList(), words) : null,
                            pagination.current() == 1 ? timeline.get() : null, feeds,
                            pagination.current() == 1 ? figure(file, actor.image(), picture(actor.image()), false) : null,
                            words.phrase("articlesFeaturing", actor.name()), words.phrase("followActor", actor.name()));
                }, feeds);
    }

    private void countries() {
        String file = Urls.file(Urls.COUNTRIES);
        Fingerprint key = key("countries", file);
        index.countries().forEach(c -> key.add(c.code()).add(index.in(c.code()).size()));
        write(file, "countries", key, () -> new Views.CountriesPage(layout(file, Urls.COUNTRIES, words.text("countries"),
                words.format("countriesDescription", site.title()), siteFeeds),
                index.countries().stream().map(c -> countryRef(file, c, index.in(c.code()).size())).toList()));
    }

    private void country(Country country) {
        String path = Urls.country(country.code());
        List<Views.FeedLink> feeds = feedLinks(path, country.name());
        Lazy<String> description = new Lazy<>(() -> markdown.html(country.description()));
        String scope = Fingerprint.of(country.toString(), index.actorsOf(country.code()).toString(),
                Integer.toString(index.in(country.code()).size()));
        listing(path, country.name(), words.format("countryDescription", country.name(), site.title()),
                index.in(country.code()), "country", scope,
                (layout, cards, pagination) -> {
                    String file = pageFile(path, pagination.current());
                    // Relative links in the description are written for the first page, so only it shows them.
                    return new Views.CountryPage(layout, countryRef(file, country, index.in(country.code()).size()),
                            pagination.current() == 1 ? description.get() : null, index.actorsOf(country.code()).stream()
                            .filter(c -> c.count() > 0)
                            .map(c -> actorRef(file, c.actor(), c.count())).toList(),
                            cards, pagination, feeds);
                }, feeds);
    }

    private void notFound() {
        // Hosts serve 404.html at any missing URL, so its links start from the site's path, not from its own place.
        String root = urls.rootPath();
        Views.Layout layout = new Views.Layout(site.title(), site.description(), site.language(),
                NewsMeta.rightToLeft(site.language()) ? "rtl" : "ltr", words.text("notFound"), "", null, root, root,
                root + Urls.ACTORS, root + Urls.COUNTRIES, root + SEARCH, root + STYLESHEET, siteFeeds,
                urls.absolute("feed.xml"), urls.absolute("atom.xml"), urls.absolute("feeds.opml"),
                new Views.Meta("website", ogLocale(site.language()), null, null, null, null), words.html(), List.of(),
                null);
        write("404.html", "404", key("404", "404.html"), () -> new Views.NotFoundPage(layout, words.phrase("notFoundText",
                new Words.Link(words.text("notFoundLatest"), root), new Words.Link(words.text("notFoundActors"),
                        root + Urls.ACTORS), new Words.Link(words.text("notFoundCountries"), root + Urls.COUNTRIES))));
    }

    /**
     * Every correction of the site, newest first, each with the article it corrects, paginated like the
     * other listings; with a link to the newsroom's corrections policy where {@code site.yaml} names one.
     */
    private void corrections() {
        List<SiteIndex.Corrected> entries = index.corrections();
        int size = site.pageSize();
        int total = Math.max(1, (entries.size() + size - 1) / size);
        List<Views.FeedLink> feeds = feedLinks(Urls.CORRECTIONS, words.text("corrections"));
        for (int n = 1; n <= total; n++) {
            String file = pageFile(Urls.CORRECTIONS, n);
            List<SiteIndex.Corrected> shown = entries.subList((n - 1) * size, Math.min(entries.size(), n * size));
            Fingerprint key = key("corrections", file).add(n).add(total);
            shown.forEach(e -> key.add(e.article().slug()).add(e.article().article().title())
                    .add(e.correction().date().toString()).add(e.correction().text()));
            int page = n;
            write(file, "corrections", key, () -> new Views.CorrectionsPage(
                    layout(file, Urls.page(Urls.CORRECTIONS, page), page == 1 ? words.text("corrections")
                            : words.format("titlePage", words.text("corrections"), page, total),
                            words.format("correctionsDescription", site.title()), feeds),
                    site.correctionsPolicy(),
                    shown.stream().map(e -> new Views.CorrectionEntry(e.article().article().title(),
                            Urls.relative(file, Urls.article(e.article().slug())), iso(e.correction().date()),
                            text(e.correction().date()), inline(markdown.html(e.correction().text())))).toList(),
                    new Views.Pagination(page, total,
                            page > 1 ? Urls.relative(file, Urls.page(Urls.CORRECTIONS, page - 1)) : null,
                            page < total ? Urls.relative(file, Urls.page(Urls.CORRECTIONS, page + 1)) : null,
                            words.phrase("pageOf", page, total)), feeds,
                    site.correctionsPolicy() == null ? null : words.phrase("correctionsPolicy",
                            new Words.Link(words.text("correctionsPolicyLink"), site.correctionsPolicy()))));
        }
    }

    /**
     * A page at each old path ({@code redirectFrom}) that sends readers on, and {@code _redirects}, which
     * Netlify, Cloudflare Pages and GitLab Pages read to answer the same paths with a 301.
     */
    private void redirects() {
        java.util.Map<news.parley.core.model.Redirect, String[]> targets = new java.util.LinkedHashMap<>();
        index.articles().forEach(a -> a.article().redirectFrom().forEach(r -> targets.put(r,
                new String[]{Urls.article(a.slug()), a.article().title(), a.article().lang() != null ? a.article().lang()
                        : site.language()})));
        index.actors().forEach(a -> a.redirectFrom().forEach(r -> targets.put(r,
                new String[]{Urls.actor(a.id()), a.name(), site.language()})));
        if (targets.isEmpty()) {
            return;
        }
        String base = site.baseUrl().getRawPath().replaceAll("/+$", "");
        StringBuilder lines = new StringBuilder();
        targets.forEach((redirect, target) -> {
            String url = urls.absolute(target[0]);
            write(redirect.file(), "redirect", key("redirect", redirect.file()).add(url).add(target[1]).add(target[2]),
                    () -> new Views.RedirectPage(target[2], target[1], url, words.format("moved", target[1]),
                            words.phrase("movedTo", new Words.Link(target[1], url))));
            lines.append(base).append('/').append(ascii(redirect.path())).append(' ').append(base).append('/')
                    .append(target[0]).append(" 301\n");
        });
        redirectLines.append(lines);
    }

    /** A path with what is not ASCII percent-encoded, as hosts read _redirects. */
    private static String ascii(String path) {
        try {
            return new java.net.URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    /** The search page and its script; the index it loads is the search stage's ({@code FullTextIndex}). */
    private void search() {
        String file = Urls.file(SEARCH);
        byte[] script = searchScript();
        output.write(SEARCH + "search.js", script);
        // The script's address changes with it: a browser that kept an older one would read the index's
        // files, which change form with it, wrongly.
        String src = "search.js?v=" + Fingerprint.ofBytes(script).substring(0, 12);
        write(file, "search", key("search", file).add(src), () -> new Views.SearchPage(layout(file, SEARCH,
                words.text("search"), words.format("searchDescription", site.title()), siteFeeds),
                "manifest.json", src, words.phrase("searchNoScript", new Words.Link(words.text("searchNoScriptLink"),
                        Urls.relative(file, Urls.HOME)))));
    }

    /** The search script, saying what it says to readers in the site's language. */
    private byte[] searchScript() {
        String script = new String(resource(Theme.DEFAULTS + "search.js"), StandardCharsets.UTF_8);
        String[][] said = {{"searchHint", "Type a name, a country or words from a headline."},
                {"searchLoading", "Loading the index…"}, {"searchFoundOne", "1 article found."},
                {"searchFailed", "The search index could not be loaded."}};
        for (String[] words : said) {
            script = script.replace(json(words[1]), json(this.words.text(words[0])));
        }
        script = script.replace("n + \" articles found.\"", json(words.text("searchFoundOther")) + ".replace(\"{0}\", n)");
        return script.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /** A value made the first time a page asks for it, and only then. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private T value;
        private boolean made;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (!made) {
                value = make.get();
                made = true;
            }
            return value;
        }
    }

    @FunctionalInterface
    private interface PageView {
        Record view(Views.Layout layout, List<Views.ArticleCard> cards, Views.Pagination pagination);
    }

    /** A paginated list of articles at {@code path}: page 1 at the path itself, page N at {@code path/page/N/}. */
    private void listing(String path, String title, String description, List<IndexedArticle> articles,
                         String template, String scope, PageView view, List<Views.FeedLink> feeds) {
        int size = site.pageSize();
        int total = Math.max(1, (articles.size() + size - 1) / size);
        for (int n = 1; n <= total; n++) {
            String file = pageFile(path, n);
            List<IndexedArticle> shown = articles.subList((n - 1) * size, Math.min(articles.size(), n * size));
            // A page of a listing shows its scope, its place among the pages, and its cards.
            Fingerprint key = key(template, file).add(scope).add(n).add(total);
            shown.forEach(a -> key.add(cardKey(a)));
            int page = n;
            write(file, template, key, () -> {
                List<Views.ArticleCard> cards = shown.stream().map(a -> card(file, a, 0)).toList();
                Views.Pagination pagination = new Views.Pagination(page, total,
                        page > 1 ? Urls.relative(file, Urls.page(path, page - 1)) : null,
                        page < total ? Urls.relative(file, Urls.page(path, page + 1)) : null,
                        words.phrase("pageOf", page, total));
                String pageTitle = page == 1 ? title : words.format("titlePage", title, page, total);
                // The home page tells search engines where the site's search is.
                Views.Meta meta = path.equals(Urls.HOME) && page == 1 ? new Views.Meta("website", ogLocale(site.language()),
                        null, null, NewsMeta.webSite(site, urls), null) : null;
                return view.view(layout(file, Urls.page(path, page), pageTitle, description, feeds, site.language(), meta),
                        cards, pagination);
            });
        }
    }

    private static String pageFile(String path, int n) {
        return Urls.file(Urls.page(path, n));
    }

    private Views.Layout layout(String file, String path, String title, String description,
                                List<Views.FeedLink> feeds) {
        return layout(file, path, title, description, feeds, site.language(), null);
    }

    private Views.Layout layout(String file, String path, String title, String description,
                                List<Views.FeedLink> feeds, String language, Views.Meta meta) {
        String root = Urls.toRoot(file);
        List<Translations.Alternate> alternates = translations.of(index, path);
        String siteRoot = root + (site.isDefaultEdition() ? "" : "../");
        String rootUrl = site.rootUrl().toString();
        List<Views.Translation> translated = alternates.stream().map(a -> new Views.Translation(a.language(), a.name(),
                a.url(), siteRoot + a.url().substring(rootUrl.length()), a.language().equals(site.language()))).toList();
        return new Views.Layout(site.title(), site.description(), language, NewsMeta.rightToLeft(language) ? "rtl" : "ltr",
                title.equals(site.title()) ? title : title + " · " + site.title(), description, urls.absolute(path),
                root, Urls.relative(file, Urls.HOME), Urls.relative(file, Urls.ACTORS),
                Urls.relative(file, Urls.COUNTRIES), Urls.relative(file, SEARCH), root + STYLESHEET, feeds,
                urls.absolute("feed.xml"), urls.absolute("atom.xml"), urls.absolute("feeds.opml"),
                meta != null ? meta : new Views.Meta("website", ogLocale(language), null, null, null, null), words.html(),
                translated, translated.size() > 1 ? translations.defaultOf(alternates) : null);
    }

    private static String ogLocale(String language) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
    }

    /** The feeds of a page's scope (the site, an actor or a country), for autodiscovery and subscribe links. */
    private List<Views.FeedLink> feedLinks(String path, String name) {
        return Arrays.stream(FeedFormat.values())
                .map(f -> new Views.FeedLink(f.mediaType(), f.label(), name + " (" + f.label() + ")",
                        urls.absolute(path + f.fileName())))
                .toList();
    }

    /**
     * A digest of what an article's card shows (its title, date, summary, actors and countries; their
     * names and pages are the site's fingerprint's): pages that list an article change when its card
     * does, not when its body below the summary does.
     */
    private String cardKey(IndexedArticle entry) {
        String key = cardKeys.get(entry.rank());
        if (key == null) {
            Article article = entry.article();
            Fingerprint digest = Fingerprint.start().add(article.slug()).add(article.title())
                    .add(article.date().toEpochSecond()).add(article.date().getNano())
                    .add(article.date().getOffset().getTotalSeconds()).add(entry.body().summary())
                    .add(String.valueOf(picture(article.image())));
            key = SiteIndex.addActorsAndCountries(digest, entry).digest();
            cardKeys.set(entry.rank(), key);
        }
        return key;
    }

    private Views.ArticleCard card(String file, IndexedArticle entry, int shared) {
        Article article = entry.article();
        return new Views.ArticleCard(article.title(), Urls.relative(file, Urls.article(article.slug())),
                iso(article.date()), text(article.date()), entry.body().summary(),
                entry.actors().stream().map(a -> actorRef(file, a, 0)).toList(),
                entry.countries().stream().map(c -> countryRef(file, c, 0)).toList(), shared, thumb(file, article.image()));
    }

    private Views.Thumb thumb(String file, ImageRef image) {
        Picture picture = picture(image);
        return picture == null ? null
                : new Views.Thumb(Urls.relative(file, picture.card().path()), picture.card().width(), picture.card().height());
    }

    private Views.ActorRef actorRef(String file, Actor actor, int count) {
        return new Views.ActorRef(actor.id(), actor.name(), actor.role(),
                actor.country() == null ? null : Country.nameOf(actor.country(), site.locale()),
                Urls.relative(file, Urls.actor(actor.id())), count, null, words.articles(count), null);
    }

    /** An actor beside another, with how many articles feature both. */
    private Views.ActorRef together(Views.ActorRef ref) {
        return new Views.ActorRef(ref.id(), ref.name(), ref.role(), ref.country(), ref.href(), ref.count(), ref.avatar(),
                ref.countText(), words.format("together", ref.countText()));
    }

    /** A country; its link is null where it has no page, which is where no article belongs to it. */
    private Views.CountryRef countryRef(String file, Country country, int count) {
        boolean hasPage = !index.in(country.code()).isEmpty();
        return new Views.CountryRef(country.code(), country.name(), country.flag(),
                hasPage ? Urls.relative(file, Urls.country(country.code())) : null, count, words.articles(count));
    }

    /**
     * A page is a function of its template and its view. Making every view to digest it would cost
     * nearly as much as rendering, so each page names a key instead: the digest of what its view is
     * made from, which with the theme, the page's file and the site's fingerprint decides its bytes.
     * A key that misses an input would leave a page stale; {@code build --verify-cache} checks them.
     */
    private void write(String file, String template, Fingerprint key, java.util.function.Supplier<Record> view) {
        pages.incrementAndGet();
        output.write(file, key.digest(), () -> theme.render(template, view.get()).getBytes(StandardCharsets.UTF_8));
    }

    /** The start of a page's key: the theme, what the site's fingerprint covers, the template and the file. */
    private Fingerprint key(String template, String file) {
        Fingerprint key = keys.copy().add(template).add(file);
        // A page names its translations, which other languages' content decides.
        String path = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
        translations.of(index, path).forEach(a -> key.add(a.language()).add(a.url()));
        return key;
    }

    private static String iso(OffsetDateTime date) {
        return date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private String text(OffsetDateTime date) {
        return date.format(dates);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing theme resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
