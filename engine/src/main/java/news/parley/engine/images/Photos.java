package news.parley.engine.images;

import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.load.ImagePaths;
import news.parley.core.model.ArticleBody;
import news.parley.core.model.Actor;
import news.parley.core.model.ImageRef;
import news.parley.core.model.Picture;
import news.parley.core.problem.Problem;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Output;
import news.parley.engine.cache.BuildCache;
import news.parley.images.Cut;
import news.parley.images.CutPlan;
import news.parley.images.Decoder;
import news.parley.images.Encoder;
import news.parley.images.ImageException;
import news.parley.images.ImageInfo;
import news.parley.images.ImageProbe;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The image stage: every photo the content names (articles' lead images, actors' portraits), read
 * from its header first, then made into the files pages, feeds and metadata show, each file kept in
 * the build cache under the photo's bytes and the cut it is.
 */
public final class Photos {
    /**
     * One use of a photo: the file whose front matter or Markdown names it, and how.
     *
     * @param inText whether it is an image in an article's text, which shows it whole and never cropped
     */
    private record Use(String file, ImageRef ref, boolean inText) {
    }

    /** A photo that can be read, with every use of it. */
    private record Source(String src, Path file, ImageInfo info, List<Use> uses) {
        boolean png() {
            return info.alpha();
        }

        /** The focus points its lead and portrait uses ask for, each once: each is a set of crops. */
        Set<List<Double>> focuses() {
            Set<List<Double>> focuses = new LinkedHashSet<>();
            uses.stream().filter(u -> !u.inText()).forEach(u -> focuses.add(List.of(u.ref().focusX(), u.ref().focusY())));
            return focuses;
        }
    }

    /**
     * How many megapixels may be decoded at once, across every core: a 100-megapixel photo and the
     * copies its decoding makes take some gigabyte, and two at once must not exhaust a build's memory.
     */
    private static final int DECODE_BUDGET = 160;

    private final Map<String, Source> sources;
    private final List<Problem> problems;
    private final java.util.concurrent.Semaphore budget = new java.util.concurrent.Semaphore(DECODE_BUDGET);

    private Photos(Map<String, Source> sources, List<Problem> problems) {
        this.sources = sources;
        this.problems = problems;
    }

    /**
     * Reads the header of every photo the content names, so that a missing, unreadable, unknown or
     * oversized one is an error before anything is decoded or written. A site in several languages gives
     * each language's index, the default first: their articles share one folder of photos.
     */
    public static Photos probe(Path root, List<SiteIndex> editions, Set<String> staticFiles, BuildCache cache) {
        SiteIndex index = editions.get(0);
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Use>> uses = new TreeMap<>();
        editions.stream().flatMap(e -> e.articles().stream()).forEach(a -> {
            if (a.article().image() != null) {
                uses.computeIfAbsent(a.article().image().src(), s -> new ArrayList<>()).add(new Use(a.article().path(),
                        a.article().image(), false));
            }
            for (ImageRef inText : inText(a, staticFiles)) {
                if (inText.alt().isEmpty()) {
                    // As in front matter: readers who cannot see the photo would learn nothing of it.
                    problems.add(Problem.error(a.article().path(), inText.line(), inText.column(), "image '"
                            + inText.src() + "' has no text alternative: say what it shows between the brackets, as in"
                            + " ![Delegates in the hall](photo.jpg)"));
                }
                uses.computeIfAbsent(inText.src(), s -> new ArrayList<>()).add(new Use(a.article().path(), inText, true));
            }
        });
        for (Actor actor : index.actors()) {
            if (actor.image() != null) {
                uses.computeIfAbsent(actor.image().src(), s -> new ArrayList<>()).add(new Use(actor.path(), actor.image(),
                        false));
            }
        }
        Map<String, Source> sources = new ConcurrentHashMap<>();
        uses.entrySet().parallelStream().forEach(entry -> {
            Path file = root.resolve(entry.getKey());
            try {
                if (!file.toRealPath().startsWith(root.toRealPath())) {
                    throw new ImageException("it lies outside the source folder");
                }
                sources.put(entry.getKey(), new Source(entry.getKey(), file, header(file, cache), entry.getValue()));
            } catch (ImageException e) {
                report(problems, entry.getValue(), e);
            } catch (IOException e) {
                report(problems, entry.getValue(), new ImageException("there is no such file"));
            }
        });
        // static/ is copied byte for byte: a photo there keeps what its camera and desk wrote into it.
        staticFiles.stream().sorted().forEach(path -> {
            Set<String> metadata = news.parley.images.Metadata.of(root.resolve("static").resolve(path));
            if (!metadata.isEmpty()) {
                problems.add(Problem.warning("static/" + path, 0, 0, "it is published as it is, with its "
                        + String.join(", ", metadata) + " (which can name a place, a camera or a person); put photos"
                        + " beside the articles that show them, and Parley publishes their pixels only"));
            }
        });
        return new Photos(new TreeMap<>(sources), List.copyOf(problems));
    }

