package news.parley.core.index;

import news.parley.core.model.Actor;
import news.parley.core.model.ArticleBody;
import news.parley.core.model.SiteConfig;
import news.parley.core.problem.Problem;
import news.parley.core.site.FeedArchive;
import news.parley.core.site.FeedFormat;
import news.parley.core.site.Urls;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Warnings that need the whole index: actors nobody features, internal links that lead nowhere. */
public final class SiteChecks {
    private SiteChecks() {
    }

    /**
     * @param staticFiles paths under {@code static/}, which the site serves as they are
     */
    public static List<Problem> warnings(SiteIndex index, Set<String> staticFiles) {
        return warnings(index, staticFiles, true);
    }

    /**
     * @param unfeatured whether to warn of actors no article features: in the default language only, as the
     *                   site in another language may well have fewer articles
     */
    public static List<Problem> warnings(SiteIndex index, Set<String> staticFiles, boolean unfeatured) {
        List<Problem> warnings = new ArrayList<>();
        for (Actor actor : unfeatured ? index.actors() : List.<Actor>of()) {
            if (index.featuring(actor.id()).isEmpty()) {
                warnings.add(Problem.warning(actor.path(), 1, 1, "no published article features " + actor.name()));
            }
        }
        Set<String> paths = null;
        URI base = index.site().baseUrl();
        for (IndexedArticle article : index.articles()) {
            URI page = null;
            for (ArticleBody.BodyLink link : article.body().links()) {
                // A photo of the source folder is the image stage's, which makes its files or reports it missing.
                if (leavesSite(base, link.url()) || link.image()
                        && news.parley.core.load.ImagePaths.inText(link.url(), article.article().path(), staticFiles) != null) {
                    continue;
                }
                if (page == null) {
                    page = base.resolve(Urls.article(article.slug()));
                }
                String path = internalPath(base, page, link.url());
                if (path != null && paths == null) {
                    paths = sitePaths(index, staticFiles);
                }
                if (path != null && !paths.contains(path) && !paths.contains(path + "/")
                        && !paths.contains(path + (path.isEmpty() || path.endsWith("/") ? "" : "/") + "index.html")) {
                    warnings.add(Problem.warning(article.article().path(), link.line(), link.column(),
                            "link to '" + link.url() + "' leads to no page of this site"));
                }
            }
        }
        return warnings;
    }

    /**
     * Static files that would collide with the generated site: a file where the site needs a folder
     * ({@code static/articles}), or a file inside a generated file ({@code static/feed.xml/x}). A static
     * file in place of a generated one ({@code static/style.css}) is an intended override.
     */
    public static List<Problem> staticClashes(SiteIndex index, List<String> staticFiles) {
        if (staticFiles.isEmpty()) {
            return List.of();
        }
        Set<String> files = new HashSet<>();
        for (String path : sitePaths(index, Set.of())) {
            files.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        }
        Set<String> folders = new HashSet<>();
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        List<Problem> errors = new ArrayList<>();
        for (String file : staticFiles) {
            String clash = folders.contains(file) ? "the site needs a folder '" + file + "/' there" : null;
            for (int slash = file.indexOf('/'); clash == null && slash > 0; slash = file.indexOf('/', slash + 1)) {
                if (files.contains(file.substring(0, slash))) {
                    clash = "'" + file.substring(0, slash) + "' is a file of the generated site";
                }
            }
            if (clash != null) {
                errors.add(Problem.error("static/" + file, 0, 0, "cannot be copied into the site: " + clash));
            }
        }
        return errors;
    }

