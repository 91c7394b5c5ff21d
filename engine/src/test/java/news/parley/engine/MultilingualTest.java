package news.parley.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newsroom that publishes in English, Russian, Arabic and Hebrew, read as readers of each language,
 * their feed readers and search engines read it.
 */
class MultilingualTest {
    private static final String BASE = "https://example.org/news/";

    @TempDir
    Path dir;

    /** The site: one story in four languages, one in English only, one in Russian only. */
    private TestSite site() {
        return new TestSite(dir)
                .file("site.yaml", """
                        title: Test Wire
                        baseUrl: https://example.org/news/
                        language: en
                        timezone: UTC
                        description: Tests.
                        languages:
                          ru: {title: Тестовая лента, description: Проверка.}
                          ar: {title: الخط الإخباري, description: اختبار.}
                          he: {title: קו החדשות, description: בדיקה.}
                        """)
                .actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .file("actors/vladimir-putin.ru.md", "---\nname: Владимир Путин\naliases: [Путин]\nrole: Президент России\n---\nБиография.\n")
                .file("actors/vladimir-putin.ar.md", "---\nname: فلاديمير بوتين\naliases: [بوتين]\n---\n")
                .file("actors/vladimir-putin.he.md", "---\nname: ולדימיר פוטין\naliases: [פוטין]\n---\n")
                .actor("sergey-lavrov", "Sergey Lavrov", "ru", "Lavrov")
                .file("actors/sergey-lavrov.ru.md", "---\nname: Сергей Лавров\naliases: [Лавров]\n---\n")
                .actor("benjamin-netanyahu", "Benjamin Netanyahu", "il", "Netanyahu")
                .file("actors/benjamin-netanyahu.ar.md", "---\nname: بنيامين نتنياهو\naliases: [نتنياهو]\n---\n")
                .file("actors/benjamin-netanyahu.he.md", "---\nname: בנימין נתניהו\naliases: [נתניהו]\n---\n")
                .file("actors/hamas.md", "---\nname: Hamas\ntype: organization\n---\nA movement.\n")
                .file("actors/hamas.ar.md", "---\nname: حماس\n---\n")
                .file("actors/hamas.he.md", "---\nname: חמאס\n---\n")
                .file("countries/ir.ru.md", "Иран, описание по-русски.\n")
                .file("articles/2025/06/talks.md", "---\ntitle: Talks in Moscow\ndate: 2025-06-20\ncountries: [ir]\n---\n"
                        + "Putin met Lavrov; Netanyahu and Hamas were discussed.\n")
                .file("articles/2025/06/talks.ru.md", "---\ntitle: Переговоры в Москве\ndate: 2025-06-20\ncountries: [ir]\n---\n"
                        + "Началась путина. В Киево-Печерской Лавре молились. Встреча Владимира Путина и Сергея Лаврова;"
                        + " Путину доложили, Лаврову поручили.\n")
                .file("articles/2025/06/talks.ar.md", "---\ntitle: محادثات في موسكو\ndate: 2025-06-20\ncountries: [ir]\n---\n"
                        + "تحدث الجميع بالحماس عن اللقاء. والتقى بوتين بممثلين، وحماس ونتنياهو حاضران.\n")
                .file("articles/2025/06/talks.he.md", "---\ntitle: שיחות במוסקבה\ndate: 2025-06-20\ncountries: [ir]\n---\n"
                        + "המשלחת ישבה בנתניה. ונתניהו דיבר עם פוטין על החמאס.\n")
                .file("articles/2025/06/only-english.md", "---\ntitle: Only in English\ndate: 2025-06-10\n---\nPutin.\n")
                .file("articles/2025/06/only-russian.ru.md", "---\ntitle: Только по-русски\ndate: 2025-06-11\n---\nЛавров говорил о Vladimir Putin.\n");
    }