    /**
     * The site's own photos in an article's text ({@code ![text](photo.jpg "caption")}); their text and
     * caption are the page's to show, which has them in the HTML.
     */
    static List<ImageRef> inText(IndexedArticle article, Set<String> staticFiles) {
        List<ImageRef> images = new ArrayList<>();
        for (ArticleBody.BodyLink link : article.body().links()) {
            String src = link.image() ? ImagePaths.inText(link.url(), article.article().path(), staticFiles) : null;
            if (src != null) {
                // The text itself is the page's to show (it is in the HTML); here only whether there is one.
                images.add(new ImageRef(src, link.described() ? "(in the text)" : "", null, null, 0.5, 0.5, link.line(),
                        link.column()));
            }
        }
        return images;
    }

    /** What reading the headers found wrong. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * What {@link #write} made: each use's picture by {@link ImageRef#pictureKey}, and an error for each use of a photo
     * that could not be decoded.
     */
    public record Made(Map<String, Picture> pictures, List<Problem> problems, int decoded) {
    }

    /** How many photo files the content names. */
    public int count() {
        return sources.size();
    }

    /**
     * Makes every photo's files in {@code output}, each photo decoded at most once and only if one of
     * its files is not kept from the last build.
     */
    public Made write(Output output, BuildCache cache) {
        Map<String, Picture> pictures = new ConcurrentHashMap<>();
        List<Problem> failed = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> digests = new ConcurrentHashMap<>();
        Map<String, PhotoFile> stamps = new ConcurrentHashMap<>();
        sources.values().parallelStream().forEach(source -> {
            try {
                PhotoFile file = PhotoFile.of(source.file());
                digests.put(source.src(), contentDigest(file, cache));
                stamps.put(source.src(), file);
            } catch (ImageException e) {
                report(failed, source.uses(), e);
            } catch (IOException e) {
                report(failed, source.uses(), new ImageException("it cannot be read (" + e.getMessage() + ")", e));
            }
        });
        // Files with the same bytes are one photo: made once, into one folder.
        Map<String, Source> photos = new TreeMap<>();
        for (Source source : sources.values()) {
            String digest = digests.get(source.src());
            if (digest != null) {
                photos.merge(digest, source, (a, b) -> new Source(a.src(), a.file(), a.info(),
                        java.util.stream.Stream.concat(a.uses().stream(), b.uses().stream()).toList()));
            }
        }
        java.util.concurrent.atomic.AtomicInteger decoded = new java.util.concurrent.atomic.AtomicInteger();
        photos.entrySet().parallelStream().forEach(photo -> {
            try {
                if (make(photo.getValue(), photo.getKey(), stamps.get(photo.getValue().src()), output, pictures)) {
                    decoded.incrementAndGet();
                }
            } catch (ImageException e) {
                report(failed, photo.getValue().uses(), e);
            }
        });
        return new Made(new TreeMap<>(pictures), List.copyOf(failed), decoded.get());
    }

