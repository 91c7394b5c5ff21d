package news.parley.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Photos as readers, crawlers and sources' lawyers see them: sized, cropped, upright, and with nothing to give away. */
class PhotoTest {

    @TempDir
    Path dir;

    /** A picture whose left half is red and right half blue, so that turns and crops show. */
    static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, format, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JPEG as a camera and a photo desk leave it: EXIF with the orientation, the photographer's name and
     * the camera's serial number, XMP, an IPTC block and a comment, each naming the source.
     */
    static byte[] cameraJpeg(BufferedImage image, int orientation) {
        byte[] plain = encode(image, "jpeg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        byte[] exif = exif(orientation, "Secret Source", "SERIAL-0042");
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exif));
        segment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
                "<x:xmpmeta xmlns:x='adobe:ns:meta/'>Secret Source, GPS 35.6892 51.3890</x:xmpmeta>"
                        .getBytes(StandardCharsets.UTF_8)));
        segment(out, 0xED, concat("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1),
                "8BIM Secret Source".getBytes(StandardCharsets.ISO_8859_1)));
        segment(out, 0xFE, "Taken by Secret Source".getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(data, 0, data.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A big-endian TIFF block with Orientation, Artist and the camera's serial (BodySerialNumber). */
    private static byte[] exif(int orientation, String artist, String serial) {
        byte[] artistBytes = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] serialBytes = (serial + "\0").getBytes(StandardCharsets.US_ASCII);
        int entries = 3;
        int data = 8 + 2 + entries * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(data + artistBytes.length + serialBytes.length);
        tiff.put(new byte[]{'M', 'M', 0, 42}).putInt(8).putShort((short) entries);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artistBytes.length).putInt(data);
        tiff.putShort((short) 0xA431).putShort((short) 2).putInt(serialBytes.length).putInt(data + artistBytes.length);
        tiff.putInt(0).put(artistBytes).put(serialBytes);
        return tiff.array();
    }

    private TestSite site() {
        return new TestSite(dir).actor("vladimir-putin", "Vladimir Putin", "ru", "Putin");
    }

    private static BufferedImage read(TestSite site, String path) {
        try {
            return ImageIO.read(site.output.resolve(path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a pixel is mostly red (true) or mostly blue (false). */
    private static boolean red(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        assertThat(Math.abs(c.getRed() - c.getBlue())).as("a clear colour at %d,%d", x, y).isGreaterThan(150);
        return c.getRed() > c.getBlue();
    }

    private static String path(TestSite site, String relativeToPage, String page) {
        return site.output.resolve(page).getParent().resolve(relativeToPage).normalize().toString()
                .substring(site.output.toString().length() + 1);
    }

    @Test
    void aLeadPhotoComesInEveryWidthItHasWithItsCaptionCreditCropsAndSharingMetadata() throws Exception {
        TestSite site = site()
                .bytes("articles/2025/06/summit.jpg", encode(halves(2000, 1000), "jpeg"))
                .article("summit", "2025-06-20", """
                        actors: [vladimir-putin]
                        image:
                          src: summit.jpg
                          alt: Delegates in the hall
                          caption: The opening session in Geneva.
                          credit: Jane Roe / Parley
                        """, "Text.\n");
        Files.move(site.source.resolve("articles/summit.md"), site.source.resolve("articles/2025/06/summit.md"));
        BuildResult result = site.buildOk();
        assertThat(result.photos()).isEqualTo(1);
        assertThat(result.photosDecoded()).isEqualTo(1);

        Document page = site.page("articles/summit/index.html");
        Element img = page.selectFirst("figure.lead img");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).isEqualTo("Delegates in the hall");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.hasAttr("loading")).as("the lead image loads at once").isFalse();
        assertThat(img.attr("sizes")).isNotEmpty();
        List<String> srcset = Arrays.stream(img.attr("srcset").split(",\\s*")).toList();
        assertThat(srcset).extracting(s -> s.substring(s.lastIndexOf(' ') + 1)).containsExactly("480w", "960w", "1600w");
        for (String candidate : srcset) {
            String file = path(site, candidate.substring(0, candidate.lastIndexOf(' ')), "articles/summit/index.html");
            int width = Integer.parseInt(candidate.substring(candidate.lastIndexOf(' ') + 1, candidate.length() - 1));
            BufferedImage made = read(site, file);
            assertThat(made.getWidth()).as(file).isEqualTo(width);
            assertThat(made.getHeight()).as(file).isEqualTo(width / 2);
            assertThat(red(made, 2, made.getHeight() / 2)).isTrue();
            assertThat(red(made, made.getWidth() - 3, made.getHeight() / 2)).isFalse();
        }
        assertThat(page.selectFirst("figure.lead figcaption").text())
                .isEqualTo("The opening session in Geneva. Jane Roe / Parley");
        assertThat(page.selectFirst("figure.lead .credit").text()).isEqualTo("Jane Roe / Parley");

        // Shared links show the 16:9 crop; search engines get three crops.
        String ogImage = page.selectFirst("meta[property=og:image]").attr("content");
        // Files are named by what they show, never by the photo's file name, which may say when or how it was taken.
        assertThat(ogImage).startsWith("https://example.org/images/").matches(".*/1200x675-\\d+-0-\\d+x1000\\.jpg")
                .doesNotContain("summit");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("675");
        assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("Delegates in the hall");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("max-image-preview:large");
        JsonNode jsonLd = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
        List<String> crops = new ArrayList<>();
        jsonLd.get("image").forEach(node -> crops.add(node.asText()));
        assertThat(crops).hasSize(3);
        Map<String, List<Integer>> sizes = crops.stream().collect(Collectors.toMap(url -> url, url -> {
            BufferedImage crop = read(site, url.substring("https://example.org/".length()));
            return List.of(crop.getWidth(), crop.getHeight());
        }));
        assertThat(sizes.values()).containsExactlyInAnyOrder(List.of(1200, 675), List.of(1200, 900), List.of(1000, 1000));

        // A related article's page shows the same small crop beside its link.
        site.article("follow-up", "2025-06-21", "actors: [vladimir-putin]", "Text.\n");
        Files.move(site.source.resolve("articles/follow-up.md"), site.source.resolve("articles/2025/06/follow-up.md"));
        site.buildOk();
        Element related = site.page("articles/follow-up/index.html").selectFirst(".related img.thumb");
        assertThat(related).isNotNull();
        assertThat(related.attr("alt")).isEmpty();
        assertThat(read(site, path(site, related.attr("src"), "articles/follow-up/index.html")).getWidth()).isEqualTo(480);

        // The home page's card shows a small crop that says nothing the headline does not.
        Element thumb = site.page("index.html").selectFirst(".card img.thumb");
        assertThat(thumb.attr("alt")).isEmpty();
        assertThat(thumb.attr("loading")).isEqualTo("lazy");
        assertThat(read(site, path(site, thumb.attr("src"), "index.html")).getWidth()).isEqualTo(480);
    }

    @Test
    void aSmallPhotoIsNeverEnlargedAndCropsKeepTheFocus() throws Exception {
        TestSite site = site()
                .bytes("photos/small.png", encode(halves(300, 200), "png"))
                .bytes("photos/wide.jpg", encode(halves(2000, 1000), "jpeg"))
                .article("small", "2025-06-20", "image: {src: /photos/small.png, alt: A small map}", "Text.\n")
                .article("wide", "2025-06-21", "image: {src: /photos/wide.jpg, alt: A wide view, focus: [0.95, 0.5]}",
                        "Text.\n");
        site.buildOk();
        Element small = site.page("articles/small/index.html").selectFirst("figure.lead img");
        assertThat(small.attr("srcset")).endsWith(" 300w").doesNotContain("480w");
        assertThat(small.attr("width")).isEqualTo("300");
        assertThat(read(site, path(site, small.attr("src"), "articles/small/index.html")).getWidth()).isEqualTo(300);

        // The square crop of the wide photo keeps its right side, where its focus is.
        JsonNode jsonLd = JsonMapper.builder().build().readTree(site.page("articles/wide/index.html")
                .selectFirst("script[type=application/ld+json]").data());
        String square = null;
        for (JsonNode url : jsonLd.get("image")) {
            if (url.asText().contains("1000x1000")) {
                square = url.asText();
            }
        }
        BufferedImage crop = read(site, square.substring("https://example.org/".length()));
        assertThat(red(crop, 5, 500)).isFalse();
        assertThat(red(crop, 995, 500)).isFalse();
    }

    @Test
    void nothingOfTheSourcesMetadataLeavesAndTheCamerasOrientationIsApplied() throws Exception {
        // Stored 400 × 200, red left and blue right, taken with the camera turned: EXIF orientation 6
        // (turn 90° clockwise), so it stands 200 × 400 with red on top.
        byte[] camera = cameraJpeg(halves(400, 200), 6);
        TestSite site = site().bytes("articles/turned.jpg", camera)
                .article("turned", "2025-06-20", "image: {src: turned.jpg, alt: A turned photo}", "Text.\n");
        site.buildOk();
        Element img = site.page("articles/turned/index.html").selectFirst("figure.lead img");
        assertThat(img.attr("width")).isEqualTo("200");
        assertThat(img.attr("height")).isEqualTo("400");
        List<Path> made;
        try (var files = Files.walk(site.output.resolve("images"))) {
            made = files.filter(Files::isRegularFile).toList();
        }
        assertThat(made).isNotEmpty();
        for (Path file : made) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain("Secret", "SERIAL", "GPS", "Exif", "xmpmeta", "Photoshop");
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEGSegmentUtil.ALL_SEGMENTS);
                assertThat(segments).as(file.toString()).allSatisfy(s -> assertThat(s.marker())
                        .as("only JFIF's header and the image's own tables").isNotIn(0xFFE1, 0xFFE2, 0xFFED, 0xFFFE));
            }
            BufferedImage image = ImageIO.read(file.toFile());
            if (image.getWidth() == 200 && image.getHeight() == 400) {
                assertThat(red(image, 100, 40)).isTrue();
                assertThat(red(image, 100, 360)).isFalse();
            }
        }
        assertThat(made).anySatisfy(file -> assertThat(file.getFileName().toString()).isEqualTo("200.jpg"));
        assertThat(made).allSatisfy(file -> assertThat(file.toString()).doesNotContain("turned"));
    }

    @Test
    void aRebuildWhosePhotosDidNotChangeDecodesNoneAndAChangedPhotoGetsNewFiles() throws Exception {
        TestSite site = site().bytes("articles/one.jpg", encode(halves(1000, 500), "jpeg"))
                .bytes("articles/two.jpg", encode(halves(800, 400), "jpeg"))
                .article("one", "2025-06-20", "image: {src: one.jpg, alt: One}", "Text.\n")
                .article("two", "2025-06-21", "image: {src: two.jpg, alt: Two}", "Text.\n");
        assertThat(site.buildOk().photosDecoded()).isEqualTo(2);
        String before = site.page("articles/one/index.html").selectFirst("figure img").attr("src");
        BuildResult again = site.buildOk(TestSite.VERIFY_CACHE);
        assertThat(again.photos()).isEqualTo(2);
        // verify-cache makes every file again to compare, photos included; a plain rebuild decodes none.
        assertThat(site.buildOk().photosDecoded()).isZero();
        // Editing the article's text decodes nothing either.
        site.article("one", "2025-06-20", "image: {src: one.jpg, alt: One, caption: Now with a caption}", "Edited.\n");
        assertThat(site.buildOk().photosDecoded()).isZero();
        // A new photo under the same name is decoded, and published under a new address.
        site.bytes("articles/one.jpg", encode(halves(1000, 600), "jpeg"));
        assertThat(site.buildOk().photosDecoded()).isEqualTo(1);
        String after = site.page("articles/one/index.html").selectFirst("figure img").attr("src");
        assertThat(after).isNotEqualTo(before);
        assertThat(site.exists(path(site, before, "articles/one/index.html"))).isFalse();
    }

    @Test
    void aBadPhotoIsAnErrorAtItsLineAndTheSiteStaysAsItWas() throws Exception {
        TestSite site = site().bytes("articles/good.jpg", encode(halves(600, 300), "jpeg"))
                .article("good", "2025-06-20", "image: {src: good.jpg, alt: Good}", "Text.\n");
        site.buildOk();
        Map<String, byte[]> published = OutputSafetyTest.snapshot(site.output);

        byte[] truncated = Arrays.copyOf(encode(halves(1200, 800), "jpeg"), 3000);
        // A PNG whose header claims 30,000 × 30,000 pixels: a decompression bomb in a few bytes.
        byte[] bomb = pngHeader(30_000, 30_000);
        Object[][] cases = {
                {"image:\n  src: missing.jpg\n  alt: Gone", "image 'articles/missing.jpg': there is no such file"},
                {"image:\n  src: notes.jpg\n  alt: Text", "image 'articles/notes.jpg': it is not a JPEG, PNG or WebP image"},
                {"image:\n  src: cut.jpg\n  alt: Cut", "image 'articles/cut.jpg': it"},
                {"image:\n  src: bomb.png\n  alt: Bomb", "more than the 100 megapixels Parley decodes"},
                {"image:\n  src: ../../outside.jpg\n  alt: Out", "'src' must be a path to an image in the source folder"},
                {"image:\n  src: chart.gif\n  alt: Chart", "is not a photo Parley reads"},
                {"image:\n  src: good.jpg", "missing required field 'alt'"},
        };
        site.file("articles/notes.jpg", "not a picture").bytes("articles/cut.jpg", truncated).bytes("articles/bomb.png", bomb)
                .bytes("articles/chart.gif", encode(halves(10, 10), "gif"));
        for (Object[] each : cases) {
            site.article("bad", "2025-06-21", (String) each[0], "Text.\n");
            long start = System.nanoTime();
            BuildResult result = site.build();
            assertThat(result.failed()).as((String) each[0]).isTrue();
            assertThat(TestSite.report(result)).as((String) each[0]).contains("articles/bad.md:")
                    .contains((String) each[1]);
            assertThat(result.problems()).filteredOn(p -> p.path().equals("articles/bad.md"))
                    .allSatisfy(p -> assertThat(p.line()).isBetween(2, 6));
            Map<String, byte[]> now = OutputSafetyTest.snapshot(site.output);
            assertThat(now.keySet()).as((String) each[0]).isEqualTo(published.keySet());
            assertThat(now.keySet()).as((String) each[0]).allSatisfy(file ->
                    assertThat(now.get(file)).as(file).isEqualTo(published.get(file)));
        }
    }

    @Test
    void feedsCarryTheLeadPhotoWithItsDescriptionCreditSizeAndLength() throws Exception {
        TestSite site = site().bytes("articles/summit.jpg", encode(halves(2000, 1000), "jpeg"))
                .article("summit", "2025-06-20", "image: {src: summit.jpg, alt: Delegates, caption: The hall., credit: Jane Roe}",
                        "Text.\n")
                .article("plain", "2025-06-19", "", "No photo.\n");
        site.buildOk();
        String file = "images/" + site.output.resolve("images").toFile().list()[0] + "/960.jpg";
        long length = Files.size(site.output.resolve(file));

        com.rometools.rome.feed.synd.SyndFeed rss = new com.rometools.rome.io.SyndFeedInput()
                .build(new org.xml.sax.InputSource(new java.io.StringReader(site.text("feed.xml"))));
        com.rometools.modules.mediarss.MediaEntryModule media = (com.rometools.modules.mediarss.MediaEntryModule)
                rss.getEntries().get(0).getModule(com.rometools.modules.mediarss.MediaModule.URI);
        var content = media.getMediaContents()[0];
        assertThat(content.getReference().toString()).isEqualTo("https://example.org/" + file);
        assertThat(content.getType()).isEqualTo("image/jpeg");
        assertThat(content.getWidth()).isEqualTo(960);
        assertThat(content.getHeight()).isEqualTo(480);
        assertThat(content.getFileSize()).isEqualTo(length);
        assertThat(content.getMetadata().getDescription()).isEqualTo("The hall.");
        assertThat(content.getMetadata().getCredits()[0].getName()).isEqualTo("Jane Roe");
        assertThat(rss.getEntries().get(1).getModule(com.rometools.modules.mediarss.MediaModule.URI)).isNull();

        Document atom = org.jsoup.Jsoup.parse(site.text("atom.xml"), "", org.jsoup.parser.Parser.xmlParser());
        Element enclosure = atom.selectFirst("entry link[rel=enclosure]");
        assertThat(enclosure.attr("href")).isEqualTo("https://example.org/" + file);
        assertThat(enclosure.attr("type")).isEqualTo("image/jpeg");
        assertThat(enclosure.attr("length")).isEqualTo(Long.toString(length));
        assertThat(atom.select("entry").get(1).select("link[rel=enclosure]")).isEmpty();

        JsonNode json = JsonMapper.builder().build().readTree(site.text("feed.json"));
        assertThat(json.get("items").get(0).get("image").asText()).isEqualTo("https://example.org/" + file);
        assertThat(json.get("items").get(1).has("image")).isFalse();
    }

    @Test
    void anActorsPortraitIsOnTheirPageBesideTheirNameInEachStoryAndInTheStorysJsonLd() throws Exception {
        TestSite site = site().bytes("actors/putin.jpg", encode(halves(600, 800), "jpeg"))
                .file("actors/vladimir-putin.md", "---\nname: Vladimir Putin\naliases: [Putin]\ncountry: ru\n"
                        + "role: President of Russia\nimage:\n  src: putin.jpg\n  alt: Vladimir Putin in 2024\n"
                        + "  credit: Kremlin press service\n  focus: [0.5, 0.3]\n---\nBiography.\n")
                .article("talks", "2025-06-20", "actors: [vladimir-putin]", "Putin spoke.\n");
        site.buildOk();
        Element portrait = site.page("actors/vladimir-putin/index.html").selectFirst("figure.portrait img");
        assertThat(portrait.attr("alt")).isEqualTo("Vladimir Putin in 2024");
        assertThat(portrait.attr("width")).isEqualTo("600");
        assertThat(site.page("actors/vladimir-putin/index.html").selectFirst("figure.portrait .credit").text())
                .isEqualTo("Kremlin press service");

        Document article = site.page("articles/talks/index.html");
        Element avatar = article.selectFirst(".in-this-story img.avatar");
        BufferedImage square = read(site, path(site, avatar.attr("src"), "articles/talks/index.html"));
        assertThat(List.of(square.getWidth(), square.getHeight())).isEqualTo(List.of(160, 160));
        JsonNode jsonLd = JsonMapper.builder().build().readTree(article.selectFirst("script[type=application/ld+json]").data());
        String image = jsonLd.get("about").get(0).get("image").asText();
        BufferedImage crop = read(site, image.substring("https://example.org/".length()));
        assertThat(List.of(crop.getWidth(), crop.getHeight())).isEqualTo(List.of(600, 600));
        assertThat(article.select("figure.lead")).as("the story has no photo of its own").isEmpty();

        // A new portrait under the same name reaches the story's page.
        site.bytes("actors/putin.jpg", encode(halves(500, 800), "jpeg"));
        site.buildOk();
        String after = site.page("articles/talks/index.html").selectFirst(".in-this-story img.avatar").attr("src");
        assertThat(after).isNotEqualTo(avatar.attr("src"));
        assertThat(site.exists(path(site, after, "articles/talks/index.html"))).isTrue();
    }

    @Test
    void photosInTheTextBecomeFiguresWithTheirCaptionInPagesAndFeeds() throws Exception {
        TestSite site = site().bytes("articles/hall.jpg", encode(halves(1200, 800), "jpeg"))
                .bytes("photos/icon.png", encode(halves(64, 64), "png"))
                .article("hall", "2025-06-20", "", """
                        Intro.

                        ![Delegates at the table](hall.jpg "The table in the hall.")

                        Text with an inline ![an icon](/photos/icon.png) inside, and a remote ![map](https://example.com/x.jpg).

                        ![The hall again][hall]

                        ![The hall][]

                        [hall]: hall.jpg "The hall, by reference."
                        [the hall]: hall.jpg
                        """);
        BuildResult result = site.buildOk();
        assertThat(result.photos()).isEqualTo(2);
        Document page = site.page("articles/hall/index.html");
        Element figure = page.selectFirst(".body figure.photo");
        Element img = figure.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("Delegates at the table");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("srcset")).contains(" 480w, ").endsWith(" 1200w");
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(read(site, path(site, img.attr("src"), "articles/hall/index.html")).getWidth()).isEqualTo(960);
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("The table in the hall.");
        // An image inside a sentence keeps its place, in its own widths; a remote one stays as written.
        Element icon = page.selectFirst(".body p img[alt=an icon]");
        assertThat(icon.attr("srcset")).endsWith(" 64w");
        assertThat(read(site, path(site, icon.attr("src"), "articles/hall/index.html")).getWidth()).isEqualTo(64);
        assertThat(page.selectFirst(".body img[alt=map]").attr("src")).isEqualTo("https://example.com/x.jpg");
        // A reference-style image is made as an inline one is.
        Element byReference = page.select(".body figure.photo").get(1);
        assertThat(byReference.selectFirst("img").attr("srcset")).isEqualTo(img.attr("srcset"));
        assertThat(byReference.selectFirst("figcaption").text()).isEqualTo("The hall, by reference.");
        assertThat(page.select(".body figure.photo").get(2).selectFirst("img").attr("srcset")).isEqualTo(img.attr("srcset"));
        assertThat(TestSite.report(result)).doesNotContain("leads to no page");

        Document item = org.jsoup.Jsoup.parseBodyFragment(new com.rometools.rome.io.SyndFeedInput()
                .build(new org.xml.sax.InputSource(new java.io.StringReader(site.text("feed.xml"))))
                .getEntries().get(0).getContents().get(0).getValue());
        Element inFeed = item.selectFirst("figure img");
        assertThat(inFeed.attr("src")).startsWith("https://example.org/images/").endsWith("/960.jpg");
        assertThat(item.selectFirst("figure figcaption").text()).isEqualTo("The table in the hall.");
    }

    @Test
    void aPhotoInTheTextWithoutTextOrFileIsAnErrorAtItsPlace() {
        TestSite site = site().bytes("articles/hall.jpg", encode(halves(600, 400), "jpeg"))
                .article("hall", "2025-06-20", "", "Intro.\n\nSee ![](hall.jpg) here.\n");
        BuildResult result = site.build();
        assertThat(TestSite.report(result)).contains("articles/hall.md:7:5: error: image 'articles/hall.jpg' has no text"
                + " alternative");
        site.article("hall", "2025-06-20", "", "Intro.\n\nSee ![The hall](gone.jpg) here.\n");
        assertThat(TestSite.report(site.build())).contains("articles/hall.md:7:5: error: image 'articles/gone.jpg': there"
                + " is no such file");
    }

    @Test
    void aWebpPhotoIsReadAndATransparentPictureIsWrittenAsPng() throws Exception {
        // The smallest lossless WebP: one transparent pixel.
        byte[] webp = java.util.HexFormat.of().parseHex("524946461a000000574542505650384c0d0000002f0000001007101111888888fe0700"
                .replace("888888", "8888"));
        TestSite site = site().bytes("articles/dot.webp", webp)
                .article("dot", "2025-06-20", "image: {src: dot.webp, alt: A dot}", "Text.\n");
        site.buildOk();
        Element img = site.page("articles/dot/index.html").selectFirst("figure.lead img");
        assertThat(img.attr("src")).endsWith("/1.png");
        BufferedImage made = read(site, path(site, img.attr("src"), "articles/dot/index.html"));
        assertThat(made.getColorModel().hasAlpha()).isTrue();
        assertThat(made.getWidth()).isEqualTo(1);
    }

    @Test
    void aJpegsColourProfileIsAppliedBeforeItIsLeftOut() throws Exception {
        // Mid grey as stored, in a photo whose profile says its values are linear light: shown right, it
        // is the lighter grey that sRGB writes as about 188.
        BufferedImage grey = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, 600, 400);
        g.dispose();
        byte[] plain = encode(grey, "jpeg");
        byte[] profile = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB).getData();
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(plain, 0, 2);
        segment(tagged, 0xE2, concat(concat("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[]{1, 1}), profile));
        tagged.write(plain, 2, plain.length - 2);
        TestSite site = site().bytes("articles/grey.jpg", tagged.toByteArray())
                .article("grey", "2025-06-20", "image: {src: grey.jpg, alt: Grey}", "Text.\n");
        site.buildOk();
        Element img = site.page("articles/grey/index.html").selectFirst("figure.lead img");
        String file = path(site, img.attr("src"), "articles/grey/index.html");
        Color shown = new Color(read(site, file).getRGB(300, 200));
        assertThat(shown.getRed()).isBetween(180, 196);
        try (ImageInputStream in = ImageIO.createImageInputStream(site.output.resolve(file).toFile())) {
            assertThat(JPEGSegmentUtil.readSegments(in, JPEGSegmentUtil.ALL_SEGMENTS))
                    .noneMatch(segment -> segment.marker() == 0xFFE2);
        }
    }

    @Test
    void aPhotoInStaticWithMetadataIsPublishedAsItIsWithAWarning() throws Exception {
        byte[] camera = cameraJpeg(halves(200, 100), 1);
        TestSite site = site().bytes("static/img/scene.jpg", camera)
                .bytes("static/img/logo.png", encode(halves(20, 20), "png"))
                .article("one", "2025-06-20", "", "![The scene](/img/scene.jpg) ![](/img/logo.png)\n");
        BuildResult result = site.buildOk();
        assertThat(TestSite.report(result)).contains("static/img/scene.jpg:1:1: warning: it is published as it is, with its"
                + " EXIF, IPTC, XMP, a comment").doesNotContain("logo.png");
        assertThat(Files.readAllBytes(site.output.resolve("img/scene.jpg"))).isEqualTo(camera);
        // The image in the text points at the static file, which stays as written.
        // Images in the text that point at static files stay as written (a decorative one may have no text).
        assertThat(site.page("articles/one/index.html").select(".body img")).extracting(img -> img.attr("src"))
                .containsExactly("/img/scene.jpg", "/img/logo.png");
    }

    @Test
    void anOpaquePictureWithAnAlphaChannelIsWrittenAsJpeg() throws Exception {
        BufferedImage opaque = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = opaque.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 300, 200);
        g.dispose();
        TestSite site = site().bytes("articles/flat.png", encode(opaque, "png"))
                .article("flat", "2025-06-20", "image: {src: flat.png, alt: Flat}", "Text.\n");
        site.buildOk();
        assertThat(site.page("articles/flat/index.html").selectFirst("figure.lead img").attr("src")).endsWith("/300.jpg");
        // A rebuild knows it without decoding.
        assertThat(site.buildOk().photosDecoded()).isZero();
    }

    /** {@code png} with a chunk of {@code type} inserted after its header chunk. */
    static byte[] withChunk(byte[] png, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length).putInt(data.length)
                .put(type.getBytes(StandardCharsets.US_ASCII)).put(data).putInt((int) crc.getValue());
        int afterHeader = 8 + 8 + 13 + 4;
        return concat(concat(Arrays.copyOf(png, afterHeader), chunk.array()), Arrays.copyOfRange(png, afterHeader, png.length));
    }

    @Test
    void aPngsColourProfileAndOrientationAreAppliedToo() throws Exception {
        BufferedImage grey = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grey.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, 200, 200);
        g.setColor(new Color(0, 0, 255));
        g.fillRect(200, 0, 200, 200);
        g.dispose();
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB).getData());
        deflater.finish();
        byte[] deflated = new byte[100_000];
        int length = deflater.deflate(deflated);
        byte[] iccp = concat("Linear\0\0".getBytes(StandardCharsets.ISO_8859_1), Arrays.copyOf(deflated, length));
        byte[] png = withChunk(withChunk(encode(grey, "png"), "iCCP", iccp), "eXIf", exif(6, "Secret Source", "SERIAL-1"));
        TestSite site = site().bytes("articles/grey.png", png)
                .article("grey", "2025-06-20", "image: {src: grey.png, alt: Grey}", "Text.\n");
        site.buildOk();
        Element img = site.page("articles/grey/index.html").selectFirst("figure.lead img");
        // Turned as its EXIF says: 200 wide and 400 high, the grey half on top.
        assertThat(List.of(img.attr("width"), img.attr("height"))).isEqualTo(List.of("200", "400"));
        String file = path(site, img.attr("src"), "articles/grey/index.html");
        BufferedImage made = read(site, file);
        assertThat(new Color(made.getRGB(100, 100)).getRed()).isBetween(180, 196);
        assertThat(new Color(made.getRGB(100, 300)).getBlue()).isGreaterThan(200);
        assertThat(new String(Files.readAllBytes(site.output.resolve(file)), StandardCharsets.ISO_8859_1))
                .doesNotContain("Secret", "iCCP", "eXIf");
    }

    /** The first bytes of a PNG: its signature and a header chunk giving the size (no pixels follow). */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 4 + 13 + 4);
        png.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).putInt(13)
                .put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
