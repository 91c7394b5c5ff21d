package news.parley.core.load;

import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.Correction;
import news.parley.core.model.ImageRef;
import news.parley.core.model.Redirect;
import news.parley.core.model.Country;
import news.parley.core.model.SiteConfig;
import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;
import news.parley.core.problem.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The load stage: reads {@code site.yaml}, articles, actors and country descriptions into typed
 * records, checking everything it can without Markdown. It collects every problem before failing.
 */
public final class ContentLoader {
    private static final Set<String> ARTICLE_KEYS = Set.of("title", "date", "updated", "slug", "summary", "countries",
            "actors", "tags", "author", "source", "sourceUrl", "draft", "lang", "image", "redirectFrom",
            "corrections", "translationKey");
    private static final Set<String> ACTOR_KEYS = Set.of("name", "aliases", "country", "role", "type", "image",
            "redirectFrom");
    /** What an actor's translation ({@code actors/<id>.<lang>.md}) may say; the rest is the default file's. */
    private static final Set<String> ACTOR_TRANSLATION_KEYS = Set.of("name", "aliases", "role");
    private static final Set<String> IMAGE_KEYS = Set.of("src", "alt", "caption", "credit", "focus");

    /**
     * Which articles a build publishes, and what an earlier load remembers.
     *
     * @param now     the build time: articles dated after it are left out unless {@code future}
     * @param memo    earlier parses of article files, or null to read every file
     */
    public record Options(boolean drafts, boolean future, Instant now, ArticleMemo memo) {
        public Options(boolean drafts, boolean future, Instant now) {
            this(drafts, future, now, null);
        }
    }

    /**
     * A file changed within this long before it was read may change again with the same size and time
     * stamp (the file system's clock is coarse), so its parse is not remembered: git's "racy clean".
     */
    private static final long RACY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    private final Path root;
    private final Options options;
    private final Problems problems = new Problems();

    private ContentLoader(Path root, Options options) {
        this.root = root;
        this.options = options;
    }

    /** Loads the content under {@code root}; throws {@link ContentException} listing every error. */
    public static LoadedContent load(Path root, Options options) {
        return new ContentLoader(root.toAbsolutePath().normalize(), options).load();
    }

    private LoadedContent load() {
        if (!Files.isDirectory(root)) {
            throw new ContentException(Problem.error(root.toString(), 0, 0, "source folder does not exist"));
        }
        SiteConfig site = SiteSettings.load(root, problems);
        // With site.yaml in error, a file's language is unknown: files with a suffix are left out, not misread.
        multilingual = site == null || site.multilingual();
        if (site != null) {
            Map<String, news.parley.core.model.Messages> words = InterfaceStrings.load(root, site.languages(), problems);
            site = site.edition(site.languages().get(0), words.get(site.language()));
            messages = words;
        }
        Map<String, Actor> actors = loadActors(site);
        Map<String, String> countries = loadCountries(site);
        Map<String, String> digests = new HashMap<>();
        List<Article> articles = loadArticles(site, actors, digests);
        List<String> staticFiles = files("static", name -> true).stream()
                .map(f -> relative(f.file()).substring("static/".length()))
                .toList();
        problems.throwIfErrors();
        List<Problem> warnings = problems.sorted();
        return new LoadedContent(root, site, articles, actors, countries, staticFiles, warnings, digests,
                translatedActors, translatedCountries, messages);
    }

    /** The name of a content file, with its language where the site has several. */
    private LanguageSuffix named(Path file) {
        return LanguageSuffix.of(file.getFileName().toString(), multilingual);
    }

    /** Whether site.yaml names languages besides its own, so that file names carry them. */
    private boolean multilingual;

    /** By language, what the translations of actor files say: each actor as that language names it. */
    private final Map<String, Map<String, Actor>> translatedActors = new TreeMap<>();
    /** By language, the country descriptions written in it. */
    private final Map<String, Map<String, String>> translatedCountries = new TreeMap<>();
    private Map<String, news.parley.core.model.Messages> messages = Map.of();