    /** Makes one photo's files and pictures; returns whether it had to be decoded. */
    private boolean make(Source source, String digest, PhotoFile stamp, Output output, Map<String, Picture> pictures)
            throws ImageException {
        ImageInfo info = source.info();
        int width = info.uprightWidth();
        int height = info.uprightHeight();
        List<Cut> sizes = CutPlan.sizes(width, height);
        Map<List<Double>, List<Cut>> cropsByFocus = new LinkedHashMap<>();
        Map<List<Double>, Cut> cards = new LinkedHashMap<>();
        Map<List<Double>, Cut> avatars = new LinkedHashMap<>();
        List<Cut> all = new ArrayList<>(sizes);
        for (List<Double> focus : source.focuses()) {
            List<Cut> crops = CutPlan.crops(width, height, focus.get(0), focus.get(1));
            Cut card = CutPlan.card(width, height, focus.get(0), focus.get(1));
            cropsByFocus.put(focus, crops);
            Cut avatar = CutPlan.avatar(width, height, focus.get(0), focus.get(1));
            cards.put(focus, card);
            avatars.put(focus, avatar);
            all.addAll(crops);
            all.add(card);
            all.add(avatar);
        }
        double keep = all.stream().mapToDouble(c -> (double) c.outputWidth() / c.width()).max().orElse(1);
        // Named by the photo's bytes, so that a new photo gets new addresses, but not by its file's name,
        // which may say when or on what device it was taken.
        String folder = "images/" + Fingerprint.of("photo folder", digest).substring(0, 16) + "/";
        Decoded decoded = new Decoded(source, keep, budget, stamp);
        // A picture that may be transparent is written as PNG only where it is: many opaque pictures carry an
        // alpha channel, and as JPEG they are a fraction of the size. Found once, then kept with the photo.
        boolean png;
        try {
            png = source.png() && Boolean.parseBoolean(output.derived(Fingerprint.of("photo transparent", digest, Double.toString(keep)),
                    () -> Boolean.toString(Encoder.transparent(decoded.get()))));
        } catch (Decoded.Failure failure) {
            throw failure.problem;
        }
        String extension = "." + Encoder.extension(png);
        String type = Encoder.mediaType(png);
        Map<Cut, Picture.Rendition> made = new LinkedHashMap<>();
        for (Cut cut : all) {
            if (made.containsKey(cut)) {
                continue;
            }
            String path = folder + cut.name() + extension;
            String key = Fingerprint.of("photo", digest, cut.toString(), Boolean.toString(png), Double.toString(keep));
            long[] size = {-1};
            try {
                output.write(path, key, () -> {
                    byte[] bytes = decoded.encode(width, cut, png);
                    size[0] = bytes.length;
                    return bytes;
                });
                // A file kept from the last build was not made again: its size is where that build left it.
                long bytes = Long.parseLong(output.derived(Fingerprint.of("photo size", key),
                        () -> Long.toString(size[0] >= 0 ? size[0] : decoded.encode(width, cut, png).length)));
                made.put(cut, new Picture.Rendition(path, cut.outputWidth(), cut.outputHeight(), type, bytes));
            } catch (Decoded.Failure failure) {
                throw failure.problem;
            }
        }
        for (List<Double> focus : source.focuses()) {
            Picture picture = new Picture(width, height, sizes.stream().map(made::get).toList(), made.get(cards.get(focus)),
                    made.get(avatars.get(focus)), cropsByFocus.get(focus).stream().map(made::get).toList());
            for (Use use : source.uses()) {
                if (!use.inText() && use.ref().focusX() == focus.get(0) && use.ref().focusY() == focus.get(1)) {
                    pictures.put(use.ref().pictureKey(), picture);
                }
            }
        }
        // In the text a photo is shown whole, in its widths only.
        Picture whole = new Picture(width, height, sizes.stream().map(made::get).toList(), null, null, List.of());
        source.uses().stream().filter(Use::inText).forEach(use -> pictures.put(Picture.inTextKey(use.ref().src()), whole));
        return decoded.image != null;
    }

