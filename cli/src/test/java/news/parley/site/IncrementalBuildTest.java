package news.parley.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild reuses the last build's work, and its output is always exactly a clean build's. */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private TestSite site(Path root) {
        TestSite site = new TestSite(root)
                .actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .actor("donald-trump", "Donald Trump", "us", "Trump")
                .actor("ali-khamenei", "Ali Khamenei", "ir", "Khamenei")
                .file("site.yaml", "title: Wire\nbaseUrl: https://example.org/\npageSize: 3\n");
        for (int day = 1; day <= 9; day++) {
            site.article("day-" + day, "2025-06-0" + day, day % 2 == 0 ? "actors: [vladimir-putin]" : "countries: [il]",
                    "Day " + day + ": Putin spoke" + (day % 3 == 0 ? " and Donald Trump answered" : "") + ".\n");
        }
        return site;
    }

    /** Builds, changes the content, rebuilds; the rebuild must equal a clean build of the changed content. */
    private TestSite.Run rebuildEqualsCleanBuild(Consumer<TestSite> change) {
        TestSite incremental = site(dir.resolve("incremental"));
        incremental.buildOk();
        change.accept(incremental);
        TestSite.Run rebuild = incremental.buildOk();

        TestSite clean = site(dir.resolve("clean"));
        change.accept(clean);
        clean.buildOk("--clean");

        Map<String, byte[]> expected = OutputSafetyTest.snapshot(clean.output);
        Map<String, byte[]> actual = OutputSafetyTest.snapshot(incremental.output);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        return rebuild;
    }

    @Test
    void editingOneBodyRemakesOnlyWhatShowsIt() {
        // A new second paragraph: the summary and the actors stay, so only the page and the feeds that
        // carry the full text change.
        TestSite.Run run = rebuildEqualsCleanBuild(s -> s.article("day-5", "2025-06-05", "countries: [il]",
                "Day 5: Putin spoke.\n\nA second paragraph, added later.\n"));
        assertThat(run.out()).contains("cache: 8 of 9 articles");
        int files = Integer.parseInt(run.out().replaceAll("(?s).*, (\\d+) files in.*", "$1"));
        int reused = Integer.parseInt(run.out().replaceAll("(?s).*articles, (\\d+) of \\d+ files.*", "$1"));
        assertThat(reused).isGreaterThan(files / 2).isLessThan(files);
    }

    @Test
    void editingWhoAnArticleMentionsGivesTheCleanBuildsOutput() {
        rebuildEqualsCleanBuild(s -> s.article("day-5", "2025-06-05", "countries: [il]",
                "Day 5, corrected: Khamenei and Donald Trump spoke.\n"));
    }

    @Test
    void nothingChangedReusesEverything() {
        TestSite.Run run = rebuildEqualsCleanBuild(s -> { });
        assertThat(run.out()).contains("cache: 9 of 9 articles");
    }

    @Test
    void addingAnArticleGivesTheCleanBuildsOutput() {
        rebuildEqualsCleanBuild(s -> s.article("day-0", "2025-06-10", "actors: [ali-khamenei]", "Khamenei, new.\n"));
    }

    @Test
    void deletingAnArticleGivesTheCleanBuildsOutput() {
        rebuildEqualsCleanBuild(s -> {
            try {
                Files.delete(s.source.resolve("articles/day-4.md"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void editingAnActorGivesTheCleanBuildsOutput() {
        TestSite.Run run = rebuildEqualsCleanBuild(s -> s.actor("vladimir-putin", "Vladimir V. Putin", "ru", "Putin"));
        // Every body may mention the renamed actor, so none is taken from the cache.
        assertThat(run.out()).contains("cache: 0 of 9 articles");
    }

    @Test
    void editingATemplateGivesTheCleanBuildsOutput() {
        rebuildEqualsCleanBuild(s -> s.file("templates/foot.mustache", "</main><footer>New footer</footer></body></html>\n"));
    }

    @Test
    void removingAStaticFileThatReplacedAGeneratedPageBringsThePageBack() {
        TestSite incremental = site(dir.resolve("incremental")).file("static/404.html", "<p>MY OWN 404</p>");
        incremental.buildOk();
        assertThat(incremental.text("404.html")).contains("MY OWN 404");
        try {
            Files.delete(incremental.source.resolve("static/404.html"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        incremental.buildOk();
        assertThat(incremental.text("404.html")).doesNotContain("MY OWN 404").contains("Page not found");
    }

    @Test
    void aCacheThatDescribesAnotherBuildIsNotTrusted() throws IOException {
        TestSite site = site(dir.resolve("s")).file("site.yaml", "title: Two\nbaseUrl: https://example.org/\n");
        site.buildOk();
        Path cache = BuildCache.location(site.output);
        Path saved = dir.resolve("saved-cache");
        Files.copy(cache, saved);
        site.file("site.yaml", "title: Three\nbaseUrl: https://example.org/\n").buildOk();
        // As if saving the cache had failed after the "Three" build was published.
        Files.copy(saved, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        site.file("site.yaml", "title: Two\nbaseUrl: https://example.org/\n");
        TestSite.Run run = site.buildOk();
        assertThat(run.out()).contains(", 0 of ");
        assertThat(site.text("index.html")).contains("<title>Two</title>").doesNotContain("Three");
    }

    @Test
    void theCacheLivesBesideTheSiteNotInIt() {
        TestSite site = site(dir.resolve("s"));
        site.buildOk();
        assertThat(BuildCache.location(site.output)).exists();
        assertThat(site.output.resolve(".parley-cache")).doesNotExist();
    }
}
