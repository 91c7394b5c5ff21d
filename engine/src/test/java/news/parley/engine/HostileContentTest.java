package news.parley.engine;

import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Content from many hands: nothing in it may put script in a page or break a feed. */
class HostileContentTest {

    @TempDir
    Path dir;

    private static final String HOSTILE_BODY = """
            [click](javascript:alert(1)) [v](vbscript:msgbox) [d](data:text/html;base64,PHNjcmlwdD4=)
            [spaced]( JAVASCRIPT:alert(2)) ![img](javascript:alert(3)) <javascript:alert(4)>

            [ref link][r] [entity](&#106;avascript:alert(9)) [tab](java&#9;script:alert(10))
            [hex](&#x6A;avascript:alert(11)) ![entity image](&#106;avascript:alert(12))

            [r]: javascript:alert(5)

            <script>alert(6)</script>

            <img src=x onerror="alert(7)">

            Inline <b onclick="alert(8)">bold</b> and a [fine link](https://example.com/).
            """;

    @Test
    void unsafeUrlsAndRawHtmlNeverReachThePage() {
        TestSite site = new TestSite(dir).article("x", "2025-06-20", "", HOSTILE_BODY);
        site.buildOk();
        Document page = site.page("articles/x/index.html");
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("[onerror], [onclick]")).isEmpty();
        for (Element element : page.select("[href], [src]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            // Browsers ignore white space and controls inside a scheme, so the check does too.
            assertThat(url.replaceAll("[\\s\\x00-\\x1F]", "").toLowerCase()).as(element.outerHtml())
                    .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
        }
        assertThat(page.select(".body a[href=https://example.com/]").text()).isEqualTo("fine link");
        assertThat(page.select(".body").text()).contains("click");
    }

    @Test
    void rawHtmlIsKeptWhenTheSiteAllowsItButUnsafeUrlsStillAreNot() {
        TestSite site = new TestSite(dir).file("site.yaml", """
                title: Raw
                baseUrl: https://example.org/
                markdown:
                  rawHtml: true
                """).article("x", "2025-06-20", "", """
                <figure class="map"><img src="map.png" alt="Map"></figure>

                <a href="javascript:alert(1)">bad</a> and [click](javascript:alert(2)).

                <iframe srcdoc="<script>alert(3)</script>"></iframe>

                <noscript><p title="</noscript><img src=x onerror=alert(4)>"></p></noscript>

                <math><mtext><table><mglyph><style><img src=x onerror=alert(5)></style></mglyph></table></mtext></math>

                <svg><animate attributeName="href" values="javascript:alert(6)"/></svg>

                <a href="&#106;avascript:alert(7)">entity</a> <img src="data:image/svg+xml,x" alt="d">
                """);
        site.buildOk();
        Document page = site.page("articles/x/index.html");
        assertThat(page.select(".body figure.map img").attr("src")).isEqualTo("map.png");
        assertThat(page.select(".body iframe, .body noscript, .body math, .body svg, .body script, .body style")).isEmpty();
        assertThat(page.select("[onerror], [srcdoc]")).isEmpty();
        for (Element element : page.select(".body [href], .body [src]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertThat(url).as(element.outerHtml()).matches("(https?:|mailto:|\\.|[a-z0-9/#]).*|");
        }
    }

    @Test
    void scriptInTitlesSummariesAndNamesIsShownAsText() throws Exception {
        TestSite site = new TestSite(dir)
                .file("actors/evil.md", "---\nname: \"<img src=x onerror=alert(1)>\"\nrole: \"<script>r()</script>\"\n---\nBio.\n")
                .file("articles/x.md", "---\ntitle: \"</title><script>alert(1)</script>\"\ndate: 2025-06-20\n"
                        + "summary: \"\\\"><script>alert(2)</script>\"\nactors: [evil]\nsource: \"<i>ANI</i>\"\n---\nText.\n");
        site.buildOk();
        for (String path : new String[]{"index.html", "articles/x/index.html", "actors/evil/index.html", "actors/index.html"}) {
            Document page = site.page(path);
            assertThat(page.select("script:not([type=application/ld+json])")).as(path).isEmpty();
            assertThat(page.select("[onerror]")).as(path).isEmpty();
        }
        assertThat(site.page("articles/x/index.html").select("h1").text()).isEqualTo("</title><script>alert(1)</script>");
        // The JSON-LD carries the same text, and cannot end its script element early.
        Element jsonLd = site.page("articles/x/index.html").selectFirst("script[type=application/ld+json]");
        assertThat(jsonLd.data()).doesNotContain("<").doesNotContain(">");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLd.data()).path("headline").asText())
                .isEqualTo("</title><script>alert(1)</script>");
        assertThat(site.page("articles/x/index.html").select("meta[name=description]").attr("content"))
                .isEqualTo("\"><script>alert(2)</script>");
        new SyndFeedInput().build(new StringReader(site.text("feed.xml")));
    }

    @Test
    void aTitleThatOpensAnHtmlCommentCannotSwallowThePage() {
        TestSite site = new TestSite(dir).article("x", "2025-06-20", "", "Body text.\n");
        site.file("articles/x.md", "---\ntitle: \"Hello <!--<script> world\"\ndate: 2025-06-20\n---\nBody text.\n");
        site.buildOk();
        String html = site.text("articles/x/index.html");
        String script = html.substring(html.indexOf("<script type=\"application/ld+json\">"), html.indexOf("</script>"));
        assertThat(script).doesNotContain("<!--").doesNotContain("<script>");
        assertThat(site.page("articles/x/index.html").select(".body p").text()).isEqualTo("Body text.");
    }

    @Test
    void controlCharactersRightToLeftTextEmojiAndAFiveMegabyteArticleBuild() throws Exception {
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 5_000_000) {
            huge.append("Paragraph about the talks in Geneva, with numbers ").append(huge.length()).append(".\n\n");
        }
        TestSite site = new TestSite(dir)
                .actor("araghchi", "عباس عراقچی", "ir")
                .file("articles/rtl.md", "---\ntitle: \"שלום ✌️ عليكم \\u0007bell\"\ndate: 2025-06-20\nactors: [araghchi]\n---\n"
                        + "عباس عراقچی گفت 🕊️ and a bell \u0007 here.\n")
                .file("articles/huge.md", "---\ntitle: Huge\ndate: 2025-06-19\n---\n" + huge);
        BuildResult run = site.buildOk();
        assertThat(TestSite.report(run)).contains("articles/rtl.md:6:32: warning: control character U+0007 removed");

        Document page = site.page("articles/rtl/index.html");
        assertThat(page.select("h1").text()).isEqualTo("שלום ✌️ عليكم bell");
        assertThat(page.select(".body a.actor").text()).isEqualTo("عباس عراقچی");
        assertThat(site.text("articles/rtl/index.html")).doesNotContain("\u0007");
        assertThat(site.text("feed.xml")).doesNotContain("\u0007").contains("🕊️");
        new SyndFeedInput().build(new StringReader(site.text("feed.xml")));
        assertThat(site.text("articles/huge/index.html").length()).isGreaterThan(5_000_000);
    }
}