    /**
     * Article and actor pages the last build published that this one would not: readers, other sites
     * and search engines hold their addresses. Each is a warning that names the address and, where its
     * article's file is still there under another slug, the file and its new address, with the
     * {@code redirectFrom} line that keeps the readers. A page another page now answers for
     * ({@code redirectFrom}) or that {@code site.yaml} lists as {@code gone} draws none.
     *
     * @param previousFiles every file the last build published
     * @param previousSlugs the slug each article file had then, by the file's path
     */
    public static List<Problem> vanished(SiteIndex index, Set<String> previousFiles, java.util.Map<String, String> previousSlugs,
                                         java.util.function.Predicate<String> sourceExists) {
        Set<String> answered = new HashSet<>();
        index.articles().forEach(a -> answered.add(Urls.file(Urls.article(a.slug()))));
        index.actors().forEach(a -> answered.add(Urls.file(Urls.actor(a.id()))));
        index.articles().forEach(a -> a.article().redirectFrom().forEach(r -> answered.add(r.file())));
        index.actors().forEach(a -> a.redirectFrom().forEach(r -> answered.add(r.file())));
        index.site().gone().forEach(path -> answered.add(path.endsWith("/") ? path + "index.html" : path));
        java.util.Map<String, IndexedArticle> byPath = new java.util.HashMap<>();
        index.articles().forEach(a -> byPath.put(a.article().path(), a));
        java.util.Map<String, String> fileBySlug = new java.util.HashMap<>();
        previousSlugs.forEach((path, slug) -> fileBySlug.put(slug, path));
        List<Problem> warnings = new ArrayList<>();
        for (String file : new java.util.TreeSet<>(previousFiles)) {
            java.util.regex.Matcher page = VANISHING.matcher(file);
            if (!page.matches() || answered.contains(file)) {
                continue;
            }
            String path = "/" + file.substring(0, file.length() - "index.html".length());
            if (page.group(1).equals("articles")) {
                String source = fileBySlug.get(page.group(2));
                IndexedArticle now = source == null ? null : byPath.get(source);
                if (now != null) {
                    warnings.add(Problem.warning(source, 1, 1, "'" + path + "' was published by the last build and no"
                            + " longer is: this file now publishes /" + Urls.article(now.slug()) + "; add 'redirectFrom: ["
                            + path + "]' to keep its readers, or list it under 'gone' in site.yaml"));
                    continue;
                }
                String why = source == null ? "" : sourceExists.test(source)
                        ? " (this file is a draft, or dated after the build time, in this build)" : " (this file is gone)";
                warnings.add(Problem.warning(source != null ? source : "site.yaml", 1, 1, "'" + path + "' was published"
                        + " by the last build and no longer is" + why
                        + "; add 'redirectFrom: [" + path + "]' to the page that replaces it, or list it under 'gone'"
                        + " in site.yaml"));
            } else {
                warnings.add(Problem.warning("actors/" + page.group(2) + ".md", 1, 1, "'" + path + "' was published by"
                        + " the last build and no longer is (this file is gone); add 'redirectFrom: [" + path + "]' to"
                        + " the page that replaces it, or list it under 'gone' in site.yaml"));
            }
        }
        return warnings;
    }

