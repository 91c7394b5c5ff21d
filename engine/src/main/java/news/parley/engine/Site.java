package news.parley.engine;

import news.parley.core.index.MentionFinder;
import news.parley.core.index.Translations;
import news.parley.core.site.FolderOutput;
import news.parley.core.site.Output;
import news.parley.core.index.SiteChecks;
import news.parley.core.index.SiteIndex;
import news.parley.core.load.ContentLoader;
import news.parley.core.load.LoadedContent;
import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.ArticleBody;
import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;
import news.parley.core.problem.Problems;
import news.parley.core.problem.Severity;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Urls;
import news.parley.engine.cache.BuildCache;
import news.parley.engine.images.Photos;
import news.parley.render.page.ArticlePhotos;
import news.parley.render.page.FeedText;
import news.parley.core.model.Picture;
import news.parley.engine.publish.BuildLock;
import news.parley.engine.publish.OutputGuard;
import news.parley.engine.publish.StagedOutput;
import news.parley.engine.websub.HubNotifier;
import news.parley.feeds.Feeds;
import news.parley.feeds.NewsSitemap;
import news.parley.feeds.Sitemap;
import news.parley.render.markdown.Markdown;
import news.parley.render.page.Pages;
import news.parley.render.page.Theme;
import news.parley.render.search.FullTextIndex;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A whole build, as the chain of stages it is: load, analyze (Markdown and mentions), index, render
 * pages, write feeds, publish. The first three are the check; nothing is written unless the check
 * finds no error. Each build or check is an object of its own, and nothing is shared between them:
 * any number may run in one JVM, one after another or at once on different sites.
 */
public final class Site {
    /** How long a WebSub hub may take to connect and to answer. */
    private static final Duration HUB_TIMEOUT = Duration.ofSeconds(10);

    private final BuildRequest request;
    private final BuildListener listener;
    private final Problems problems = new Problems();
    /** Only a build has one: a check writes nothing, not even a cache. */
    private BuildCache cache;
    private final Map<Stage, Duration> stages = new EnumMap<>(Stage.class);
    private Stage stage;
    private long lap;

    private Site(BuildRequest request, BuildListener listener) {
        this.request = request;
        this.listener = listener;
    }

    /**
     * Checks everything a build would read, drafts and future-dated articles included (an editor may
     * yet publish them), and writes nothing.
     */
    public static CheckResult check(BuildRequest request) {
        Site site = new Site(request.withDrafts(true).withFuture(true), BuildListener.NONE);
        try {
            site.prepare();
        } catch (ContentException e) {
            return new CheckResult(e.problems());
        }
        return new CheckResult(site.problems.sorted());
    }

    public static BuildResult build(BuildRequest request) {
        return build(request, BuildListener.NONE);
    }

    /**
     * Builds the site, telling {@code listener} of each stage as it starts. Content errors, and an output
     * folder that is refused or locked by another build, are problems in the result, and then the
     * output is as it was; a failure of Parley or of the file system is thrown.
     */
    public static BuildResult build(BuildRequest request, BuildListener listener) {
        Objects.requireNonNull(request.output(), "a build needs an output folder");
        long start = System.nanoTime();
        Site site = new Site(request, listener);
        try {
            return site.run(start);
        } catch (ContentException e) {
            site.endStage();
            return BuildResult.failed(e.problems(), Duration.ofNanos(System.nanoTime() - start), site.stages);
        }
    }

    /** What the check hands to rendering; the loaded Markdown is not kept, as the index holds its HTML. */
    private record Prepared(Path root, List<String> staticFiles, Theme theme, Markdown markdown,
                            List<SiteIndex> editions, Photos photos) {

        /** The site in its default language, at the root: for a site in one language, the whole site. */
        SiteIndex index() {
            return editions.get(0);
        }

        int articles() {
            return editions.stream().mapToInt(e -> e.articles().size()).sum();
        }
    }

    private BuildResult run(long start) {
        startStage(Stage.LOAD);
        warmUp();
        cache = BuildCache.open(request.output(), request.clean());
        try (BuildCache open = cache) {
            Prepared site = prepare();
            // One build at a time writes into an output: two would append to one pack and swap each
            // other's files. Taken once the check has passed, so that content with errors writes nothing.
            OutputGuard.refuseUnsafe(request.source(), request.output());
            Written written = write(site);
            // The hubs are told once the site is in place and the output is free for the next build.
            HubNotifier.Told told = ping(site.index(), written.changedFeeds());
            endStage();
            return new BuildResult(problems.sorted(), site.articles(), written.pages(), written.feeds(),
                    written.files(), cache.bodiesReused(), written.reused(), Duration.ofNanos(System.nanoTime() - start),
                    stages, told.feeds(), told.hubs(), written.photos(), written.photosDecoded());
        }
    }

