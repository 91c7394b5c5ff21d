package news.parley.site;

import news.parley.core.index.ActorMatcher;
import news.parley.core.index.SiteChecks;
import news.parley.core.index.SiteIndex;
import news.parley.core.load.ContentLoader;
import news.parley.core.load.LoadedContent;
import news.parley.core.model.Article;
import news.parley.core.model.ArticleBody;
import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;
import news.parley.core.problem.Problems;
import news.parley.core.problem.Severity;
import news.parley.core.site.Fingerprint;
import news.parley.feeds.Feeds;
import news.parley.feeds.NewsSitemap;
import news.parley.feeds.Sitemap;
import news.parley.render.markdown.Markdown;
import news.parley.render.page.Pages;
import news.parley.render.page.Theme;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A whole build, as the chain of stages it is: load, analyze (Markdown and mentions), index,
 * render pages, write feeds, commit. The first three are the check; nothing is written unless the
 * check finds no error.
 */
public final class Site {
    private final BuildRequest request;
    private final Consumer<String> progress;
    private final Problems problems = new Problems();
    /** Only a build has one: a check writes nothing, not even a cache. */
    private BuildCache cache;
    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private long lap = System.nanoTime();

    private Site(BuildRequest request, Consumer<String> progress) {
        this.request = request;
        this.progress = progress;
    }

    /**
     * Thrown, before anything is written, by a build or check that would read or render more articles
     * than its request's {@link BuildRequest#quickLimit()}.
     */
    public static final class TooLong extends RuntimeException {
        TooLong(int count, String what, int limit) {
            super(count + " " + what + ", more than " + limit, null, false, false);
        }
    }

    /** Checks everything a build would read and returns every problem, sorted; writes nothing. */
    public static List<Problem> check(BuildRequest request) {
        Site site = new Site(request, stage -> { });
        try {
            site.prepare();
        } catch (ContentException e) {
            return e.problems();
        }
        return site.problems.sorted();
    }

    /** Builds the site; throws {@code ContentException} with every problem when the content has errors. */
    public static BuildResult build(BuildRequest request) {
        return build(request, stage -> { });
    }

    /** Builds the site, telling {@code progress} the name of each stage as it starts. */
    public static BuildResult build(BuildRequest request, Consumer<String> progress) {
        return new Site(request, progress).run();
    }

    /** What the check hands to rendering; the loaded Markdown is not kept, as the index holds its HTML. */
    private record Prepared(Path root, List<String> staticFiles, Theme theme, Markdown markdown, SiteIndex index) {
    }

    private BuildResult run() {
        long start = System.nanoTime();
        progress.accept("loading content");
        warmUp();
        cache = BuildCache.open(request.output(), request.clean());
        lap("cache");
        try (BuildCache open = cache) {
            return run(start);
        }
    }

    /** Whether this JVM has started warming up the libraries that render (once is enough). */
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    /**
     * Loads and starts flexmark, Rome, JDOM, Jackson and jsoup on a thread of their own, with made-up
     * input, while this one reads the content and the cache. In a fresh JVM each costs a tenth of a
     * second or so the first time, which a rebuild that renders a few pages and feeds would otherwise
     * spend on its way (measured on the benchmark's 10,000 articles: 1.90 s instead of 2.13 s).
     */
    private static void warmUp() {
        if (WARMING.compareAndSet(false, true)) {
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
    }

    private BuildResult run(long start) {
        Prepared site = prepare();
        // One build at a time writes into an output: two would append to one pack and swap each
        // other's files. Taken once the check has passed, so that content with errors writes nothing.
        StagedOutput.refuseUnsafe(request.source().toAbsolutePath().normalize(),
                request.output().toAbsolutePath().normalize());
        try (BuildLock lock = BuildLock.acquire(request.output());
             StagedOutput output = StagedOutput.begin(request.source(), request.output(), cache,
                request.verifyCache())) {
            lap("stage");
            int pages = render(site, output);
            lap("render");
            int feeds = writeFeeds(site.index(), output);
            output.write("news-sitemap.xml", NewsSitemap.of(site.index(), request.now()));
            output.copy(site.root().resolve("static"), site.staticFiles());
            lap("feeds");
            cache.save(output.commit());
            lap("commit");
            return new BuildResult(site.index().articles().size(), pages, feeds, output.files(),
                    cache.bodiesReused(), output.reused(), Duration.ofNanos(System.nanoTime() - start),
                    problems.sorted(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages)));
        }
    }