    /**
     * The language a file of {@code folder} is in, by its suffix: null for the default language, or the
     * code as {@code site.yaml} configures it; a suffix the site does not configure is an error, and the
     * file is skipped ({@code ""} is returned).
     */
    private String languageOf(String path, LanguageSuffix name, SiteConfig site) {
        if (name.language() == null) {
            return null;
        }
        if (site == null) {
            // site.yaml has errors of its own: which languages there are is unknown, and so is this file's.
            return "";
        }
        for (news.parley.core.model.Language language : site.languages()) {
            if (language.code().equalsIgnoreCase(name.language())) {
                return language.code().equals(site.languages().get(0).code()) ? null : language.code();
            }
        }
        problems.add(Problem.error(path, 0, 0, "'" + name.language() + "' names a language that site.yaml does not"
                + " configure; add it under 'languages' (with its title), or rename the file"));
        return "";
    }

    private Map<String, Actor> loadActors(SiteConfig site) {
        Map<String, Actor> actors = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        List<Path> files = markdownFiles("actors");
        // Reading and parsing each file stands alone: done on every core first, with each file's own
        // problems, which count only for the files the checks below, in path order, go on to read.
        List<Problems> own = files.stream().map(file -> new Problems()).toList();
        List<Parsed> parses = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> parse(relative(files.get(i)), files.get(i), own.get(i)))
                .toList();
        List<Integer> translations = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String path = relative(file);
            LanguageSuffix named = named(file);
            String language = languageOf(path, named, site);
            if (language != null) {
                if (!language.isEmpty()) {
                    translations.add(i);
                }
                continue;
            }
            String id = named.base();
            String claimed = ids.putIfAbsent(id, path);
            if (claimed != null) {
                problems.add(Problem.error(path, 0, 0, "actor id '" + id + "' is already claimed by " + claimed
                        + "; an actor's id is its file name, which must be unique under actors/"));
                continue;
            }
            if (!Slugs.isValid(id)) {
                problems.add(Problem.error(path, 0, 0, "an actor's file name is its id and URL: use lowercase letters, digits"
                        + " and single hyphens, such as '" + Slugs.fromFileName(id) + ".md'"));
                continue;
            }
            Parsed parsed = parses.get(i);
            if (parsed == null) {
                problems.addAll(own.get(i).sorted());
                continue;
            }
            actor(path, id, parsed, actors, names);
            problems.addAll(own.get(i).sorted());
        }
        Map<String, Map<String, String>> translatedNames = new HashMap<>();
        for (int i : translations) {
            Path file = files.get(i);
            String path = relative(file);
            LanguageSuffix named = named(file);
            String language = languageOf(path, named, site);
            problems.addAll(own.get(i).sorted());
            Actor original = actors.get(named.base());
            if (original == null) {
                if (!ids.containsKey(named.base())) {
                    problems.add(Problem.error(path, 0, 0, "a translation of an actor needs the actor's own file,"
                            + " actors/" + named.base() + ".md, in the site's default language"));
                }
                continue;
            }
            Parsed parsed = parses.get(i);
            if (parsed == null) {
                continue;
            }
            YamlFields yaml = parsed.yaml;
            yaml.warnUnknown(ACTOR_TRANSLATION_KEYS);
            String name = yaml.requiredString("name");
            if (name == null) {
                continue;
            }
            String other = translatedNames.computeIfAbsent(language, l -> new HashMap<>()).putIfAbsent(name, path);
            if (other != null) {
                problems.add(Problem.error(path, yaml.lineOf("name"), 1, "actor name '" + name + "' is already used by "
                        + other + "; full names must be unique in each language"));
                continue;
            }
            List<String> aliases = yaml.strings("aliases").stream().filter(a -> !a.isBlank()).toList();
            String role = Optional.ofNullable(yaml.string("role")).orElse(original.role());
            String bio = parsed.frontMatter.body().isBlank() ? original.bio() : parsed.frontMatter.body();
            translatedActors.computeIfAbsent(language, l -> new TreeMap<>()).put(original.id(), new Actor(original.id(),
                    parsed.frontMatter.body().isBlank() ? original.path() : path, name, aliases, original.country(), role,
                    original.organization(), bio, parsed.frontMatter.body().isBlank() ? original.bioLine()
                    : parsed.frontMatter.bodyLine(), original.image(), List.of()));
        }
        return actors;
    }

    /** One actor file's fields, checked; problems in its fields go with its parse's, the rest to the load's. */
    private void actor(String path, String id, Parsed parsed, Map<String, Actor> actors, Map<String, String> names) {
        YamlFields yaml = parsed.yaml;
        yaml.warnUnknown(ACTOR_KEYS);
        String name = yaml.requiredString("name");
        List<String> aliases = yaml.strings("aliases").stream().filter(a -> !a.isBlank()).toList();
        String country = yaml.string("country");
        if (country != null) {
            country = country.toLowerCase(Locale.ROOT);
            if (!Country.isKnownCode(country)) {
                yaml.error("country", "unknown country code '" + country + "': use an ISO 3166-1 alpha-2 code such as ru or us");
                country = null;
            }
        }
        String role = Optional.ofNullable(yaml.string("role")).orElse("");
        String type = Optional.ofNullable(yaml.string("type")).orElse(country == null ? "organization" : "person");
        if (!type.equals("person") && !type.equals("organization")) {
            yaml.error("type", "'type' must be person or organization, found '" + type + "'");
        }
        ImageRef image = image(yaml, path);
        List<Redirect> redirects = redirects(yaml);
        if (name == null) {
            return;
        }
        String other = names.putIfAbsent(name, path);
        if (other != null) {
            problems.add(Problem.error(path, yaml.lineOf("name"), 1,
                    "actor name '" + name + "' is already used by " + other + "; full names must be unique"));
        }
        actors.put(id, new Actor(id, path, name, aliases, country, role, type.equals("organization"),
                parsed.frontMatter.body(),
                parsed.frontMatter.bodyLine(), image, redirects));
    }

    private Map<String, String> loadCountries(SiteConfig site) {
        Map<String, String> countries = new TreeMap<>();
        Map<String, String> describedBy = new HashMap<>();
        for (Path file : markdownFiles("countries")) {
            String path = relative(file);
            LanguageSuffix named = named(file);
            String language = languageOf(path, named, site);
            if ("".equals(language)) {
                continue;
            }
            String code = named.base().toLowerCase(Locale.ROOT);
            if (!Country.isKnownCode(code)) {
                problems.add(Problem.error(path, 0, 0, "'" + code + "' is not an ISO 3166-1 alpha-2 country code;"
                        + " name the file after one, such as ru.md"));
                continue;
            }
            String text = SourceText.read(path, file, problems);
            if (text == null) {
                continue;
            }
            if (text.startsWith("---\n")) {
                FrontMatter.Result split = FrontMatter.split(path, text);
                if (split.problem() != null) {
                    problems.add(split.problem());
                    continue;
                }
                text = split.frontMatter().body();
            }
            String described = describedBy.putIfAbsent((language == null ? "" : language) + "\n" + code, path);
            if (described != null) {
                problems.add(Problem.error(path, 0, 0, "country '" + code + "' is already described by " + described
                        + "; one file per country and language"));
                continue;
            }
            (language == null ? countries : translatedCountries.computeIfAbsent(language, l -> new TreeMap<>()))
                    .put(code, text);
        }
        return countries;
    }

    private List<Article> loadArticles(SiteConfig site, Map<String, Actor> actors, Map<String, String> digests) {
        ZoneId zone = site == null ? ZoneId.of("UTC") : site.timezone();
        String defaultLanguage = site == null ? "" : site.language();
        String context = zone.getId() + "\n" + String.join(",", actors.keySet()) + "\n"
                + (site == null ? "" : site.languages().stream().map(news.parley.core.model.Language::code).toList());
        long racy = java.time.Instant.now().toEpochMilli() * 1_000_000L - RACY_NANOS;
        List<Found> all = files("articles", name -> name.endsWith(".md"));
        // A file's language is its name's, settled here in path order so that its problems are too.
        Map<Path, String> languages = new HashMap<>();
        List<Found> files = new ArrayList<>();
        for (Found found : all) {
            String language = languageOf(relative(found.file()), named(found.file()), site);
            if (!"".equals(language)) {
                languages.put(found.file(), language == null ? defaultLanguage : language);
                files.add(found);
            }
        }
        // Reading, parsing and checking each file stands alone: do it on every core, keeping only the
        // article (not the YAML tree, which holds its whole text), then check slugs across files in
        // path order, so that neither problems nor slugs depend on timing.
        List<Candidate> candidates = files.parallelStream().map(file -> {
            Candidate known = remembered(file, context);
            return known != null ? known : article(file, zone, actors, context, racy, languages.get(file.file()));
        }).toList();
        List<Article> published = new ArrayList<>();
        Map<String, String> slugOwners = new HashMap<>();
        Map<String, String> keyOwners = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (candidate == null || !published(candidate.article())) {
                continue;
            }
            Article article = candidate.article();
            digests.put(article.path(), candidate.digest());
            // Each language is a site of its own, with its own slugs; its translations share a key. Two files that
            // are one article in one language (talks.md and talks.en.md) are told so, not that their slugs clash.
            String translated = keyOwners.putIfAbsent(article.language() + "\n" + article.translationKey(), article.path());
            if (translated != null) {
                problems.add(Problem.error(article.path(), candidate.keyLine(), 1, "this file and " + translated
                        + " are both the " + article.language() + " version of '" + article.translationKey()
                        + "'; an article has one file per language (set a 'translationKey' of its own for another"
                        + " article)"));
                continue;
            }
            String owner = slugOwners.putIfAbsent(article.language() + "\n" + article.slug(), article.path());
            if (owner != null) {
                problems.add(Problem.error(article.path(), candidate.slugLine(), 1,
                        "slug '" + article.slug() + "' is already used by " + owner + "; each article needs its own"
                                + (site != null && site.multilingual() ? " in each language" : "")));
                continue;
            }
            published.add(article);
        }
        return published;
    }

    /** Whether a build with these options publishes the article. */
    private boolean published(Article article) {
        boolean future = article.date().toInstant().isAfter(options.now());
        return (!article.draft() || options.drafts()) && (!future || options.future());
    }

    /** An article, with the line to name if its slug turns out to be taken, and its digest. */
    private record Candidate(Article article, int slugLine, String digest, int keyLine) {
    }

    /** What the memo knows of one article file, if the file is as it was then; else null. */
    private Candidate remembered(Found found, String context) {
        ArticleMemo.Stamp stamp = stamp(found, context);
        ArticleMemo.Entry known = stamp == null ? null : options.memo().find(relative(found.file()), stamp);
        if (known == null) {
            return null;
        }
        problems.addAll(known.warnings());
        return new Candidate(known.article(), known.slugLine(), known.digest(), known.slugLine());
    }

    private ArticleMemo.Stamp stamp(Found found, String context) {
        return options.memo() == null ? null : new ArticleMemo.Stamp(found.attributes().size(),
                found.attributes().lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                String.valueOf(found.attributes().fileKey()), context);
    }

    /** One article file the memo did not give, read and checked on its own, and remembered. */
    private Candidate article(Found found, ZoneId zone, Map<String, Actor> actors, String context, long racy,
                              String language) {
        String path = relative(found.file());
        ArticleMemo memo = options.memo();
        ArticleMemo.Stamp stamp = stamp(found, context);
        Problems own = new Problems();
        Candidate candidate = article(path, found.file(), zone, actors, own, language);
        problems.addAll(own.sorted());
        if (candidate != null && stamp != null && !own.hasErrors()) {
            // A file too fresh to trust its stamp is remembered under one that never matches: never taken for
            // unchanged, but what it published (its slug) is known to the next build.
            ArticleMemo.Stamp kept = stamp.modified() < racy ? stamp : new ArticleMemo.Stamp(-1, -1, "", stamp.context());
            memo.keep(path, kept, new ArticleMemo.Entry(candidate.article().withoutBody(), candidate.slugLine(),
                    candidate.digest(), own.sorted()));
        }
        return candidate;
    }

    /** One article file, read and checked on its own; null when it has errors. */
    private Candidate article(String path, Path file, ZoneId zone, Map<String, Actor> actors, Problems problems,
                             String language) {
        Parsed parsed = parse(path, file, problems);
        if (parsed == null) {
            return null;
        }
        YamlFields yaml = parsed.yaml;
        yaml.warnUnknown(ARTICLE_KEYS);
        String title = yaml.requiredString("title");
        OffsetDateTime date = yaml.has("date") ? yaml.dateTime("date", zone) : missing(yaml, "date");
        OffsetDateTime updated = yaml.dateTime("updated", zone);
        String slug = yaml.string("slug");
        LanguageSuffix named = named(file);
        if (slug == null) {
            slug = Slugs.fromFileName(named.base());
            if (!Slugs.isValid(slug)) {
                problems.add(Problem.error(path, 1, 1, "cannot make a slug from the file name; set 'slug'"));
                slug = null;
            }
        } else if (!Slugs.isValid(slug)) {
            yaml.error("slug", "'slug' must be lowercase letters, digits and single hyphens, such as '"
                    + Slugs.fromFileName(slug) + "', found '" + slug + "'");
            slug = null;
        }
        List<String> countries = new ArrayList<>();
        for (YamlFields.Positioned code : yaml.positionedStrings("countries")) {
            String lower = code.value().toLowerCase(Locale.ROOT);
            if (!Country.isKnownCode(lower)) {
                problems.add(Problem.error(path, code.line(), code.column(), "unknown country code '" + code.value()
                        + "': use an ISO 3166-1 alpha-2 code such as ir or il"));
            } else if (!countries.contains(lower)) {
                countries.add(lower);
            }
        }
        List<String> actorIds = new ArrayList<>();
        for (YamlFields.Positioned id : yaml.positionedStrings("actors")) {
            if (!actors.containsKey(id.value())) {
                problems.add(Problem.error(path, id.line(), id.column(), "unknown actor '" + id.value()
                        + "': no file actors/" + id.value() + ".md"));
            } else if (!actorIds.contains(id.value())) {
                actorIds.add(id.value());
            }
        }
        String sourceUrl = yaml.string("sourceUrl");
        if (sourceUrl != null && !sourceUrl.matches("(?i)https?://\\S+")) {
            yaml.error("sourceUrl", "'sourceUrl' must be an absolute http(s) URL, found '" + sourceUrl + "'");
        }
        boolean draft = yaml.bool("draft", false);
        String lang = yaml.string("lang");
        if (lang != null && (Locale.forLanguageTag(lang).getLanguage().isEmpty() || !lang.matches("[A-Za-z0-9-]+"))) {
            yaml.error("lang", "'lang' must be a language tag such as fa or en-GB, found '" + lang + "'");
            lang = null;
        }
        ImageRef image = image(yaml, path);
        List<Redirect> redirects = redirects(yaml);
        List<Correction> corrections = corrections(yaml, zone, date);
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        String translationKey = Optional.ofNullable(yaml.string("translationKey")).orElse(folder + named.base());
        if (title == null || date == null || slug == null) {
            return null;
        }
        Article article = new Article(path, slug, title, date, updated, yaml.string("summary"), countries, actorIds,
                yaml.strings("tags"), yaml.string("author"), yaml.string("source"), sourceUrl, draft, lang,
                parsed.frontMatter.body(), parsed.frontMatter.bodyLine(), image, redirects, corrections, language,
                translationKey);
        return new Candidate(article, yaml.has("slug") ? yaml.lineOf("slug") : 1, digest(article),
                yaml.has("translationKey") ? yaml.lineOf("translationKey") : 1);
    }

    /** A digest of the whole article as its file states it, Markdown included. */
    private static String digest(Article article) {
        return news.parley.core.site.Fingerprint.secure(article.toString());
    }

    /**
     * The article with its Markdown, read again from its file: for an article the memo gave without
     * it, whose body the build's cache turns out not to hold. It must be the article the memo
     * described ({@code digest}); a file changed since is an error, so that no body is kept under
     * the key of another version.
     */
    public static Article withBody(Path root, Article article, String digest) {
        Problems found = new Problems();
        ContentLoader loader = new ContentLoader(root.toAbsolutePath().normalize(), new Options(true, true, Instant.MAX));
        String text = SourceText.read(article.path(), loader.root.resolve(article.path()), found);
        FrontMatter.Result split = text == null ? null : FrontMatter.split(article.path(), text);
        FrontMatter frontMatter = split == null ? null : split.frontMatter();
        Article whole = frontMatter == null ? null : new Article(article.path(), article.slug(), article.title(),
                article.date(), article.updated(), article.summary(), article.countries(), article.actors(),
                article.tags(), article.author(), article.source(), article.sourceUrl(), article.draft(), article.lang(),
                frontMatter.body(), frontMatter.bodyLine(), article.image(), article.redirectFrom(),
                article.corrections(), article.language(), article.translationKey());
        if (whole == null || !digest(whole).equals(digest)) {
            throw new ContentException(Problem.error(article.path(), 0, 0, "the file changed while it was being built;"
                    + " build again"));
        }
        return whole;
    }

    /**
     * The {@code corrections} list: each a {@code date} (as {@code date} takes) and a {@code text}, both
     * required; a correction dated before the article is an error.
     */
    private static List<Correction> corrections(YamlFields yaml, ZoneId zone, OffsetDateTime published) {
        List<Correction> corrections = new ArrayList<>();
        for (YamlFields item : yaml.mappings("corrections")) {
            item.warnUnknown(Set.of("date", "text"));
            OffsetDateTime date = item.has("date") ? item.dateTime("date", zone) : missing(item, "date");
            String text = item.requiredString("text");
            // A correction dated by the day alone may be of the article's own day, after its hour.
            boolean dayOnly = date != null && String.valueOf(item.string("date")).length() == 10;
            if (date != null && published != null && (dayOnly
                    ? date.toLocalDate().isBefore(published.atZoneSameInstant(zone).toLocalDate()) : date.isBefore(published))) {
                item.error("date", "a correction cannot be dated before the article it corrects ("
                        + published.atZoneSameInstant(zone).toLocalDate() + ")");
                continue;
            }
            if (date != null && published != null && date.isBefore(published)) {
                date = published;
            }
            // One paragraph of inline Markdown: the notice and the corrections page show it inside a sentence.
            if (text != null && (text.strip().contains("\n\n") || text.strip().matches("(?s)([-*+]\\s|>|#{1,6}\\s|\\d+[.)]\\s|```|~~~|<).*"))) {
                item.error("text", "a correction's text is one paragraph of inline Markdown (emphasis, links), with no"
                        + " lists, quotes, headings, code blocks or HTML");
                continue;
            }
            OffsetDateTime when = date;
            if (when != null && corrections.stream().anyMatch(c -> c.date().toEpochSecond() == when.toEpochSecond())) {
                // Its time names it, on the page and in feeds: one correction per time of an article.
                item.error("date", "another correction of this article has the same time; make them one");
                continue;
            }
            if (date != null && text != null) {
                corrections.add(new Correction(date, text, item.line(), 1));
            }
        }
        return corrections;
    }

    /**
     * The {@code redirectFrom} list: old paths of this site, from its root ({@code /2019/06/old-slug/},
     * {@code /old-page.html}); a path without a trailing slash or {@code .html} is a folder. Anything
     * else (a URL, a host, {@code ..}, a query, the home page) is an error at its line.
     */
    private static List<Redirect> redirects(YamlFields yaml) {
        return SiteSettings.sitePaths(yaml, "redirectFrom");
    }

    /**
     * The {@code image} mapping of {@code path}'s front matter, or null (also when it has errors, which
     * are reported). Whether the file exists and what it holds is the image stage's to find out, every
     * build: a file may go while the article stays as it was.
     */
    private static ImageRef image(YamlFields fields, String path) {
        Optional<YamlFields> mapping = fields.mapping("image");
        if (mapping.isEmpty()) {
            return null;
        }
        YamlFields yaml = mapping.get();
        yaml.warnUnknown(IMAGE_KEYS);
        String src = yaml.requiredString("src");
        String alt = yaml.requiredString("alt");
        double[] focus = {0.5, 0.5};
        if (yaml.has("focus")) {
            List<String> values = yaml.strings("focus");
            try {
                focus = values.stream().mapToDouble(Double::parseDouble).toArray();
            } catch (NumberFormatException e) {
                focus = new double[0];
            }
            if (focus.length != 2 || !(focus[0] >= 0 && focus[0] <= 1 && focus[1] >= 0 && focus[1] <= 1)) {
                yaml.error("focus", "'focus' must be two fractions from the left and from the top, such as"
                        + " [0.5, 0.3], found " + values);
                return null;
            }
        }
        String file = src == null ? null : ImagePaths.resolve(src, path);
        if (src != null && file == null) {
            yaml.error("src", "'src' must be a path to an image in the source folder, relative to this file or"
                    + " starting with / for the source folder, found '" + src + "'");
        } else if (file != null && !ImagePaths.isPhoto(file)) {
            yaml.error("src", "'" + src + "' is not a photo Parley reads: use JPEG, PNG or WebP (an SVG belongs in"
                    + " static/, which is copied as it is)");
            file = null;
        }
        if (file == null || alt == null) {
            return null;
        }
        YamlFields.Positioned where = yaml.positioned("src", src);
        return new ImageRef(file, alt, yaml.string("caption"), yaml.string("credit"), focus[0], focus[1],
                where.line(), where.column());
    }

    /** Reports a required field that is absent or empty; always null. */
    private static OffsetDateTime missing(YamlFields yaml, String key) {
        yaml.requiredString(key);
        return null;
    }

    private record Parsed(FrontMatter frontMatter, YamlFields yaml) {
    }

    private Parsed parse(String path, Path file, Problems problems) {
        String text = SourceText.read(path, file, problems);
        if (text == null) {
            return null;
        }
        FrontMatter.Result split = FrontMatter.split(path, text);
        if (split.problem() != null) {
            problems.add(split.problem());
            return null;
        }
        FrontMatter frontMatter = split.frontMatter();
        return YamlFields.parse(path, frontMatter.yaml(), frontMatter.yamlLine(), problems)
                .map(yaml -> new Parsed(frontMatter, yaml))
                .orElse(null);
    }

    private List<Path> markdownFiles(String folder) {
        return files(folder, name -> name.endsWith(".md")).stream().map(Found::file).toList();
    }

    /** A file found under a content folder, with the attributes the walk read anyway. */
    private record Found(Path file, BasicFileAttributes attributes) {
    }

    /**
     * Files under a content folder, in path order so that builds do not depend on the file system.
     * Links are not followed, so that no content can make Parley read outside the source folder.
     */
    private List<Found> files(String folder, java.util.function.Predicate<String> name) {
        Path dir = root.resolve(folder);
        if (Files.isSymbolicLink(dir)) {
            problems.add(Problem.warning(folder, 0, 0, "a symbolic link is skipped: Parley reads only files inside the "
                    + "source folder"));
            return List.of();
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        // One walk that keeps each file's attributes: asking the disk again per file is slow in large archives.
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink()) {
                        problems.add(Problem.warning(relative(file), 0, 0, "a symbolic link is skipped: Parley reads "
                                + "only files inside the source folder"));
                    } else if (attributes.isRegularFile() && name.test(file.getFileName().toString())) {
                        found.add(new Found(file, attributes));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        found.sort(java.util.Comparator.comparing(Found::file));
        return found;
    }

    private String relative(Path file) {
        // Every file here was found under the root: its path is the root's, a separator, then the rest
        // (Path.relativize, which allows for anything, cost a tenth of a rebuild's allocations).
        String whole = file.toString();
        String prefix = root.toString();
        if (file.startsWith(root) && whole.length() > prefix.length() && whole.startsWith(prefix)) {
            int start = prefix.endsWith(file.getFileSystem().getSeparator()) ? prefix.length() : prefix.length() + 1;
            return whole.substring(start).replace('\\', '/');
        }
        return root.relativize(file).toString().replace('\\', '/');
    }
}