    /** The photo decoded when the first of its files that must be made asks for it. */
    private static final class Decoded {
        private final Source source;
        private final double keep;
        private final java.util.concurrent.Semaphore budget;
        /** The file's size, time and identity when its bytes were digested. */
        private final PhotoFile stamp;
        private BufferedImage image;

        /** An {@link ImageException} on its way out of an output's supplier. */
        static final class Failure extends RuntimeException {
            final ImageException problem;

            Failure(ImageException problem) {
                super(problem.getMessage(), problem, false, false);
                this.problem = problem;
            }
        }

        Decoded(Source source, double keep, java.util.concurrent.Semaphore budget, PhotoFile stamp) {
            this.source = source;
            this.keep = keep;
            this.budget = budget;
            this.stamp = stamp;
        }

        /**
         * A file of the photo. An encoder's refusal is the photo's problem, at its lines; what the output
         * throws (a full disk, a stale file under --verify-cache) is Parley's and goes on as it is.
         */
        byte[] encode(int width, Cut cut, boolean png) {
            BufferedImage picture = get();
            try {
                return Encoder.encode(picture, width, cut, png);
            } catch (RuntimeException e) {
                throw new Failure(new ImageException("it cannot be made into the site's files (" + e.getMessage() + ")", e));
            }
        }

        BufferedImage get() {
            if (image == null) {
                int megapixels = megapixels(source.info(), keep);
                budget.acquireUninterruptibly(megapixels);
                try {
                    image = Encoder.base(Decoder.decode(source.file(), source.info(), keep), source.info().uprightWidth(), keep);
                    // The bytes decoded must be the bytes digested, which name the files they make.
                    if (!PhotoFile.of(source.file()).equals(stamp)) {
                        throw new ImageException("it changed while the site was built; build again");
                    }
                } catch (ImageException e) {
                    throw new Failure(e);
                } catch (IOException | RuntimeException e) {
                    throw new Failure(new ImageException("it cannot be decoded (" + e.getMessage() + ")", e));
                } finally {
                    budget.release(megapixels);
                }
            }
            return image;
        }

        /** The megapixels the decoded picture holds, as a share of the budget (all of it at most). */
        private static int megapixels(ImageInfo info, double keep) {
            int step = Decoder.step(keep);
            long pixels = (long) (info.width() / step + 1) * (info.height() / step + 1);
            return (int) Math.max(1, Math.min(DECODE_BUDGET, pixels / 1_000_000));
        }
    }

    /**
     * What the photo's header says, read again only when the file changed: a rebuild that reads every
     * photo's header spends more on it than on the rest of the image stage. A refused photo is read
     * again each build, to be reported each time.
     */
    private static ImageInfo header(Path link, BuildCache cache) throws ImageException, IOException {
        PhotoFile file = PhotoFile.of(link);
        String known;
        try {
            known = file.remembered(cache, "photo header", () -> {
                try {
                    ImageInfo info = ImageProbe.probe(file.file());
                    return info.format() + " " + info.width() + " " + info.height() + " " + info.orientation() + " "
                            + info.alpha();
                } catch (ImageException e) {
                    throw new Decoded.Failure(e);
                }
            });
        } catch (Decoded.Failure failure) {
            throw failure.problem;
        }
        String[] parts = known.split(" ");
        return new ImageInfo(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                Boolean.parseBoolean(parts[4]));
    }

    /** The SHA-256 of the photo's bytes, which names its files: read once, then remembered with its stamp. */
    private static String contentDigest(PhotoFile file, BuildCache cache) throws ImageException {
        try {
            return file.remembered(cache, "photo bytes", () -> {
                try {
                    return sha256(file.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new ImageException("it cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static void report(List<Problem> problems, List<Use> uses, ImageException e) {
        for (Use use : uses) {
            problems.add(Problem.error(use.file(), use.ref().line(), use.ref().column(),
                    "image '" + use.ref().src() + "': " + e.getMessage()));
        }
    }
}