    /** The check: every stage up to the index, collecting problems from each before giving up. */
    private Prepared prepare() {
        // The templates compile on a thread of their own while the content loads: neither needs the other.
        CompletableFuture<Theme> compiling = Background.start("parley-templates", this::theme);
        LoadedContent content = load();
        Theme theme = Background.join(compiling);
        lap("load");
        if (content == null || theme == null) {
            fail();
        }
        Markdown markdown = new Markdown(content.site());
        Map<String, String> fingerprints = new ConcurrentHashMap<>();
        Map<String, ArticleBody> bodies = analyze(content, markdown, fingerprints);
        lap("analyze");
        SiteIndex index = SiteIndex.build(content, bodies, fingerprints);
        problems.addAll(SiteChecks.warnings(index, Set.copyOf(content.staticFiles())));
        problems.addAll(SiteChecks.staticClashes(index, content.staticFiles()));
        lap("index");
        if (problems.hasErrors() || request.strict() && !problems.sorted().isEmpty()) {
            fail();
        }
        return new Prepared(content.root(), content.staticFiles(), theme, markdown, index);
    }

    private static final Map<String, String> NEXT = Map.of("load", "reading Markdown and finding actors",
            "analyze", "cross-linking", "index", "rendering pages", "render", "writing feeds", "feeds", "publishing");

    private void lap(String stage) {
        long now = System.nanoTime();
        stages.put(stage, Duration.ofNanos(now - lap));
        lap = now;
        if (NEXT.containsKey(stage)) {
            progress.accept(NEXT.get(stage));
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
                    new ContentLoader.Options(request.drafts(), request.future(), request.now(), cache,
                            count -> ahead(count, "article files to read")));
            problems.addAll(content.warnings());
            return content;
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Stops a build that has more ahead of it than its request allows one process. */
    private void ahead(int count, String what) {
        if (request.quickLimit() > 0 && count > request.quickLimit()) {
            throw new TooLong(count, what, request.quickLimit());
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
    private Map<String, ArticleBody> analyze(LoadedContent content, Markdown markdown, Map<String, String> fingerprints) {
        ActorMatcher matcher = new ActorMatcher(content.actors().values());
        // A body depends on the article, the site's settings and every actor's id, name and aliases (what
        // the text can mention and the links lead to), and on nothing else: a new role, country or
        // biography keeps every body (and, with it, the Markdown stage's work).
        Fingerprint names = Fingerprint.start().add(content.site().toString());
        for (news.parley.core.model.Actor actor : content.actors().values()) {
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
        ahead(toRender.size(), "article bodies to render");
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

    private int render(Prepared site, StagedOutput output) {
        int before = output.files();
        // Related articles depend on the site's structure only, which an edited body seldom changes.
        SiteIndex.RelatedTable related = cache.related(site.index().structureFingerprint(), Pages.RELATED,
                site.index().articles().size());
        if (related == null) {
            related = site.index().relatedTable(Pages.RELATED);
        }
        cache.keepRelated(related);
        new Pages(site.index(), site.theme(), site.markdown(), output, related).renderAll();
        return output.files() - before;
    }

    private static int writeFeeds(SiteIndex index, StagedOutput output) {
        int feeds = new Feeds(index, output).writeAll();
        output.write("sitemap.xml", index.articlesFingerprint(Sitemap::shown), () -> Sitemap.of(index));
        return feeds;
    }
}