    @Test
    void eachLanguageHasItsOwnSiteWithTranslatedInterfaceDatesCountriesAndRightToLeftPages() throws Exception {
        TestSite site = site();
        site.buildOk();
        for (String folder : List.of("", "ru/", "ar/", "he/")) {
            for (String page : List.of("index.html", "actors/index.html", "countries/index.html", "search/index.html",
                    "corrections/index.html", "404.html", "articles/talks/index.html", "actors/vladimir-putin/index.html",
                    "countries/ir/index.html", "feed.xml", "atom.xml", "feed.json", "feeds.opml", "sitemap.xml",
                    "news-sitemap.xml", "search/manifest.json")) {
                assertThat(site.exists(folder + page)).as(folder + page).isTrue();
            }
        }
        // An article is in its own languages only; so is a country page, which lists that language's articles.
        assertThat(site.exists("articles/only-english/index.html")).isTrue();
        assertThat(site.exists("ru/articles/only-english/index.html")).isFalse();
        assertThat(site.exists("ru/articles/only-russian/index.html")).isTrue();
        assertThat(site.exists("articles/only-russian/index.html")).isFalse();
        assertThat(site.page("ru/actors/sergey-lavrov/index.html").select("article.card h3").eachText())
                .containsExactly("Переговоры в Москве", "Только по-русски");
        assertThat(site.page("actors/sergey-lavrov/index.html").select("article.card h3").eachText())
                .containsExactly("Talks in Moscow");
        // One robots.txt names every language's sitemaps.
        assertThat(site.text("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml\n",
                "Sitemap: " + BASE + "ru/sitemap.xml\n", "Sitemap: " + BASE + "he/news-sitemap.xml\n");
        assertThat(site.exists("ru/robots.txt")).isFalse();
        // Hosts that read _redirects serve each language's own 404 page in its folder.
        assertThat(site.text("_redirects")).contains("/news/ru/* /news/ru/404.html 404\n", "/news/he/* /news/he/404.html 404\n");
        assertThat(site.text("ru/feeds.opml")).contains("<title>Тестовая лента: все страны</title>");

        Document ru = site.page("ru/articles/talks/index.html");
        assertThat(ru.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(ru.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(ru.select("nav[aria-label] a").eachText()).contains("Последние новости", "Действующие лица", "Страны",
                "Поиск");
        assertThat(ru.selectFirst("#in-this-story").text()).isEqualTo("В этом материале");
        assertThat(ru.selectFirst(".meta time").text()).isEqualTo("20 июня 2025 г.");
        assertThat(ru.select(".chips a").eachText()).contains("🇮🇷 Иран");
        assertThat(ru.selectFirst("title").text()).isEqualTo("Переговоры в Москве · Тестовая лента");
        assertThat(ru.select(".in-this-story li").eachText()).contains("Владимир Путин, Президент России (Россия)");
        assertThat(site.page("ru/countries/ir/index.html").selectFirst("h1").text()).contains("Иран");
        assertThat(site.page("ru/countries/ir/index.html").selectFirst(".description").text())
                .isEqualTo("Иран, описание по-русски.");
        assertThat(site.page("ru/actors/vladimir-putin/index.html").selectFirst("h1").text()).isEqualTo("Владимир Путин");
        assertThat(site.page("ru/actors/vladimir-putin/index.html").selectFirst(".bio").text()).isEqualTo("Биография.");
        // An actor without a translation is named as the default language names them.
        assertThat(site.page("ru/actors/benjamin-netanyahu/index.html").selectFirst("h1").text())
                .isEqualTo("Benjamin Netanyahu");

        Document ar = site.page("ar/articles/talks/index.html");
        assertThat(ar.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(ar.selectFirst(".meta time").text()).contains("يونيو");
        assertThat(site.page("ar/countries/ir/index.html").selectFirst("h1").text()).contains("إيران");
        assertThat(site.page("ar/index.html").selectFirst("html").attr("dir")).isEqualTo("rtl");
        Document he = site.page("he/articles/talks/index.html");
        assertThat(he.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(he.selectFirst("#in-this-story").text()).isEqualTo("בכתבה זו");
        assertThat(he.selectFirst(".meta time").text()).contains("ביוני");
        assertThat(site.page("he/countries/ir/index.html").selectFirst("h1").text()).contains("איראן");
        assertThat(site.page("he/404.html").selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(site.page("index.html").selectFirst("html").attr("dir")).isEqualTo("ltr");

        // Feeds in each language say so, and Atom stays valid.
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(site.text("ru/feed.xml"))));
        assertThat(feed.getLanguage()).isEqualTo("ru");
        assertThat(feed.getTitle()).isEqualTo("Тестовая лента");
        assertThat(feed.getEntries()).extracting(e -> e.getTitle()).containsExactly("Переговоры в Москве", "Только по-русски");
        assertThat(feed.getEntries().get(0).getLink()).isEqualTo(BASE + "ru/articles/talks/");
        JsonNode json = JsonMapper.builder().build().readTree(site.text("he/feed.json"));
        assertThat(json.get("language").asText()).isEqualTo("he");
        SyndFeed country = new SyndFeedInput().build(new InputSource(new StringReader(site.text("ar/countries/ir/atom.xml"))));
        assertThat(country.getTitle()).contains("إيران");
        // Every feed of every language: Atom against RFC 4287's schema, RSS read back by Rome, JSON Feed 1.1.
        int feeds = 0;
        for (Path file : files(site.output, ".xml")) {
            String path = site.output.relativize(file).toString().replace('\\', '/');
            String language = path.matches("(ru|ar|he)/.*") ? path.substring(0, 2) : "en";
            if (path.endsWith("atom.xml")) {
                assertThat(atomErrors(site.text(path))).as(path).isEmpty();
                assertThat(site.text(path)).as(path).contains("xml:lang=\"" + language + "\"");
                feeds++;
            } else if (path.endsWith("feed.xml")) {
                assertThat(new SyndFeedInput().build(new InputSource(new StringReader(site.text(path)))).getLanguage())
                        .as(path).isEqualTo(language);
                feeds++;
            }
        }
        for (Path file : files(site.output, "feed.json")) {
            String path = site.output.relativize(file).toString().replace('\\', '/');
            JsonNode document = JsonMapper.builder().build().readTree(site.text(path));
            assertThat(document.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(document.get("language").asText()).as(path).isEqualTo(path.matches("(ru|ar|he)/.*")
                    ? path.substring(0, 2) : "en");
        }
        assertThat(feeds).isGreaterThan(4 * 2 * 8);
        assertThat(site.text("ru/feeds.opml")).contains(BASE + "ru/countries/ir/feed.xml");
    }

    @Test
    void inflectedAndPrefixedNamesLinkAndLookAlikeWordsDoNot() {
        TestSite site = site();
        site.buildOk();
        Document ru = site.page("ru/articles/talks/index.html");
        Map<String, String> ruLinks = mentions(ru);
        assertThat(ruLinks).containsEntry("Владимира Путина", "vladimir-putin").containsEntry("Сергея Лаврова", "sergey-lavrov");
        // The fishing season (путина) and the monastery (Лавра) come first in the text, and link nothing.
        assertThat(ru.selectFirst(".body p").ownText()).contains("Началась путина.", "Киево-Печерской Лавре");
        assertThat(ruLinks).hasSize(2);
        // An English name in a Russian text still links.
        assertThat(mentions(site.page("ru/articles/only-russian/index.html"))).containsEntry("Лавров", "sergey-lavrov")
                .containsEntry("Vladimir Putin", "vladimir-putin");

        Map<String, String> arLinks = mentions(site.page("ar/articles/talks/index.html"));
        // "بالحماس" is "with enthusiasm", not Hamas; "وحماس" is "and Hamas".
        assertThat(arLinks).containsEntry("بوتين", "vladimir-putin").containsEntry("وحماس", "hamas")
                .containsEntry("ونتنياهو", "benjamin-netanyahu").hasSize(3);
        assertThat(site.page("ar/articles/talks/index.html").selectFirst(".body p").ownText()).contains("بالحماس");

        Map<String, String> heLinks = mentions(site.page("he/articles/talks/index.html"));
        // "בנתניה" is "in Netanya", the city; "ונתניהו" is "and Netanyahu".
        assertThat(heLinks).containsEntry("ונתניהו", "benjamin-netanyahu").containsEntry("פוטין", "vladimir-putin")
                .containsEntry("החמאס", "hamas").hasSize(3);
        assertThat(site.page("he/articles/talks/index.html").selectFirst(".body p").ownText()).contains("בנתניה");

        // The actor pages of each language list the articles that mention them in it.
        assertThat(site.page("he/actors/hamas/index.html").select("article.card h3").eachText()).containsExactly("שיחות במוסקבה");
    }

    @Test
    void everyPageNamesItsTranslationsAndEachOfThemNamesItBack() {
        TestSite site = site();
        site.buildOk();
        List<Path> pages = files(site.output, ".html");
        int followed = 0;
        for (Path file : pages) {
            String path = site.output.relativize(file).toString().replace('\\', '/');
            Document page = site.page(path);
            if (path.endsWith("404.html") || page.selectFirst("meta[name=robots][content=noindex]") != null) {
                continue;
            }
            String self = page.selectFirst("link[rel=canonical]").attr("href");
            String language = page.selectFirst("html").attr("lang");
            Map<String, String> alternates = hreflang(page);
            assertThat(alternates).as(path).containsEntry(language, self);
            for (Map.Entry<String, String> alternate : alternates.entrySet()) {
                if (alternate.getKey().equals("x-default")) {
                    assertThat(alternate.getValue()).as(path).isEqualTo(alternates.get("en"));
                    continue;
                }
                String target = alternate.getValue().substring(BASE.length());
                Document other = site.page(target.isEmpty() || target.endsWith("/") ? target + "index.html" : target);
                assertThat(other.selectFirst("html").attr("lang")).isEqualTo(alternate.getKey());
                assertThat(hreflang(other)).as(target + " names " + path + " back").containsEntry(language, self);
                followed++;
            }
        }
        assertThat(followed).isGreaterThan(100);
        Document talks = site.page("articles/talks/index.html");
        assertThat(hreflang(talks)).containsOnlyKeys("en", "ru", "ar", "he", "x-default");
        assertThat(talks.select("nav.languages a").eachText()).containsExactly("Русский", "العربية", "עברית");
        assertThat(talks.selectFirst("nav.languages a").attr("hreflang")).isEqualTo("ru");
        // A page with no translation offers none, and its language menu shows nothing to switch to.
        assertThat(hreflang(site.page("ru/articles/only-russian/index.html"))).containsOnlyKeys("ru");
        assertThat(site.page("ru/articles/only-russian/index.html").select("nav.languages")).isEmpty();
        // Search engines learn the same from the sitemap.
        String sitemap = site.text("ru/sitemap.xml");
        assertThat(sitemap).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"",
                "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + "articles/talks/\"/>",
                "<xhtml:link rel=\"alternate\" hreflang=\"he\" href=\"" + BASE + "he/articles/talks/\"/>",
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + BASE + "articles/talks/\"/>");
    }

    @Test
    void aNewTranslationReachesThePagesOfEveryLanguageOnARebuild() {
        TestSite site = site();
        site.buildOk();
        assertThat(hreflang(site.page("articles/only-english/index.html"))).containsOnlyKeys("en");
        site.file("articles/2025/06/only-english.ru.md", "---\ntitle: Теперь и по-русски\ndate: 2025-06-10\n---\nПутин.\n");
        // --verify-cache makes every page the cache would keep, and fails on any that differs.
        site.buildOk(TestSite.VERIFY_CACHE);
        assertThat(hreflang(site.page("articles/only-english/index.html"))).containsOnlyKeys("en", "ru", "x-default");
        assertThat(site.page("articles/only-english/index.html").select("nav.languages a").eachText())
                .containsExactly("Русский");
        assertThat(site.text("sitemap.xml")).contains("hreflang=\"ru\" href=\"" + BASE + "ru/articles/only-english/\"");
    }

    @Test
    void aPageThatVanishesFromAnotherLanguageIsNamedWithItsFile() {
        TestSite site = site();
        site.buildOk();
        site.file("articles/2025/06/talks.ru.md", "---\ntitle: Переговоры в Москве\ndate: 2025-06-20\nslug: talks-moscow\n---\nТекст.\n");
        String report = TestSite.report(site.buildOk());
        assertThat(report).contains("articles/2025/06/talks.ru.md:1:1: warning: '/articles/talks/' was published by the last"
                + " build and no longer is: this file now publishes /articles/talks-moscow/");
        assertThat(report).doesNotContain("talks.md:");
    }

    @Test
    void everyPageOfEveryLanguageIsValidHtml() throws Exception {
        TestSite site = site();
        site.buildOk();
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (Path page : files(site.output, ".html")) {
            validator.validate(page).lines().filter(l -> l.contains("error:") || l.contains("fatal:"))
                    .forEach(l -> errors.add(site.output.relativize(page) + ": " + l));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aSiteInOneLanguageNamesNoTranslations() {
        TestSite site = new TestSite(dir).actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .article("talks", "2025-06-20", "", "Putin spoke.\n")
                .file("articles/report.ru.md", "---\ntitle: Report\ndate: 2025-06-21\n---\nText.\n");
        site.buildOk();
        // A name that ends as a translation's would is just a name in a site of one language.
        assertThat(site.exists("articles/report-ru/index.html")).isTrue();
        for (Path file : files(site.output, ".html")) {
            Document page = site.page(site.output.relativize(file).toString());
            assertThat(page.select("link[hreflang], nav.languages")).isEmpty();
        }
        assertThat(site.text("sitemap.xml")).doesNotContain("xhtml");
        assertThat(site.text("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n"
                + "Sitemap: https://example.org/news-sitemap.xml\n");
    }

    @Test
    void translationMistakesAreErrorsNamingTheFiles() {
        TestSite site = site()
                .file("articles/2025/06/talks.de.md", "---\ntitle: Gespräche\ndate: 2025-06-20\n---\nText.\n")
                .file("articles/2025/06/talks.en.md", "---\ntitle: Talks again\ndate: 2025-06-20\nslug: talks-again\n---\nText.\n")
                .file("articles/2025/06/other.ru.md", "---\ntitle: Другое\ndate: 2025-06-20\nslug: talks\n---\nText.\n")
                .file("articles/2025/06/first.ar.md", "---\ntitle: أول\ndate: 2025-06-20\ntranslationKey: shared\n---\nText.\n")
                .file("articles/2025/06/second.ar.md", "---\ntitle: ثان\ndate: 2025-06-20\ntranslationKey: shared\n---\nText.\n")
                .file("actors/nobody.ru.md", "---\nname: Никто\n---\n");
        String report = TestSite.report(site.check());
        assertThat(report).contains(
                "articles/2025/06/talks.de.md:1:1: error: 'de' names a language that site.yaml does not configure",
                "articles/2025/06/talks.md:1:1: error: this file and articles/2025/06/talks.en.md are both the en version of"
                        + " 'articles/2025/06/talks'",
                "articles/2025/06/talks.ru.md:1:1: error: slug 'talks' is already used by articles/2025/06/other.ru.md",
                "articles/2025/06/second.ar.md:4:1: error: this file and articles/2025/06/first.ar.md are both the ar version"
                        + " of 'shared'",
                "actors/nobody.ru.md:1:1: error: a translation of an actor needs the actor's own file, actors/nobody.md");
        // Nothing is written, and the site built before stays.
        assertThat(site.build().failed()).isTrue();
    }

    @Test
    void aSiteOverridesOrAddsTheInterfacesWordsAndCheckNamesWhatIsMissing() {
        TestSite site = new TestSite(dir)
                .file("site.yaml", """
                        title: Test Wire
                        baseUrl: https://example.org/
                        language: en
                        languages:
                          it: {title: Filo}
                          ru:
                        """)
                .file("i18n/en.yaml", "latest: Headlines\n")
                .file("i18n/it.yaml", "latest: Ultime notizie\nactors: Protagonisti\nlatst: typo\nbyline: \"Di {1}\"\n")
                .article("talks", "2025-06-20", "", "Text.\n")
                .file("articles/talks.it.md", "---\ntitle: Colloqui\ndate: 2025-06-20\n---\nTesto.\n")
                .file("articles/talks.ru.md", "---\ntitle: Переговоры\ndate: 2025-06-20\n---\nТекст.\n");
        String report = TestSite.report(site.check());
        assertThat(report).contains("i18n/it.yaml:1:1: warning: Parley ships no interface words for 'it' and this file lacks ",
                "i18n/it.yaml:3:1: warning: unknown field 'latst' is ignored",
                "i18n/it.yaml:4:9: error: 'byline' may use {0}, found {1}");
        site.file("i18n/it.yaml", "latest: Ultime notizie\nactors: Protagonisti\n");
        assertThat(report).doesNotContain("'ru'");
        site.buildOk();
        // The site's own words win; a word Italian lacks is the default language's, as the site says it.
        assertThat(site.page("index.html").select("nav[aria-label] a").eachText()).contains("Headlines");
        Document italian = site.page("it/articles/talks/index.html");
        assertThat(italian.select("nav[aria-label] a").eachText()).contains("Ultime notizie", "Protagonisti", "Countries");
        assertThat(italian.selectFirst(".meta time").text()).isEqualTo("20 giugno 2025");
        assertThat(site.page("ru/index.html").select("nav[aria-label] a").eachText()).contains("Последние новости");
        // A language named with nothing after it takes the site's title.
        assertThat(site.page("ru/index.html").selectFirst(".brand").text()).isEqualTo("Test Wire");
    }

    /** The actor links of an article's text: the text as written, and the actor's id. */
    private static Map<String, String> mentions(Document page) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Element link : page.select(".body a")) {
            String href = link.attr("href");
            if (href.contains("actors/")) {
                links.put(link.text(), href.replaceAll(".*actors/([^/]+)/$", "$1"));
            }
        }
        return links;
    }

    private static Map<String, String> hreflang(Document page) {
        Map<String, String> alternates = new LinkedHashMap<>();
        page.select("head link[rel=alternate][hreflang]").forEach(l -> alternates.put(l.attr("hreflang"), l.attr("href")));
        return alternates;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors RFC 4287's RELAX NG schema finds in an Atom document. */
    private static List<String> atomErrors(String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        Path schema = Path.of("..", "feeds", "src", "test", "resources", "schema", "atom.rnc");
        assertThat(driver.loadSchema(new InputSource(schema.toUri().toString()))).isTrue();
        if (!driver.validate(new InputSource(new StringReader(xml))) && errors.isEmpty()) {
            errors.add("invalid");
        }
        return errors;
    }
}
