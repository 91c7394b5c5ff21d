package news.parley.core.load;

import news.parley.core.model.Redirect;
import news.parley.core.model.SiteConfig;
import news.parley.core.problem.Problem;
import news.parley.core.problem.Problems;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code site.yaml}, read and checked into the site's settings: its address, languages, time zone, feeds,
 * paths it no longer publishes and its corrections policy. The first thing the load stage reads.
 */
final class SiteSettings {
    private static final Set<String> SITE_KEYS = Set.of("title", "baseUrl", "language", "timezone", "description", "author",
            "feeds", "pageSize", "markdown", "gone", "correctionsPolicy", "languages");

    private SiteSettings() {
    }

    /** The settings, or null when site.yaml is missing or has errors, which are in {@code problems}. */
    static SiteConfig load(Path root, Problems problems) {
        String path = "site.yaml";
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.error(path, 0, 0, "missing: every site needs a site.yaml with at least title and baseUrl"));
            return null;
        }
        String text = SourceText.read(path, file, problems);
        if (text == null) {
            return null;
        }
        Optional<YamlFields> parsed = YamlFields.parse(path, text, 1, problems);
        if (parsed.isEmpty()) {
            return null;
        }
        YamlFields yaml = parsed.get();
        yaml.warnUnknown(SITE_KEYS);
        String title = yaml.requiredString("title");
        URI baseUrl = baseUrl(yaml);
        String language = Optional.ofNullable(yaml.string("language")).orElse("en");
        if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            yaml.error("language", "'language' must be a language tag such as en or fr-CA, found '" + language + "'");
        }
        ZoneId zone = ZoneId.of("UTC");
        String zoneName = yaml.string("timezone");
        if (zoneName != null) {
            try {
                zone = ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                yaml.error("timezone", "'timezone' must be a zone such as Europe/London or UTC, found '" + zoneName + "'");
            }
        }
        String description = Optional.ofNullable(yaml.string("description")).orElse("");
        Optional<YamlFields> feeds = yaml.mapping("feeds");
        feeds.ifPresent(f -> f.warnUnknown(Set.of("items", "archiveItems", "hubs")));
        int feedItems = feeds.map(f -> f.integer("items", SiteConfig.DEFAULT_FEED_ITEMS, 1, 1000))
                .orElse(SiteConfig.DEFAULT_FEED_ITEMS);
        int archiveItems = feeds.map(f -> f.integer("archiveItems", SiteConfig.DEFAULT_ARCHIVE_ITEMS, 1, 1000))
                .orElse(SiteConfig.DEFAULT_ARCHIVE_ITEMS);
        List<String> hubs = new ArrayList<>();
        for (YamlFields.Positioned hub : feeds.map(f -> f.positionedStrings("hubs")).orElse(List.of())) {
            if (isWebUrl(hub.value())) {
                if (!hubs.contains(hub.value())) {
                    hubs.add(hub.value());
                }
            } else {
                problems.add(Problem.error(path, hub.line(), hub.column(), "each of 'feeds.hubs' must be an absolute "
                        + "http(s) URL such as https://pubsubhubbub.appspot.com/, found '" + hub.value() + "'"));
            }
        }
        String author = Optional.ofNullable(yaml.string("author")).filter(a -> !a.isEmpty()).orElse(null);
        int pageSize = yaml.integer("pageSize", SiteConfig.DEFAULT_PAGE_SIZE, 1, 1000);
        boolean rawHtml = yaml.mapping("markdown")
                .map(markdown -> {
                    markdown.warnUnknown(Set.of("rawHtml"));
                    return markdown.bool("rawHtml", false);
                })
                .orElse(false);
        if (title == null || baseUrl == null) {
            return null;
        }
        List<String> gone = sitePaths(yaml, "gone").stream().map(Redirect::path).toList();
        String policy = yaml.string("correctionsPolicy");
        if (policy != null) {
            if (policy.startsWith("/") && !policy.startsWith("//") && !policy.matches("(?s).*[\\s:\\\\].*")
                    && !policy.contains("/../")) {
                try {
                    policy = baseUrl.resolve(new URI(null, null, policy.substring(1), null)).toString();
                } catch (URISyntaxException e) {
                    policy = "";
                }
            }
            if (!isWebUrl(policy)) {
                yaml.error("correctionsPolicy", "'correctionsPolicy' must be an absolute http(s) URL or a path of this"
                        + " site such as /about/corrections/, found '" + policy + "'");
                policy = null;
            }
        }
        List<news.parley.core.model.Language> languages = new ArrayList<>();
        languages.add(new news.parley.core.model.Language(language, title, description));
        yaml.mapping("languages").ifPresent(map -> {
            for (String code : map.keys()) {
                boolean known = code.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
                        && Set.of(Locale.getISOLanguages()).contains(Locale.forLanguageTag(code).getLanguage());
                if (!known) {
                    map.error(code, "'" + code + "' is not a language tag such as ru, ar or pt-BR");
                    continue;
                }
                if (languages.stream().anyMatch(l -> l.code().equalsIgnoreCase(code))) {
                    map.error(code, "'" + code + "' is " + (code.equalsIgnoreCase(languages.get(0).code())
                            ? "the site's default language, which 'language' names" : "given twice"));
                    continue;
                }
                // "ru:" with nothing after it is the language with the site's title.
                Optional<YamlFields> entry = map.has(code) ? map.mapping(code) : Optional.empty();
                entry.ifPresent(e -> e.warnUnknown(Set.of("title", "description")));
                if (map.has(code) && entry.isEmpty()) {
                    continue;
                }
                languages.add(new news.parley.core.model.Language(code,
                        entry.map(e -> e.string("title")).filter(t -> !t.isEmpty()).orElse(title),
                        entry.map(e -> e.string("description")).orElse("")));
            }
        });
        return new SiteConfig(title, baseUrl, language, zone, description, author != null ? author : title, feedItems,
                archiveItems, pageSize, rawHtml, hubs, gone, policy, languages, null);
    }

    /** An absolute http(s) URL with a host. */
    private static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static URI baseUrl(YamlFields yaml) {
        String value = yaml.requiredString("baseUrl");
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                yaml.error("baseUrl", "'baseUrl' must be an absolute http(s) URL such as https://example.org/news/, found '"
                        + value + "'");
                return null;
            }
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            if (!path.endsWith("/")) {
                path += "/";
            }
            // Canonical, as feed ids must be: a lower-case scheme and host, no default port.
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() == 80 && scheme.equals("http") || uri.getPort() == 443 && scheme.equals("https")
                    ? -1 : uri.getPort();
            return new URI(scheme, uri.getUserInfo(), uri.getHost().toLowerCase(Locale.ROOT), port, path, null, null);
        } catch (URISyntaxException e) {
            yaml.error("baseUrl", "'baseUrl' is not a valid URL: " + e.getReason());
            return null;
        }
    }

    /** The list {@code key} of paths of this site, each checked and made a folder or an HTML file. */
    static List<Redirect> sitePaths(YamlFields yaml, String key) {
        List<Redirect> redirects = new ArrayList<>();
        for (YamlFields.Positioned entry : yaml.positionedStrings(key)) {
            String path = entry.value();
            // Hosts read ':' and '*' in _redirects as placeholders; an empty segment would name another page's file.
            boolean valid = path.startsWith("/") && !path.contains("//")
                    && !path.matches("(?s).*[\\s\\p{Z}?#\\\\%:*].*")
                    && java.util.Arrays.stream(path.split("/")).noneMatch(part -> part.equals("..") || part.equals("."))
                    && path.length() > 1;
            if (!valid) {
                yaml.errorAt(entry, "'" + key + "' takes paths of this site from its root, such as /2019/06/old-slug/"
                        + " or /old-page.html (no host, '..', '//', query, spaces, ':', '*' or the home page), found '" + path + "'");
                continue;
            }
            String relative = path.substring(1);
            if (!relative.endsWith("/") && !relative.toLowerCase(Locale.ROOT).endsWith(".html")) {
                relative += "/";
            }
            redirects.add(new Redirect(relative, entry.line(), entry.column()));
        }
        return redirects;
    }

}