    /** What the render, feed and publish stages made, and which current feeds changed (when asked to ping). */
    private record Written(int pages, int feeds, int files, int reused, Set<String> changedFeeds, int photos,
                           int photosDecoded) {
    }

    /** The render, feed and publish stages, with the output locked: the site is made and put in place. */
    private Written write(Prepared site) {
        try (BuildLock lock = BuildLock.acquire(request.output());
             StagedOutput output = StagedOutput.begin(request.source(), request.output(), cache, request.verifyCache())) {
            startStage(Stage.IMAGES);
            Photos.Made photos = site.photos().write(output, cache);
            problems.addAll(photos.problems());
            if (problems.hasErrors()) {
                fail();
            }
            startStage(Stage.RENDER);
            Translations translations = site.editions().size() > 1 ? new Translations(site.editions()) : Translations.NONE;
            // Each language's pages, search and feeds reach the shared photos from their own folder.
            Map<SiteIndex, Map<String, Picture>> pictures = new java.util.IdentityHashMap<>();
            site.editions().forEach(edition -> pictures.put(edition, picturesOf(edition, photos.pictures())));
            int pages = 0;
            StringBuilder redirects = new StringBuilder();
            for (SiteIndex edition : site.editions()) {
                pages += render(site, edition, outputOf(edition, output), pictures.get(edition), translations, redirects);
            }
            if (site.editions().size() > 1) {
                // Hosts that read _redirects (Netlify) serve the root's 404.html anywhere unless told
                // that a language's folder has its own.
                String base = site.index().site().baseUrl().getRawPath().replaceAll("/+$", "");
                for (SiteIndex edition : site.editions().subList(1, site.editions().size())) {
                    String folder = base + "/" + folderOf(edition);
                    redirects.append(folder).append("* ").append(folder).append("404.html 404\n");
                }
            }
            if (redirects.length() > 0) {
                output.write("_redirects", redirects.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            startStage(Stage.SEARCH);
            for (SiteIndex edition : site.editions()) {
                Map<String, Picture> own = pictures.get(edition);
                FullTextIndex.write(edition, a -> a.article().image() == null ? null
                        : own.get(a.article().image().pictureKey()), outputOf(edition, output));
            }
            startStage(Stage.FEEDS);
            int feeds = 0;
            for (SiteIndex edition : site.editions()) {
                Output into = outputOf(edition, output);
                feeds += writeFeeds(edition, into, request, pictures.get(edition), site.markdown(), translations);
                into.write("news-sitemap.xml", NewsSitemap.of(edition, request.now()));
            }
            output.copy(site.root().resolve("static"), site.staticFiles());
            startStage(Stage.PUBLISH);
            Set<String> changedFeeds = new java.util.TreeSet<>();
            if (request.ping() && !site.index().site().hubs().isEmpty()) {
                for (SiteIndex edition : site.editions()) {
                    String folder = folderOf(edition);
                    changedFeeds.addAll(output.changed(Feeds.currentPaths(edition).stream().map(p -> folder + p).collect(java.util.stream.Collectors.toSet())));
                }
            }
            cache.save(output.commit());
            return new Written(pages, feeds, output.files(), output.reused(), changedFeeds,
                    site.photos().count(), photos.decoded());
        }
    }

    /** The language of an article file by its name ({@code talks.ru.md}), among the site's. */
    private static String languageOfPath(String path, List<SiteIndex> editions) {
        for (SiteIndex edition : editions.subList(1, editions.size())) {
            if (path.endsWith("." + edition.site().language() + ".md")) {
                return edition.site().language();
            }
        }
        return editions.get(0).site().language();
    }

    /** Where a language's pages go: the root for the default language, its own folder for another. */
    private static String folderOf(SiteIndex edition) {
        return edition.site().isDefaultEdition() ? "" : edition.site().language() + "/";
    }

    private static Output outputOf(SiteIndex edition, Output output) {
        String folder = folderOf(edition);
        return folder.isEmpty() ? output : new FolderOutput(output, folder);
    }

    /** The photos as a language's pages reach them: every language shares the files at the root. */
    private static Map<String, Picture> picturesOf(SiteIndex edition, Map<String, Picture> pictures) {
        if (folderOf(edition).isEmpty()) {
            return pictures;
        }
        Map<String, Picture> moved = new java.util.HashMap<>();
        pictures.forEach((key, picture) -> moved.put(key, picture.fromFolder()));
        return moved;
    }

    /**
     * Loads and starts flexmark, Rome, JDOM, Jackson and jsoup on a thread of their own, with made-up
     * input, while this one reads the content and the cache. In a fresh JVM loading them is a good part
     * of what a rebuild that renders a few pages and feeds would otherwise spend on its way (see
     * bench/README.md); in a JVM that has built before, it is over at once.
     */
    private static void warmUp() {
        Background.start("parley-warm-up", () -> {
            try {
                Markdown.warmUp();
                Feeds.warmUp();
            } catch (RuntimeException | LinkageError e) {
                // the build meets the same trouble on its own thread, and reports it there
            }
            return null;
        });
    }

    /** The check: every stage up to the index, collecting problems from each before giving up. */
    private Prepared prepare() {
        if (stage == null) {
            startStage(Stage.LOAD);
        }
        // The templates compile on a thread of their own while the content loads: neither needs the other.
        CompletableFuture<Theme> compiling = Background.start("parley-templates", this::theme);
        LoadedContent content = load();
        Theme theme = Background.join(compiling);
        if (content == null || theme == null) {
            fail();
        }
        Markdown markdown = new Markdown(content.site());
        List<SiteIndex> editions = new ArrayList<>();
        for (LoadedContent edition : content.editions()) {
            startStage(Stage.ANALYZE);
            Map<String, String> fingerprints = new ConcurrentHashMap<>();
            Map<String, ArticleBody> bodies = analyze(edition, content, markdown, fingerprints);
            startStage(Stage.INDEX);
            SiteIndex index = SiteIndex.build(edition, bodies, fingerprints);
            boolean root = editions.isEmpty();
            problems.addAll(SiteChecks.warnings(index, Set.copyOf(content.staticFiles()), root));
            problems.addAll(SiteChecks.redirectClashes(index, root ? content.staticFiles() : List.of()));
            editions.add(index);
        }
        SiteIndex index = editions.get(0);
        problems.addAll(SiteChecks.staticClashes(index, content.staticFiles()));
        if (cache != null && request.output() != null) {
            // Each language's pages, in its own folder, against what the last build published there.
            for (SiteIndex edition : editions) {
                String folder = folderOf(edition);
                Set<String> others = editions.stream().filter(e -> e != edition).map(Site::folderOf)
                        .filter(f -> !f.isEmpty()).collect(java.util.stream.Collectors.toSet());
                Set<String> files = cache.previousFiles().stream()
                        .filter(f -> f.startsWith(folder) && others.stream().noneMatch(f::startsWith))
                        .map(f -> f.substring(folder.length())).collect(java.util.stream.Collectors.toSet());
                Map<String, String> slugs = new java.util.HashMap<>();
                cache.previousSlugs().forEach((path, slug) -> {
                    if (languageOfPath(path, editions).equals(edition.site().language())) {
                        slugs.put(path, slug);
                    }
                });
                problems.addAll(SiteChecks.vanished(edition, files, slugs,
                        source -> java.nio.file.Files.isRegularFile(content.root().resolve(source))));
            }
        }
        // A check and a build alike: the warning needs no earlier build.
        if (content.staticFiles().contains("_redirects") && editions.stream().anyMatch(e -> e.articles().stream()
                .anyMatch(a -> !a.article().redirectFrom().isEmpty())
                || e.actors().stream().anyMatch(a -> !a.redirectFrom().isEmpty()))) {
            problems.add(news.parley.core.problem.Problem.warning("static/_redirects", 1, 1, "it replaces the"
                    + " _redirects that Parley writes for 'redirectFrom'; add those lines to it"));
        }
        startStage(Stage.IMAGES);
        Photos photos = Photos.probe(content.root(), editions, Set.copyOf(content.staticFiles()), cache);
        problems.addAll(photos.problems());
        if (problems.hasErrors() || request.strict() && !problems.sorted().isEmpty()) {
            fail();
        }
        return new Prepared(content.root(), content.staticFiles(), theme, markdown, editions, photos);
    }

    private void startStage(Stage next) {
        endStage();
        stage = next;
        lap = System.nanoTime();
        listener.stageStarted(next);
    }

    private void endStage() {
        if (stage != null) {
            stages.merge(stage, Duration.ofNanos(System.nanoTime() - lap), Duration::plus);
            stage = null;
        }
    }

    private void fail() {
        List<Problem> all = problems.sorted();
        throw new ContentException(request.strict() ? all.stream().map(Site::asError).toList() : all);
    }

    private static Problem asError(Problem p) {
        return new Problem(p.path(), p.line(), p.column(), Severity.ERROR, p.message());
    }

    private LoadedContent load() {
        try {
            LoadedContent content = ContentLoader.load(request.source(),
                    new ContentLoader.Options(request.drafts(), request.future(), request.now(), cache));
            problems.addAll(content.warnings());
            return content;
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private Theme theme() {
        List<Problem> found = new ArrayList<>();
        Theme theme = Theme.load(request.source().resolve("templates"), found);
        problems.addAll(found);
        return theme;
    }

    /**
     * The Markdown stage, from the cache where it holds the body made from the same inputs. Each
     * body's key is also its article's fingerprint, which the index hands to pages and feeds.
     */
    private Map<String, ArticleBody> analyze(LoadedContent content, LoadedContent whole, Markdown markdown,
                                             Map<String, String> fingerprints) {
        // Another language's articles also mention actors by the default language's names.
        java.util.Collection<Actor> fallback = content.site().isDefaultEdition() ? List.of() : whole.actors().values();
        MentionFinder matcher = MentionFinder.of(content.site().language(), content.actors().values(), fallback);
        // A body depends on the article, the site's settings and every actor's id, name and aliases (what
        // the text can mention and the links lead to), and on nothing else: a new role, country or
        // biography keeps every body (and, with it, the Markdown stage's work).
        Fingerprint names = Fingerprint.start().add(content.site().toString());
        for (Actor actor : content.actors().values()) {
            names.add(actor.id()).add(actor.name()).add(actor.aliases().size());
            actor.aliases().forEach(names::add);
        }
        for (Actor actor : fallback) {
            names.add(actor.id()).add(actor.name()).add(actor.aliases().size());
            actor.aliases().forEach(names::add);
        }
        String shared = names.digest();
        Map<String, ArticleBody> bodies = new ConcurrentHashMap<>();
        content.articles().parallelStream().forEach(loaded -> {
            String key = cache == null ? null : cache.bodyKey(shared, content.digests().get(loaded.path()));
            BuildCache.Body cached = key == null ? null : cache.body(key);
            if (key != null) {
                fingerprints.put(loaded.slug(), key);
            }
            if (cached != null) {
                problems.addAll(cached.warnings());
                bodies.put(loaded.slug(), cached.body());
            }
        });
        List<Article> toRender = content.articles().stream().filter(a -> !bodies.containsKey(a.slug())).toList();
        toRender.parallelStream().forEach(loaded -> {
            String key = fingerprints.get(loaded.slug());
            // The cache's memo gives an unchanged file without its Markdown: read it again only if needed.
            Article article = loaded.body().isEmpty()
                    ? ContentLoader.withBody(content.root(), loaded, content.digests().get(loaded.path())) : loaded;
            List<Problem> warnings = new ArrayList<>();
            try {
                ArticleBody body = markdown.article(article, matcher, warnings::add);
                bodies.put(article.slug(), body);
                if (key != null) {
                    cache.putBody(key, new BuildCache.Body(body, warnings));
                }
            } catch (StackOverflowError e) {
                problems.add(Problem.error(article.path(), article.bodyLine(), 1,
                        "the Markdown is nested too deeply to render (quotes or lists inside one another)"));
                bodies.put(article.slug(), new ArticleBody("", "", List.of(), List.of()));
            }
            problems.addAll(warnings);
        });
        return bodies;
    }

    private int render(Prepared site, SiteIndex edition, Output output, Map<String, Picture> pictures,
                       Translations translations, StringBuilder redirects) {
        // Related articles depend on the site's structure only, which an edited body seldom changes. The
        // cache keeps the default language's, which has most articles.
        boolean root = edition == site.index();
        SiteIndex.RelatedTable related = root ? cache.related(edition.structureFingerprint(), Pages.RELATED,
                edition.articles().size()) : null;
        if (related == null) {
            related = edition.relatedTable(Pages.RELATED);
        }
        if (root) {
            cache.keepRelated(related);
        }
        Pages pages = new Pages(edition, site.theme(), site.markdown(), output, related, pictures, translations);
        int count = pages.renderAll();
        redirects.append(pages.redirectLines());
        return count;
    }

    /** Tells the hubs of the feeds that changed; with {@code ping} but no hubs in {@code site.yaml}, says so. */
    private HubNotifier.Told ping(SiteIndex index, Set<String> changedFeeds) {
        List<String> hubs = index.site().hubs();
        if (request.ping() && hubs.isEmpty()) {
            problems.add(Problem.warning("site.yaml", 0, 0, "the build was asked to ping, but site.yaml names no"
                    + " WebSub hubs (feeds.hubs); nobody was told"));
        }
        Urls urls = new Urls(index.site().baseUrl());
        HubNotifier.Told told = new HubNotifier(HUB_TIMEOUT).publish(hubs,
                changedFeeds.stream().map(urls::absolute).toList());
        problems.addAll(told.warnings());
        return told;
    }

    private static int writeFeeds(SiteIndex index, Output output, BuildRequest request,
                                  Map<String, Picture> pictures, Markdown markdown, Translations translations) {
        int feeds = new Feeds(index, output, request.now(), pictures,
                new FeedText(new ArticlePhotos(pictures), markdown, index.site().locale(),
                        index.site().messages())).writeAll();
        for (Sitemap.File file : Sitemap.files(index, request.sitemapLimits(),
                path -> translations.withDefault(index, path))) {
            output.write(file.path(), file.fingerprint(), file.bytes());
        }
        return feeds;
    }
}