    private static String clashKey(String path) {
        return java.text.Normalizer.normalize(path, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
    }

    /** The files of article and actor pages, whose addresses readers keep. */
    private static final java.util.regex.Pattern VANISHING = java.util.regex.Pattern.compile("(articles|actors)/([^/]+)/index\\.html");

    /**
     * Old paths ({@code redirectFrom}) that something else claims: a page of the site (its file named),
     * a file of {@code static/}, or another old path. Each is an error at the line that names it.
     */
    public static List<Problem> redirectClashes(SiteIndex index, List<String> staticFiles) {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        for (String path : sitePaths(index, Set.of())) {
            owners.put(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path, "a page of the site");
        }
        index.articles().forEach(a -> owners.put(Urls.file(Urls.article(a.slug())), "the page of " + a.article().path()));
        index.actors().forEach(a -> owners.put(Urls.file(Urls.actor(a.id())), "the page of " + a.path()));
        staticFiles.forEach(file -> owners.put(file, "static/" + file));
        // Compared as a case-insensitive disk would: without case, in one Unicode form.
        java.util.Map<String, String> byKey = new java.util.HashMap<>();
        owners.forEach((path, owner) -> byKey.put(clashKey(path), owner));
        List<Problem> errors = new ArrayList<>();
        java.util.function.BiConsumer<String, news.parley.core.model.Redirect> check = (file, redirect) -> {
            String owner = byKey.putIfAbsent(clashKey(redirect.file()), "the 'redirectFrom' of " + file + " (line "
                    + redirect.line() + ")");
            // A file of the site where the old path needs a folder (feed.xml/, _redirects/).
            String folder = redirect.file();
            for (int slash = folder.indexOf('/'); owner == null && slash > 0; slash = folder.indexOf('/', slash + 1)) {
                String file2 = folder.substring(0, slash);
                if (byKey.containsKey(clashKey(file2)) || file2.equals("_redirects")) {
                    owner = "inside '" + file2 + "', a file of the site";
                }
            }
            if (owner != null) {
                errors.add(Problem.error(file, redirect.line(), redirect.column(), "'/" + redirect.path()
                        + "' cannot send readers here: it is " + owner));
            }
        };
        index.articles().forEach(a -> a.article().redirectFrom().forEach(r -> check.accept(a.article().path(), r)));
        index.actors().forEach(a -> a.redirectFrom().forEach(r -> check.accept(a.path(), r)));
        return errors;
    }

    /**
     * Whether a link surely leaves the site: it names a scheme other than http(s), or another host.
     * Most links in news are such, and telling so from the text spares parsing each as a URI.
     */
    static boolean leavesSite(URI base, String url) {
        String text = url.strip();
        int colon = text.indexOf(':');
        if (colon <= 0 || !isScheme(text, colon)) {
            return false; // relative
        }
        if (!text.startsWith("http")) {
            return true; // as internalPath: only http(s) links can lead to a page
        }
        if (!text.startsWith("//", colon + 1)) {
            return false;
        }
        int end = colon + 3;
        while (end < text.length() && "/?#\\".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String authority = text.substring(colon + 3, end);
        if (authority.indexOf('@') >= 0 || authority.indexOf('%') >= 0 || authority.indexOf('[') >= 0) {
            return false; // unusual: let the URI parser decide
        }
        int port = authority.indexOf(':');
        String host = port >= 0 ? authority.substring(0, port) : authority;
        return !host.equalsIgnoreCase(base.getHost());
    }

    /** Whether the text before {@code end} is a URI scheme: a letter, then letters, digits, + . or -. */
    private static boolean isScheme(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /** The site path a link leads to, or null when it leaves the site or is not a web link. */
    static String internalPath(URI base, URI page, String url) {
        if (url.startsWith("#")) {
            return null;
        }
        URI target;
        try {
            target = page.resolve(new URI(url.strip().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        if (target.getScheme() == null || !target.getScheme().startsWith("http")
                || !base.getHost().equalsIgnoreCase(target.getHost() == null ? "" : target.getHost())
                || target.getPath() == null || !target.getPath().startsWith(base.getPath())) {
            return null;
        }
        String path = target.getPath().substring(base.getPath().length());
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    private static Set<String> sitePaths(SiteIndex index, Set<String> staticFiles) {
        Set<String> paths = new HashSet<>(staticFiles);
        paths.addAll(List.of(Urls.HOME, Urls.ACTORS, Urls.COUNTRIES, "index.html", "sitemap.xml", "robots.txt",
                "404.html", "style.css", "feeds.opml", "actors.opml", "news-sitemap.xml", "search/", "search/manifest.json",
                "search/search.js"));
        SiteConfig site = index.site();
        addListing(paths, site, Urls.HOME, index.articles().size());
        index.articles().forEach(a -> paths.add(Urls.article(a.slug())));
        index.actors().forEach(a -> addListing(paths, site, Urls.actor(a.id()), index.featuring(a.id()).size()));
        index.countries().forEach(c -> addListing(paths, site, Urls.country(c.code()), index.in(c.code()).size()));
        int corrections = index.articles().stream().mapToInt(a -> a.article().corrections().size()).sum();
        addListing(paths, site, Urls.CORRECTIONS, corrections);
        return paths;
    }

    private static void addListing(Set<String> paths, SiteConfig site, String path, int articles) {
        for (int n = 1; n == 1 || (n - 1) * site.pageSize() < articles; n++) {
            paths.add(Urls.page(path, n));
        }
        int archives = FeedArchive.documents(articles, site.feedItems(), site.archiveItems());
        for (FeedFormat format : FeedFormat.values()) {
            paths.add(path + format.fileName());
            for (int n = 1; n <= archives; n++) {
                paths.add(FeedArchive.path(path, n, format));
            }
        }
    }
}
