package news.parley.engine;

import news.parley.engine.cache.BuildCache;
import news.parley.engine.publish.BuildLock;
import news.parley.engine.publish.SiteMarker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    private BuildResult rebuildEqualsCleanBuild(Consumer<TestSite> change) {
        TestSite incremental = site(dir.resolve("incremental"));
        incremental.buildOk();
        change.accept(incremental);
        // --verify-cache makes every file the cache would keep and fails if one differs.
        BuildResult rebuild = incremental.buildOk(TestSite.VERIFY_CACHE);

        TestSite clean = site(dir.resolve("clean"));
        change.accept(clean);
        clean.buildOk(TestSite.CLEAN);

        assertSameTree(incremental.output, clean.output);
        return rebuild;
    }

    /** The same files with the same bytes, and the same folders (an update leaves no empty one behind). */
    static void assertSameTree(Path actualRoot, Path expectedRoot) {
        Map<String, byte[]> expected = OutputSafetyTest.snapshot(expectedRoot);
        Map<String, byte[]> actual = OutputSafetyTest.snapshot(actualRoot);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        assertThat(folders(actualRoot)).isEqualTo(folders(expectedRoot));
    }

    private static java.util.Set<String> folders(Path root) {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void editingOneBodyRemakesOnlyWhatShowsIt() {
        // A new second paragraph: the summary and the actors stay, so only the page and the feeds that
        // carry the full text change.
        BuildResult run = rebuildEqualsCleanBuild(s -> s.article("day-5", "2025-06-05", "countries: [il]",
                "Day 5: Putin spoke.\n\nA second paragraph, added later.\n"));
        assertThat(run.articlesReused()).isEqualTo(8);
        assertThat(run.filesReused()).isGreaterThan(run.files() / 2).isLessThan(run.files());
    }

    @Test
    void editingAnOldArticleRewritesOnlyTheArchiveDocumentsThatShowIt() {
        String settings = "title: Wire\nbaseUrl: https://example.org/\npageSize: 3\nfeeds:\n  items: 2\n  archiveItems: 2\n";
        TestSite site = site(dir.resolve("incremental")).file("site.yaml", settings);
        site.buildOk();
        Map<String, byte[]> before = OutputSafetyTest.snapshot(site.output);
        // Day 2 (Putin, so Russia) is in the oldest archive of the site, of Putin and of Russia.
        site.file("articles/day-2.md", "---\ntitle: Day two, retitled\ndate: 2025-06-02\nactors: [vladimir-putin]\n---\n"
                + "Day 2: Putin spoke.\n");
        site.buildOk(TestSite.VERIFY_CACHE);
        Map<String, byte[]> after = OutputSafetyTest.snapshot(site.output);
        List<String> changedArchives = after.keySet().stream().filter(path -> path.contains("archive/"))
                .filter(path -> !java.util.Arrays.equals(before.get(path), after.get(path))).sorted().toList();
        assertThat(changedArchives).containsExactly(
                "actors/vladimir-putin/archive/1/atom.xml", "actors/vladimir-putin/archive/1/feed.json",
                "actors/vladimir-putin/archive/1/feed.xml", "archive/1/atom.xml", "archive/1/feed.json",
                "archive/1/feed.xml", "countries/ru/archive/1/atom.xml", "countries/ru/archive/1/feed.json",
                "countries/ru/archive/1/feed.xml");
        TestSite clean = site(dir.resolve("clean")).file("site.yaml", settings)
                .file("articles/day-2.md", "---\ntitle: Day two, retitled\ndate: 2025-06-02\nactors: [vladimir-putin]\n---\n"
                        + "Day 2: Putin spoke.\n");
        clean.buildOk(TestSite.CLEAN);
        assertSameTree(site.output, clean.output);
    }

    @Test
    void editingATitleGivesTheCleanBuildsOutput() {
        // The title shows on the article, on listings, feeds and search, and on related articles' pages.
        rebuildEqualsCleanBuild(s -> s.file("articles/day-4.md", "---\ntitle: Renamed story\ndate: 2025-06-04\n"
                + "actors: [vladimir-putin]\n---\nDay 4: Putin spoke.\n"));
    }

    @Test
    void movingAnArticlesDateReordersEveryListingLikeACleanBuild() {
        rebuildEqualsCleanBuild(s -> s.article("day-2", "2025-06-30", "actors: [vladimir-putin]", "Day 2: Putin spoke.\n"));
    }

    @Test
    void editingTheFirstParagraphChangesTheSummaryEverywhereLikeACleanBuild() {
        rebuildEqualsCleanBuild(s -> s.article("day-8", "2025-06-08", "actors: [vladimir-putin]",
                "A new first paragraph for day 8.\n\nDay 8: Putin spoke.\n"));
    }

    @Test
    void editingACountryDescriptionGivesTheCleanBuildsOutput() {
        rebuildEqualsCleanBuild(s -> s.file("countries/il.md", "Israel, described anew.\n"));
    }

    @Test
    void changingThePageSizeGivesTheCleanBuildsOutput() {
        // Fewer, longer listing pages: the pages that are no longer made are deleted, with their folders.
        rebuildEqualsCleanBuild(s -> s.file("site.yaml", "title: Wire\nbaseUrl: https://example.org/\npageSize: 5\n"));
    }

    @Test
    void addingAndRemovingStaticFilesGivesTheCleanBuildsOutput() {
        rebuildEqualsCleanBuild(s -> s.file("static/img/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("static/style.css", "body { color: black }\n"));
    }

    @Test
    void draftingAnArticleRemovesItLikeACleanBuild() {
        rebuildEqualsCleanBuild(s -> s.article("day-9", "2025-06-09", "countries: [il]\ndraft: true",
                "Day 9: Putin spoke and Donald Trump answered.\n"));
    }

    @Test
    void editingWhoAnArticleMentionsGivesTheCleanBuildsOutput() {
        rebuildEqualsCleanBuild(s -> s.article("day-5", "2025-06-05", "countries: [il]",
                "Day 5, corrected: Khamenei and Donald Trump spoke.\n"));
    }

    @Test
    void nothingChangedReusesEverything() {
        BuildResult run = rebuildEqualsCleanBuild(s -> { });
        assertThat(run.articlesReused()).isEqualTo(9);
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
        BuildResult run = rebuildEqualsCleanBuild(s -> s.actor("vladimir-putin", "Vladimir V. Putin", "ru", "Putin"));
        // Every body may mention the renamed actor, so none is taken from the cache.
        assertThat(run.articlesReused()).isEqualTo(0);
    }

    @Test
    void anActorsNewRoleKeepsEveryBodyAndLeavesThePagesThatDoNotShowIt() {
        BuildResult run = rebuildEqualsCleanBuild(s -> s.file("actors/donald-trump.md", "---\nname: Donald Trump\n"
                + "aliases: [Trump]\ncountry: us\nrole: President of the United States\n---\nBiography of Donald Trump.\n"));
        // The text can mention an actor only by name or alias: every body is taken from the cache.
        assertThat(run.articlesReused()).isEqualTo(9);
        // Every page's key covers the actors, yet only the pages that show the role have new bytes; the
        // rest stay in the published site as they are.
        assertThat(run.filesReused()).isGreaterThan(run.files() / 2).isLessThan(run.files());
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
        BuildResult run = site.buildOk();
        assertThat(run.filesReused()).isZero();
        assertThat(site.text("index.html")).contains("<title>Two</title>").doesNotContain("Three");
    }

    @Test
    void anUpdateCutShortIsFollowedByAFullBuild() throws IOException {
        TestSite site = site(dir.resolve("s"));
        site.buildOk();
        // As if a build had died while moving files into the site: the marker says so.
        Files.writeString(site.output.resolve(SiteMarker.NAME), "updating\n");
        Files.writeString(site.output.resolve("articles/day-3/index.html"), "half-written");
        BuildResult run = site.buildOk();
        assertThat(run.filesReused()).isZero();
        assertThat(site.text("articles/day-3/index.html")).contains("Story day-3");
    }

    @Test
    void anUnchangedArticleFileIsNotReadAgain() throws IOException {
        // The loader trusts a file whose size, time and identity are as the last build saw them. Prove
        // it by changing a file behind its back (same size, time put back): the rebuild keeps the old
        // text, and --clean, which trusts nothing, reads the new one.
        TestSite site = site(dir.resolve("s"));
        Path file = site.source.resolve("articles/day-1.md");
        java.nio.file.attribute.FileTime past = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(file, past);
        site.buildOk();
        String text = Files.readString(file);
        Files.writeString(file, text.replace("Day 1: Putin spoke.", "Day 1: Putin smiled"));
        Files.setLastModifiedTime(file, past);
        site.buildOk();
        assertThat(site.text("articles/day-1/index.html")).contains("Putin</a> spoke.").doesNotContain("smiled");
        site.buildOk(TestSite.CLEAN);
        assertThat(site.text("articles/day-1/index.html")).contains("smiled");
    }

    @Test
    void aFileChangedWithTheSameSizeIsReadAgainWhenItsTimeMoves() throws IOException {
        TestSite site = site(dir.resolve("s"));
        Path file = site.source.resolve("articles/day-1.md");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        site.buildOk();
        String text = Files.readString(file);
        Files.writeString(file, text.replace("Day 1: Putin spoke.", "Day 1: Putin smiled"));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(1800)));
        site.buildOk(TestSite.VERIFY_CACHE);
        assertThat(site.text("articles/day-1/index.html")).contains("smiled");
    }

    @Test
    void verifyingTheCacheCatchesAFileThatIsNotWhatItsFingerprintPromised() throws IOException {
        TestSite site = site(dir.resolve("s"));
        site.buildOk();
        // A published page that differs from what the build makes, though its fingerprint did not
        // change: what a fingerprint missing an input would leave. Only --verify-cache can tell.
        Files.writeString(site.output.resolve("articles/day-3/index.html"), "stale");
        site.buildOk();
        assertThat(site.text("articles/day-3/index.html")).isEqualTo("stale");
        assertThatThrownBy(() -> site.build(TestSite.VERIFY_CACHE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("articles/day-3/index.html").hasMessageContaining("fingerprint");
    }

    @Test
    void aSecondBuildIntoTheSameFolderWaitsItsTurnWithAClearError() {
        TestSite site = site(dir.resolve("s"));
        site.buildOk();
        try (BuildLock first = BuildLock.acquire(site.output)) {
            BuildResult second = site.build();
            assertThat(second.failed()).isTrue();
            assertThat(TestSite.report(second)).contains("another build into this folder is under way");
        }
        assertThat(site.buildOk().failed()).isFalse();
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        TestSite site = site(dir.resolve("s"));
        site.buildOk();
        Path cache = BuildCache.location(site.output);
        byte[] bytes = Files.readAllBytes(cache);
        // Keep the header (so that it is read as this version's) and scramble the rest.
        java.util.Random random = new java.util.Random(7);
        for (int i = 200; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        Files.write(cache, bytes);
        BuildResult run = site.buildOk();
        assertThat(run.articlesReused()).isEqualTo(0);
        TestSite clean = site(dir.resolve("clean"));
        clean.buildOk(TestSite.CLEAN);
        assertSameTree(site.output, clean.output);
    }

    @Test
    void aRebuildAppendsToTheCacheAndABatchCutShortIsLeftOut() throws IOException {
        TestSite site = site(dir.resolve("s"));
        site.buildOk();
        Path cache = BuildCache.location(site.output);
        byte[] first = Files.readAllBytes(cache);
        site.article("day-4", "2025-06-04", "actors: [vladimir-putin]", "Day 4: Putin spoke at length.\n");
        assertThat(site.buildOk().articlesReused()).isEqualTo(8);
        byte[] second = Files.readAllBytes(cache);
        // The edit was appended: what the first build saved is still there, byte for byte.
        assertThat(second.length).isGreaterThan(first.length);
        assertThat(java.util.Arrays.copyOf(second, first.length)).isEqualTo(first);

        // As if that build had died while appending: its batch is torn, and the next build reads the
        // cache as the first build left it, reuses no published file, and still equals a clean build.
        Files.write(cache, java.util.Arrays.copyOf(second, second.length - 5));
        site.article("day-4", "2025-06-04", "actors: [vladimir-putin]", "Day 4: Putin spoke at length, twice.\n");
        BuildResult afterTorn = site.buildOk(TestSite.VERIFY_CACHE);
        assertThat(afterTorn.articlesReused()).isEqualTo(8);
        assertThat(afterTorn.filesReused()).isZero();
        TestSite clean = site(dir.resolve("clean"));
        clean.article("day-4", "2025-06-04", "actors: [vladimir-putin]", "Day 4: Putin spoke at length, twice.\n");
        clean.buildOk(TestSite.CLEAN);
        assertSameTree(site.output, clean.output);
        // The torn bytes were written over: the build after that reads every batch and reuses everything.
        BuildResult afterThat = site.buildOk(TestSite.VERIFY_CACHE);
        assertThat(afterThat.articlesReused()).isEqualTo(9);
        assertThat(afterThat.filesReused()).isEqualTo(afterThat.files());
    }

    @Test
    void aPackMostlyDeadIsRewrittenWithWhatIsStillUsed() throws IOException {
        // Six long bodies fill the pack; deleting five leaves most of it dead, so the next build writes
        // a new pack holding the last body and its feed copy, and the build after reads them from there.
        TestSite site = new TestSite(dir.resolve("s")).actor("vladimir-putin", "Vladimir Putin", "ru", "Putin");
        String longBody = "Putin spoke.\n\n" + "The talks went on and on, said Putin's aides. ".repeat(12_000) + "\n";
        for (int day = 1; day <= 6; day++) {
            site.article("day-" + day, "2025-06-0" + day, "countries: [il]", longBody);
        }
        site.buildOk();
        Path firstPack = pack(site);
        long firstSize = Files.size(firstPack);
        for (int day = 2; day <= 6; day++) {
            Files.delete(site.source.resolve("articles/day-" + day + ".md"));
        }

        assertThat(site.buildOk(TestSite.VERIFY_CACHE).articlesReused()).isEqualTo(1);
        Path secondPack = pack(site);
        assertThat(secondPack).isNotEqualTo(firstPack);
        assertThat(firstPack).doesNotExist();
        assertThat(Files.size(secondPack)).isLessThan(firstSize / 4);
        // --verify-cache makes every kept page and feed again, with the body and feed copy read from the new pack.
        assertThat(site.buildOk(TestSite.VERIFY_CACHE).articlesReused()).isEqualTo(1);

        TestSite clean = new TestSite(dir.resolve("clean")).actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .article("day-1", "2025-06-01", "countries: [il]", longBody);
        clean.buildOk(TestSite.CLEAN);
        assertSameTree(site.output, clean.output);
    }

    /** The one pack beside the site's cache. */
    private static Path pack(TestSite site) throws IOException {
        Path cache = BuildCache.location(site.output);
        try (java.util.stream.Stream<Path> siblings = Files.list(cache.getParent())) {
            List<Path> packs = siblings.filter(p -> p.getFileName().toString().startsWith(cache.getFileName() + ".bodies-"))
                    .toList();
            assertThat(packs).hasSize(1);
            return packs.get(0);
        }
    }

    @Test
    void theCacheLivesBesideTheSiteNotInIt() {
        TestSite site = site(dir.resolve("s"));
        site.buildOk();
        assertThat(BuildCache.location(site.output)).exists();
        assertThat(site.output.resolve(".parley-cache")).doesNotExist();
    }
}
