package news.parley.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site edited at random, step after step, the way editors do: bodies, titles, dates, articles
 * added, deleted and drafted, actors, country descriptions, templates, static files and settings.
 * After every step the site is rebuilt, every other time with --verify-cache (which makes every
 * file the cache would keep and fails on any that differs), and its output must be exactly a clean
 * build's. Edited files
 * get times in the past, so that the loader's memo of unchanged files is at work throughout.
 */
class IncrementalEquivalenceTest {
    private static final String[][] ACTORS = {
            {"anna-lind", "Anna Lind", "se", "Lind"},
            {"omar-haddad", "Omar Haddad", "jo", "Haddad"},
            {"mei-tanaka", "Mei Tanaka", "jp", "Tanaka"},
            {"ruth-haddad", "Ruth Haddad", "il", "Haddad"},
            {"world-council", "World Council", null, "the Council"},
    };
    private static final String[] COUNTRIES = {"se", "jo", "jp", "il", "fr", "br"};
    private static final int STEPS = 24;

    @TempDir
    Path dir;

    private Random random;
    private final List<String> slugs = new ArrayList<>();
    private int next;
    private long tick;
    private final Map<Path, byte[]> seen = new HashMap<>();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyRebuildEqualsACleanBuild(long seed) throws IOException {
        random = new Random(seed);
        TestSite site = new TestSite(dir.resolve("site"));
        Path clean = dir.resolve("clean");
        site.file("site.yaml", "title: Random Wire\nbaseUrl: https://example.org/news/\npageSize: 3\nfeeds:\n  items: 4\n");
        for (String[] actor : ACTORS) {
            site.actor(actor[0], actor[1], actor[2], actor[3]);
        }
        for (int i = 0; i < 14; i++) {
            addArticle(site);
        }
        settle(site);
        site.buildOk();
        for (int step = 1; step <= STEPS; step++) {
            String change = change(site);
            settle(site);
            // Every other rebuild runs as an editor's does, trusting the cache; the comparison with a
            // clean build below then catches any file it kept or wrote wrong.
            BuildResult rebuild = step % 2 == 0 ? site.build(TestSite.VERIFY_CACHE) : site.build();
            assertThat(rebuild.failed()).as("seed %d, step %d (%s): %s", seed, step, change, TestSite.report(rebuild))
                    .isFalse();
            site.buildOk(r -> r.withOutput(clean).withClean(true));
            try {
                IncrementalBuildTest.assertSameTree(site.output, clean);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ", step " + step + " (" + change + "): " + e.getMessage(), e);
            }
        }
    }

    /** One random edit; returns what it did, for the failure message. */
    private String change(TestSite site) {
        String slug = slugs.get(random.nextInt(slugs.size()));
        switch (random.nextInt(12)) {
            case 0, 1 -> {
                writeArticle(site, slug, null, null);
                return "new body for " + slug;
            }
            case 2 -> {
                writeArticle(site, slug, "Retitled " + random.nextInt(1000), null);
                return "new title for " + slug;
            }
            case 3 -> {
                writeArticle(site, slug, null, "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
                return "new date for " + slug;
            }
            case 4 -> {
                return "added " + addArticle(site);
            }
            case 5 -> {
                if (slugs.size() < 4) {
                    return "nothing";
                }
                slugs.remove(slug);
                delete(site.source.resolve("articles/" + slug + ".md"));
                return "deleted " + slug;
            }
            case 6 -> {
                String[] actor = ACTORS[random.nextInt(ACTORS.length)];
                site.file("actors/" + actor[0] + ".md", "---\nname: " + actor[1] + "\naliases: [" + actor[3] + "]\n"
                        + (actor[2] == null ? "" : "country: " + actor[2] + "\n") + "role: Role " + random.nextInt(100)
                        + "\n---\nBiography, version " + random.nextInt(100) + ".\n");
                return "edited actor " + actor[0];
            }
            case 7 -> {
                String code = COUNTRIES[random.nextInt(COUNTRIES.length)];
                site.file("countries/" + code + ".md", "About " + code + ", version " + random.nextInt(100) + ".\n");
                return "described " + code;
            }
            case 8 -> {
                site.file("templates/foot.mustache", "</main><footer>Footer " + random.nextInt(100)
                        + "</footer></body></html>\n");
                return "edited a template";
            }
            case 9 -> {
                Path file = site.source.resolve("static/notes/readme.txt");
                if (Files.exists(file)) {
                    delete(file);
                    return "removed a static file";
                }
                site.file("static/notes/readme.txt", "Read me " + random.nextInt(100) + "\n");
                return "added a static file";
            }
            case 10 -> {
                int size = 2 + random.nextInt(4);
                site.file("site.yaml", "title: Random Wire\nbaseUrl: https://example.org/news/\npageSize: " + size
                        + "\nfeeds:\n  items: 4\n");
                return "page size " + size;
            }
            default -> {
                writeArticle(site, slug, null, null, random.nextBoolean());
                return "drafted or published " + slug;
            }
        }
    }

    private String addArticle(TestSite site) {
        String slug = "story-" + next++;
        slugs.add(slug);
        writeArticle(site, slug, null, "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
        return slug;
    }

    private final Map<String, String> dates = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    private void writeArticle(TestSite site, String slug, String title, String date) {
        writeArticle(site, slug, title, date, false);
    }

    /** An article with random actors in its front matter and random mentions in its text. */
    private void writeArticle(TestSite site, String slug, String title, String date, boolean draft) {
        if (title != null) {
            titles.put(slug, title);
        }
        if (date != null) {
            dates.put(slug, date);
        }
        String[] listed = ACTORS[random.nextInt(ACTORS.length)];
        String[] mentioned = ACTORS[random.nextInt(ACTORS.length)];
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        StringBuilder body = new StringBuilder();
        body.append("Paragraph ").append(random.nextInt(100)).append(": ").append(mentioned[random.nextInt(2) == 0 ? 1 : 3])
                .append(" spoke about [the talks](../").append(slugs.get(random.nextInt(slugs.size()))).append("/).\n\n");
        for (int i = random.nextInt(3); i > 0; i--) {
            body.append("More text ").append(random.nextInt(1000)).append(".\n\n");
        }
        site.file("articles/" + slug + ".md", "---\ntitle: " + titles.getOrDefault(slug, "Story " + slug) + "\ndate: "
                + dates.get(slug) + "\nactors: [" + listed[0] + "]\ncountries: [" + country + "]\n"
                + (draft ? "draft: true\n" : "") + "---\n" + body);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives every file whose bytes changed a time of its own, an hour in the past, as an editor's
     * save would give it a new one; files older than two seconds are the ones the loader remembers.
     */
    private void settle(TestSite site) {
        Instant base = Instant.now().minusSeconds(3600);
        try (Stream<Path> walk = Files.walk(site.source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                byte[] before = seen.put(file, bytes);
                if (before == null || !java.util.Arrays.equals(before, bytes)) {
                    Files.setLastModifiedTime(file, FileTime.from(base.plusSeconds(++tick)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
