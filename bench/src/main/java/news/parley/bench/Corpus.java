package news.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a synthetic news corpus twice, from the same data: once as Parley content
 * ({@code DIR/parley}) and once as an equivalent Hugo site ({@code DIR/hugo}).
 *
 * <pre>java -cp bench/target/classes news.parley.bench.Corpus --articles N --out DIR [--seed 42]</pre>
 *
 * <p>The output is byte-for-byte deterministic for a given N and seed: every choice comes from
 * {@link SplittableRandom}s seeded from the seed, no collection is iterated in hash order, and
 * no clock is read. Article {@code i} is generated from its own generator seeded with the seed and
 * {@code i}, so the corpus of N articles is the first N articles of any larger corpus.
 *
 * <p>The generator depends on nothing but the JDK, on purpose: the corpus must not change when
 * Parley's code does. It therefore computes on its own which actors Parley will find in an
 * article's text (full names always; an alias only when no other actor shares it), so that the
 * Hugo site can list the same actors and countries in its taxonomies.
 */
public final class Corpus {

    private static final String USAGE =
            "usage: java -cp bench/target/classes news.parley.bench.Corpus --articles N --out DIR [--seed 42]"
                    + " [--photos-every K]";

    // ---------------------------------------------------------------- fixed vocabularies

    /** Code and English name of the 25 countries, in a fixed order. */
    private static final String[][] COUNTRIES = {
        {"ru", "Russia"}, {"us", "United States"}, {"ir", "Iran"}, {"il", "Israel"},
        {"ua", "Ukraine"}, {"cn", "China"}, {"fr", "France"}, {"de", "Germany"},
        {"gb", "United Kingdom"}, {"tr", "Turkey"}, {"sa", "Saudi Arabia"},
        {"ae", "United Arab Emirates"}, {"in", "India"}, {"pk", "Pakistan"}, {"eg", "Egypt"},
        {"jp", "Japan"}, {"kr", "South Korea"}, {"br", "Brazil"}, {"za", "South Africa"},
        {"ng", "Nigeria"}, {"qa", "Qatar"}, {"iq", "Iraq"}, {"sy", "Syria"}, {"lb", "Lebanon"},
        {"ye", "Yemen"},
    };

    /** 55 distinct invented first names. */
    private static final String[] FIRST_NAMES = {
        "Elena", "Tomas", "Amara", "Idris", "Kenji", "Marisol", "Pavel", "Leila", "Oskar", "Noor",
        "Dmitri", "Yara", "Rafael", "Ingrid", "Tariq", "Chiara", "Baptiste", "Anouk", "Hassan", "Mei",
        "Kwame", "Sofia", "Emeka", "Farida", "Lukas", "Nadia", "Haruto", "Zainab", "Mateo", "Astrid",
        "Ravi", "Selin", "Joaquim", "Ayesha", "Henrik", "Lina", "Obinna", "Camille", "Arjun", "Daria",
        "Felix", "Soraya", "Minjun", "Thandiwe", "Caio", "Rania", "Viktor", "Imani", "Anselm", "Yusra",
        "Bruno", "Keiko", "Samir", "Greta", "Ilan",
    };

    /** 50 distinct invented surnames; the first five are each given to two actors. */
    private static final String[] SURNAMES = {
        "Marchetti", "Drakos", "Benali", "Morrow", "Halvorsen",
        "Vasquez-Orlov", "Okonjo-Reyes", "Castellane", "Vrana", "Quillon", "Abernethy",
        "Tesfaye-Moor", "Lindqvist", "Ferreira-Holt", "Kazantzi", "Delacroix-Amin", "Oduya",
        "Hallbeck", "Nazarov-Pike", "Varga-Senn", "Sokolenko", "Aldana", "Whitcombe", "Ibarrola",
        "Takeda-Ross", "Mbatha-Stroud", "Osterhaus", "Renwick", "Zamora-Lutz", "Kovalcik",
        "Haddad-Ure", "Pellegrin", "Ashgrove", "Ndiaye-Falk", "Bergvall", "Yilmazer",
        "Castaneda-Roe", "Imrie", "Valtonen", "Okwuosa", "Farrukh-Lane", "Deveraux", "Sato-Brandt",
        "Kiriakidis", "Mendrek", "Ruskova", "Tavernier", "Achterberg", "Solano-Hart", "Grimaldi-Voss",
    };

    private static final int SHARED_SURNAMES = 5;

    /** Invented international bodies: full name and acronym (the alias). No home country. */
    private static final String[][] BODIES = {
        {"Assembly of Coastal Nations", "ACN"},
        {"Continental Security Council", "CSC"},
        {"Northern Energy Compact", "NEC"},
        {"Tribunal for Maritime Claims", "TMC"},
        {"Union of Inland Seas", "UIS"},
    };

    private static final String[] ROLES = {
        "President of %s", "Foreign Minister of %s", "Defence Minister of %s",
    };

    private static final String[] ADJECTIVES = {
        "regional", "bilateral", "fragile", "provisional", "joint", "contested", "maritime",
        "northern", "southern", "eastern", "western", "strategic", "interim", "diplomatic",
        "economic", "military", "humanitarian", "technical", "senior", "formal", "informal", "fresh",
        "lengthy", "cautious", "public", "confidential", "broader", "narrow", "renewed",
        "unexpected", "delayed", "revised", "final", "limited", "sweeping", "quiet", "urgent",
        "long-awaited", "modest", "tentative",
    };

    private static final String[] NOUNS = {
        "delegation", "ceasefire", "agreement", "corridor", "summit", "envoy", "ministry",
        "proposal", "border", "pipeline", "treaty", "framework", "council", "mission", "convoy",
        "referendum", "coalition", "parliament", "committee", "negotiator", "observer", "port",
        "grain shipment", "tariff", "loan", "reactor", "inspection", "monitoring team", "election",
        "protest", "dispute", "frontier", "airspace", "crossing", "embassy", "statement",
        "memorandum", "roadmap", "deadline", "budget", "reserve", "exchange", "prisoner swap",
        "aid package", "consortium", "assembly", "blockade", "accord", "sanctions regime",
        "trade route",
    };

    private static final String[] VERBS = {
        "rejected", "welcomed", "delayed", "approved", "questioned", "extended", "suspended",
        "signed", "reviewed", "drafted", "announced", "postponed", "endorsed", "criticised",
        "revived", "expanded", "proposed", "outlined", "accepted", "blocked", "monitored",
        "discussed", "challenged", "secured", "restored",
    };

    private static final String[] TITLE_VERBS = {
        "rejects", "welcomes", "delays", "approves", "questions", "extends", "suspends", "signs",
        "reviews", "announces", "postpones", "endorses", "revives", "expands", "proposes",
        "blocks", "discusses", "secures", "restores",
    };

    private static final String[] PREPOSITIONS = {
        "on", "over", "near", "after", "before", "during", "despite", "amid", "beyond", "without",
        "along",
    };

    private static final String[] CONNECTIVES = {"while", "although", "as", "after", "because", "even as"};

    private static final String[] TAGS = {
        "diplomacy", "security", "energy", "trade", "sanctions", "elections", "humanitarian",
        "maritime", "nuclear", "migration", "climate", "finance",
    };

    private static final String[] AUTHORS = {
        "Bench Desk", "Ines Marlowe", "Pieter Vos", "Hana Ruiz", "Omar Castell", "Lea Brunner",
    };

    private static final String[] OFFSETS = {
        "+00:00", "+01:00", "+02:00", "+03:00", "-05:00", "+05:30", "+09:00", "-03:00",
    };

    /** Articles are dated in [2019-01-01, 2026-01-01) UTC, well before the bench's --now. */
    private static final long FIRST_SECOND = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_SECOND = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private static final String SITE_TITLE = "Bench Wire";
    private static final String BASE_URL = "https://bench.example.org/";
    private static final String DESCRIPTION =
            "A synthetic news wire for benchmarking Parley against Hugo. Every person, body and event in it is invented.";

    // ---------------------------------------------------------------- model

    record Country(String code, String name) {}

    record Actor(int index, String id, String name, String alias, String country, String role, String bio) {}

    record Article(
            String title,
            OffsetDateTime date,
            String slug,
            String summary,
            List<String> countries,
            List<String> actors,
            List<String> tags,
            String author,
            String body,
            List<String> featured,
            List<String> belongsTo) {}

    private record Mention(Actor actor, boolean fullName) {}

    private final long seed;
    private final List<Country> countries = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    /** Alias to the number of actors that carry it (sorted map: no hash order anywhere). */
    private final TreeMap<String, Integer> aliasUse = new TreeMap<>();

    /** One article in this many has a lead photo of its own (0: none), in the Parley site only. */
    private int photosEvery;
    /** The photos' pictures, made once: each article's photo is one of them with bytes of its own. */
    private byte[][] photoBases;

    Corpus(long seed) {
        this.seed = seed;
        for (String[] c : COUNTRIES) {
            countries.add(new Country(c[0], c[1]));
        }
        makeActors();
    }

    // ---------------------------------------------------------------- command line

    public static void main(String[] args) {
        Integer articles = null;
        Path out = null;
        long seed = 42;
        int photosEvery = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--articles" -> articles = Integer.parseInt(value(args, ++i, a));
                    case "--out" -> out = Paths.get(value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--photos-every" -> photosEvery = Integer.parseInt(value(args, ++i, a));
                    case "-h", "--help" -> {
                        System.out.println(USAGE);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
                }
            }
            if (articles == null || out == null) {
                throw new IllegalArgumentException("--articles and --out are required");
            }
            if (articles < 1) {
                throw new IllegalArgumentException("--articles must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("corpus: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            for (String site : List.of("parley", "hugo")) {
                Path dir = out.resolve(site);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> s = Files.list(dir)) {
                        if (s.findAny().isPresent()) {
                            System.err.println("corpus: " + dir + " is not empty; remove it first");
                            System.exit(1);
                        }
                    }
                }
            }
            Corpus corpus = new Corpus(seed);
            corpus.photosEvery = photosEvery;
            corpus.write(articles, out);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("corpus: " + e);
            System.exit(1);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    // ---------------------------------------------------------------- actors

    private void makeActors() {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        // Surnames: the 50 distinct ones plus a second use of the first five, shuffled.
        List<String> surnames = new ArrayList<>(List.of(SURNAMES));
        for (int i = 0; i < SHARED_SURNAMES; i++) {
            surnames.add(SURNAMES[i]);
        }
        shuffle(surnames, rnd);
        List<String> firstNames = new ArrayList<>(List.of(FIRST_NAMES));
        shuffle(firstNames, rnd);
        if (firstNames.size() != surnames.size()) {
            throw new IllegalStateException("first names and surnames do not pair up");
        }
        // Persons: countries round-robin, so each country has two or three; roles by rank.
        int[] rank = new int[countries.size()];
        for (int i = 0; i < surnames.size(); i++) {
            int c = i % countries.size();
            Country country = countries.get(c);
            String place = country.name().startsWith("United ") ? "the " + country.name() : country.name();
            String role = String.format(Locale.ROOT, ROLES[rank[c]++ % ROLES.length], place);
            String name = firstNames.get(i) + " " + surnames.get(i);
            String bio = "A fictional " + lowerFirst(role) + " invented for the " + SITE_TITLE + " corpus. "
                    + sentence(rnd) + " " + sentence(rnd);
            actors.add(new Actor(actors.size(), slugify(name), name, surnames.get(i), country.code(), role, bio));
        }
        for (String[] b : BODIES) {
            String bio = "A fictional international body invented for the " + SITE_TITLE + " corpus. "
                    + sentence(rnd) + " " + sentence(rnd);
            actors.add(new Actor(actors.size(), slugify(b[0]), b[0], b[1], null, "International organisation", bio));
        }
        TreeSet<String> ids = new TreeSet<>();
        TreeSet<String> names = new TreeSet<>();
        for (Actor a : actors) {
            if (!ids.add(a.id()) || !names.add(a.name())) {
                throw new IllegalStateException("duplicate actor " + a.name());
            }
            aliasUse.merge(a.alias(), 1, Integer::sum);
        }
        // Aliases must never occur by accident in generated prose (matching is case-sensitive on
        // whole words, and prose words are capitalised at the start of sentences). Full names are
        // several capitalised words, which prose never strings together.
        TreeSet<String> vocabulary = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String[] list : List.of(ADJECTIVES, NOUNS, VERBS, TITLE_VERBS, PREPOSITIONS, CONNECTIVES)) {
            for (String w : list) {
                vocabulary.addAll(List.of(w.split("[ -]")));
            }
        }
        for (Actor a : actors) {
            for (String part : a.alias().split("[ -]")) {
                if (vocabulary.contains(part)) {
                    throw new IllegalStateException("alias part '" + part + "' is also a prose word");
                }
            }
        }
    }

    private boolean ambiguous(Actor a) {
        return aliasUse.get(a.alias()) > 1;
    }

    // ---------------------------------------------------------------- articles

    Article article(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);

        // Countries first; actors lean towards the article's first country.
        List<String> fmCountries = new ArrayList<>();
        Country first = countries.get(rnd.nextInt(countries.size()));
        fmCountries.add(first.code());
        Country second = null;
        if (rnd.nextInt(2) == 0) {
            second = countries.get(rnd.nextInt(countries.size()));
            if (second.code().equals(first.code())) {
                second = null;
            } else {
                fmCountries.add(second.code());
            }
        }
        List<Actor> fmActors = new ArrayList<>();
        int actorCount = 1 + rnd.nextInt(3);
        List<Actor> local = actors.stream().filter(a -> first.code().equals(a.country())).toList();
        while (fmActors.size() < actorCount) {
            Actor a = rnd.nextInt(10) < 7 ? local.get(rnd.nextInt(local.size())) : actors.get(rnd.nextInt(actors.size()));
            if (!fmActors.contains(a)) {
                fmActors.add(a);
            }
        }
        fmActors.sort((x, y) -> Integer.compare(x.index(), y.index()));

        List<String> tags = new ArrayList<>();
        int tagCount = 1 + rnd.nextInt(3);
        while (tags.size() < tagCount) {
            String t = TAGS[rnd.nextInt(TAGS.length)];
            if (!tags.contains(t)) {
                tags.add(t);
            }
        }

        // Title, slug, date, summary.
        StringBuilder title = new StringBuilder(first.name());
        if (second != null) {
            title.append(" and ").append(second.name());
        }
        String verb = pick(TITLE_VERBS, rnd);
        if (second != null) { // plural subject: "Egypt and Qatar discuss", not "discusses"
            verb = verb.substring(0, verb.length() - (verb.endsWith("sses") ? 2 : 1));
        }
        title.append(' ').append(verb);
        if (rnd.nextBoolean()) {
            title.append(' ').append(pick(ADJECTIVES, rnd));
        }
        title.append(' ').append(pick(NOUNS, rnd));
        if (rnd.nextBoolean()) {
            title.append(' ').append(pick(PREPOSITIONS, rnd)).append(' ').append(pick(NOUNS, rnd));
        }
        String[] titleWords = slugify(title.toString()).split("-");
        String slug = String.join("-", List.of(titleWords).subList(0, Math.min(7, titleWords.length))) + "-" + (i + 1);

        long second0 = FIRST_SECOND + rnd.nextLong(LAST_SECOND - FIRST_SECOND);
        second0 -= Math.floorMod(second0, 60);
        OffsetDateTime date = Instant.ofEpochSecond(second0).atOffset(ZoneOffset.of(pick(OFFSETS, rnd)));

        String summary = sentence(rnd);
        String author = pick(AUTHORS, rnd);

        // Mentions: 3 to 8, the first by full name, the second by alias; about a third of them of
        // any actor, often one the front matter does not list.
        int mentionCount = 3 + rnd.nextInt(6);
        List<Mention> mentions = new ArrayList<>();
        for (int m = 0; m < mentionCount; m++) {
            Actor a = m == 0 || rnd.nextInt(100) < 65
                    ? fmActors.get(m == 0 ? 0 : rnd.nextInt(fmActors.size()))
                    : actors.get(rnd.nextInt(actors.size()));
            boolean full = m == 0 || (m != 1 && rnd.nextBoolean());
            mentions.add(new Mention(a, full));
        }

        String body = body(rnd, mentions, i);

        // What Parley will make of it: front matter actors, plus every actor named in full, plus
        // every actor named by an alias no one else carries. (An ambiguous alias resolves only to
        // an actor the front matter already lists, or to nobody.)
        TreeSet<Integer> featured = new TreeSet<>();
        fmActors.forEach(a -> featured.add(a.index()));
        for (Mention m : mentions) {
            if (m.fullName() || !ambiguous(m.actor())) {
                featured.add(m.actor().index());
            }
        }
        List<String> featuredIds = new ArrayList<>();
        TreeSet<Integer> belongs = new TreeSet<>();
        for (String code : fmCountries) {
            belongs.add(countryIndex(code));
        }
        for (int index : featured) {
            Actor a = actors.get(index);
            featuredIds.add(a.id());
            if (a.country() != null) {
                belongs.add(countryIndex(a.country()));
            }
        }
        List<String> belongsTo = belongs.stream().map(c -> countries.get(c).code()).toList();

        return new Article(title.toString(), date, slug, summary, fmCountries,
                fmActors.stream().map(Actor::id).toList(), tags, author, body, featuredIds, belongsTo);
    }

    private int countryIndex(String code) {
        for (int c = 0; c < countries.size(); c++) {
            if (countries.get(c).code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /**
     * The Markdown body: two paragraphs, a subheading, a paragraph, a bulleted list, a paragraph, a
     * quote, in one article of ten a table, then paragraphs up to a target of 320 to 640 words.
     * Mentions and two inline links then replace randomly chosen paragraph sentences.
     */
    private String body(SplittableRandom rnd, List<Mention> mentions, int articleIndex) {
        int target = 320 + rnd.nextInt(321);
        List<Object> blocks = new ArrayList<>(); // List<String> = paragraph sentences; String = other block
        int[] words = {0};
        blocks.add(paragraph(rnd, 2, 4, words));
        blocks.add(paragraph(rnd, 2, 4, words));
        String heading = capitalize(pick(ADJECTIVES, rnd) + " " + pick(NOUNS, rnd) + " " + pick(PREPOSITIONS, rnd)
                + " the " + pick(NOUNS, rnd));
        blocks.add("## " + heading);
        words[0] += wordCount(heading);
        blocks.add(paragraph(rnd, 2, 4, words));
        StringBuilder list = new StringBuilder();
        int items = 3 + rnd.nextInt(3);
        for (int k = 0; k < items; k++) {
            String item = capitalize(article(pick(ADJECTIVES, rnd)) + " " + pick(NOUNS, rnd) + " " + pick(VERBS, rnd)
                    + " " + pick(PREPOSITIONS, rnd) + " the " + pick(NOUNS, rnd));
            if (rnd.nextInt(3) == 0) {
                item += ", up " + (1 + rnd.nextInt(40)) + " percent";
            }
            words[0] += wordCount(item);
            list.append(k == 0 ? "" : "\n").append("- ").append(item);
        }
        blocks.add(list.toString());
        blocks.add(paragraph(rnd, 2, 4, words));
        String quote = sentence(rnd);
        quote = "> \"" + quote.substring(0, quote.length() - 1) + ",\" " + pick(new String[] {
            "a senior official said.", "one negotiator said.", "a diplomat told reporters.",
            "an observer noted.",
        }, rnd);
        words[0] += wordCount(quote);
        blocks.add(quote);
        if (rnd.nextInt(10) == 0) {
            StringBuilder table = new StringBuilder("| Indicator | 2024 | 2025 |\n|---|---:|---:|");
            int rows = 3 + rnd.nextInt(3);
            for (int r = 0; r < rows; r++) {
                table.append("\n| ").append(capitalize(pick(NOUNS, rnd))).append(" | ")
                        .append(decimal(rnd)).append(" | ").append(decimal(rnd)).append(" |");
                words[0] += 3;
            }
            blocks.add(table.toString());
        }
        while (words[0] < target) {
            List<String> p = new ArrayList<>();
            int sentences = 3 + rnd.nextInt(4);
            for (int s = 0; s < sentences && words[0] < target; s++) {
                String sentence = sentence(rnd);
                words[0] += wordCount(sentence);
                p.add(sentence);
            }
            blocks.add(p);
        }

        // Slots: every sentence of every paragraph; shuffle and take one per mention and link.
        List<int[]> slots = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof List<?> p) {
                for (int s = 0; s < p.size(); s++) {
                    slots.add(new int[] {b, s});
                }
            }
        }
        shuffle(slots, rnd);
        int next = 0;
        for (Mention m : mentions) {
            int[] slot = slots.get(next++);
            paragraphAt(blocks, slot[0]).set(slot[1], mentionSentence(rnd, m.fullName() ? m.actor().name() : m.actor().alias()));
        }
        for (int l = 0; l < 2; l++) {
            int[] slot = slots.get(next++);
            List<String> p = paragraphAt(blocks, slot[0]);
            String s = p.get(slot[1]);
            String text = pick(ADJECTIVES, rnd) + " " + pick(NOUNS, rnd);
            String url = "https://example.com/reports/" + slugify(text) + "-" + (articleIndex + 1) + "-" + l;
            p.set(slot[1], s.substring(0, s.length() - 1) + ", as the [" + text + "](" + url + ") shows.");
        }

        StringBuilder out = new StringBuilder();
        for (Object block : blocks) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            if (block instanceof List<?> p) {
                out.append(String.join(" ", p.stream().map(Object::toString).toList()));
            } else {
                out.append(block);
            }
        }
        return out.append('\n').toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> paragraphAt(List<Object> blocks, int b) {
        return (List<String>) blocks.get(b);
    }

    private static List<String> paragraph(SplittableRandom rnd, int min, int max, int[] words) {
        List<String> p = new ArrayList<>();
        int n = min + rnd.nextInt(max - min + 1);
        for (int s = 0; s < n; s++) {
            String sentence = sentence(rnd);
            words[0] += wordCount(sentence);
            p.add(sentence);
        }
        return p;
    }

    private static String mentionSentence(SplittableRandom rnd, String name) {
        return switch (rnd.nextInt(5)) {
            case 0 -> name + " " + pick(VERBS, rnd) + " " + nounPhrase(rnd) + " " + pick(PREPOSITIONS, rnd) + " "
                    + nounPhrase(rnd) + ".";
            case 1 -> "According to " + name + ", " + nounPhrase(rnd) + " " + pick(VERBS, rnd) + " " + nounPhrase(rnd) + ".";
            case 2 -> capitalize(nounPhrase(rnd)) + " " + pick(VERBS, rnd) + " " + nounPhrase(rnd) + ", a step " + name
                    + " " + pick(VERBS, rnd) + ".";
            case 3 -> "Aides to " + name + " " + pick(VERBS, rnd) + " " + nounPhrase(rnd) + " " + pick(PREPOSITIONS, rnd)
                    + " " + nounPhrase(rnd) + ".";
            default -> "In a statement, " + name + " " + pick(VERBS, rnd) + " " + nounPhrase(rnd) + ".";
        };
    }

    /** A sentence of roughly 8 to 22 words, capitalised, ending with a full stop. */
    private static String sentence(SplittableRandom rnd) {
        StringBuilder s = new StringBuilder();
        s.append(nounPhrase(rnd)).append(' ').append(pick(VERBS, rnd)).append(' ').append(nounPhrase(rnd));
        if (rnd.nextInt(3) > 0) {
            s.append(' ').append(pick(PREPOSITIONS, rnd)).append(' ').append(nounPhrase(rnd));
        }
        if (rnd.nextInt(3) == 0) {
            s.append(", ").append(pick(CONNECTIVES, rnd)).append(' ').append(nounPhrase(rnd)).append(' ')
                    .append(pick(VERBS, rnd)).append(' ').append(nounPhrase(rnd));
        }
        return capitalize(s.toString()) + ".";
    }

    private static String nounPhrase(SplittableRandom rnd) {
        String noun = pick(NOUNS, rnd);
        return switch (rnd.nextInt(4)) {
            case 0 -> "the " + noun;
            case 1 -> "the " + pick(ADJECTIVES, rnd) + " " + noun;
            case 2 -> article(pick(ADJECTIVES, rnd) + " " + noun);
            default -> article(noun);
        };
    }

    private static String article(String phrase) {
        return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
    }

    private static String decimal(SplittableRandom rnd) {
        int tenths = rnd.nextInt(1000);
        return (tenths / 10) + "." + (tenths % 10);
    }

    // ---------------------------------------------------------------- writing

    void write(int count, Path out) throws IOException {
        Path parley = out.resolve("parley");
        Path hugo = out.resolve("hugo");

        // Parley
        write(parley.resolve("site.yaml"), String.join("\n",
                "title: " + SITE_TITLE,
                "baseUrl: " + BASE_URL,
                "language: en",
                "timezone: UTC",
                "description: " + DESCRIPTION,
                "feeds:",
                "  items: 20",
                "pageSize: 10",
                ""));
        for (Actor a : actors) {
            StringBuilder fm = new StringBuilder("---\n");
            fm.append("name: ").append(a.name()).append('\n');
            fm.append("aliases: [").append(a.alias()).append("]\n");
            if (a.country() != null) {
                fm.append("country: ").append(a.country()).append('\n');
            }
            fm.append("role: ").append(a.role()).append('\n');
            fm.append("---\n").append(a.bio()).append('\n');
            write(parley.resolve("actors/" + a.id() + ".md"), fm.toString());
        }
        for (Country c : countries) {
            write(parley.resolve("countries/" + c.code() + ".md"), countryText(c));
        }

        // Hugo
        write(hugo.resolve("hugo.toml"), HUGO_CONFIG);
        for (String[] layout : HUGO_LAYOUTS) {
            write(hugo.resolve("layouts/" + layout[0]), layout[1]);
        }
        write(hugo.resolve("static/style.css"), STYLE);
        write(hugo.resolve("content/articles/_index.md"), "---\ntitle: Articles\n---\n");
        write(hugo.resolve("content/actors/_index.md"), "---\ntitle: Actors\n---\n");
        write(hugo.resolve("content/countries/_index.md"), "---\ntitle: Countries\n---\n");
        for (Actor a : actors) {
            StringBuilder fm = new StringBuilder("---\n");
            fm.append("title: ").append(a.name()).append('\n');
            fm.append("alias: ").append(a.alias()).append("\n");
            if (a.country() != null) {
                fm.append("country: ").append(a.country()).append('\n');
            }
            fm.append("role: ").append(a.role()).append('\n');
            fm.append("---\n").append(a.bio()).append('\n');
            write(hugo.resolve("content/actors/" + a.id() + "/_index.md"), fm.toString());
        }
        for (Country c : countries) {
            write(hugo.resolve("content/countries/" + c.code() + "/_index.md"),
                    "---\ntitle: " + c.name() + "\n---\n" + countryText(c));
        }

        for (int i = 0; i < count; i++) {
            Article a = article(i);
            String date = DATE_TIME.format(a.date());
            String common = "title: " + a.title() + "\n"
                    + "date: " + date + "\n"
                    + "slug: " + a.slug() + "\n"
                    + "summary: " + a.summary() + "\n";
            String tail = "tags: " + flow(a.tags()) + "\n"
                    + "author: " + a.author() + "\n"
                    + "---\n" + a.body();
            String dir = String.format(Locale.ROOT, "articles/%04d/%02d/", a.date().getYear(), a.date().getMonthValue());
            String image = "";
            if (photosEvery > 0 && i % photosEvery == 0) {
                Files.createDirectories(parley.resolve(dir));
                Files.write(parley.resolve(dir + a.slug() + ".jpg"), photo(i, a.slug()));
                image = "image:\n  src: " + a.slug() + ".jpg\n  alt: A photo for " + a.slug() + "\n"
                        + "  caption: Delegates arrive for the talks.\n  credit: Bench Wire\n";
            }
            write(parley.resolve(dir + a.slug() + ".md"), "---\n" + common
                    + "countries: " + flow(a.countries()) + "\n"
                    + "actors: " + flow(a.actors()) + "\n"
                    + image
                    + tail);
            write(hugo.resolve("content/articles/" + a.slug() + ".md"), "---\n" + common
                    + "countries: " + flow(a.belongsTo()) + "\n"
                    + "actors: " + flow(a.featured()) + "\n"
                    + tail);
        }
    }

    /** Pictures a camera takes: 4,000 × 3,000 pixels (12 megapixels), and how many different ones. */
    private static final int PHOTO_WIDTH = 4000;
    private static final int PHOTO_HEIGHT = 3000;
    private static final int PHOTO_BASES = 8;

    /**
     * Article {@code i}'s photo: one of a few camera-sized pictures (gradients, shapes and grain, which
     * compress as photos do), with a comment naming the article, so that each file has bytes of its own
     * and is decoded on its own. Encoding thousands of 12-megapixel pictures would take the generator
     * far longer than the builds it is made for.
     */
    private byte[] photo(int i, String slug) throws IOException {
        if (photoBases == null) {
            photoBases = new byte[PHOTO_BASES][];
            for (int n = 0; n < PHOTO_BASES; n++) {
                photoBases[n] = basePhoto(new SplittableRandom(seed * 31 + n));
            }
        }
        byte[] base = photoBases[i / Math.max(1, photosEvery) % PHOTO_BASES];
        byte[] comment = ("Bench Wire photo for " + slug).getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(base.length + comment.length + 4);
        out.write(base, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((comment.length + 2) >> 8);
        out.write((comment.length + 2) & 0xFF);
        out.write(comment);
        out.write(base, 2, base.length - 2);
        return out.toByteArray();
    }

    private static byte[] basePhoto(SplittableRandom rnd) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(rnd.nextInt(0xFFFFFF)), PHOTO_WIDTH, PHOTO_HEIGHT,
                new java.awt.Color(rnd.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
        for (int n = 0; n < 60; n++) {
            g.setColor(new java.awt.Color(rnd.nextInt(0xFFFFFF)));
            g.fillOval(rnd.nextInt(PHOTO_WIDTH), rnd.nextInt(PHOTO_HEIGHT), 100 + rnd.nextInt(900), 100 + rnd.nextInt(900));
        }
        g.dispose();
        int[] row = new int[PHOTO_WIDTH];
        for (int y = 0; y < PHOTO_HEIGHT; y++) {
            image.getRGB(0, y, PHOTO_WIDTH, 1, row, 0, PHOTO_WIDTH);
            for (int x = 0; x < PHOTO_WIDTH; x++) {
                int grain = rnd.nextInt(25) - 12;
                int r = Math.max(0, Math.min(255, ((row[x] >> 16) & 0xFF) + grain));
                int gr = Math.max(0, Math.min(255, ((row[x] >> 8) & 0xFF) + grain));
                int b = Math.max(0, Math.min(255, (row[x] & 0xFF) + grain));
                row[x] = r << 16 | gr << 8 | b;
            }
            image.setRGB(0, y, PHOTO_WIDTH, 1, row, 0, PHOTO_WIDTH);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", bytes);
        return bytes.toByteArray();
    }

    private static String countryText(Country c) {
        return c.name() + " appears in this synthetic corpus as one of " + COUNTRIES.length
                + " countries. Its page lists the articles filed about it and the invented actors based there.\n";
    }

    private static String flow(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- helpers

    private static <T> void shuffle(List<T> list, SplittableRandom rnd) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static String pick(String[] words, SplittableRandom rnd) {
        return words[rnd.nextInt(words.length)];
    }

    static String slugify(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static int wordCount(String s) {
        int n = 0;
        for (String token : s.split("\\s+")) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- the Hugo site

    private static final String HUGO_CONFIG = """
            # Generated by news.parley.bench.Corpus: the Hugo twin of the Parley corpus.
            # Written for Hugo 0.111 (Debian 12); [pagination] and [services.rss] are the newer
            # spellings of paginate and rssLimit, which older versions ignore.
            baseURL = "https://bench.example.org/"
            title = "Bench Wire"
            languageCode = "en"
            defaultContentLanguage = "en"
            timeZone = "UTC"
            disableKinds = []
            # Parley is run with --now 2030-01-01: publish every article whatever today's date.
            buildFuture = true
            enableRobotsTXT = true
            paginate = 10
            rssLimit = 20

            [pagination]
              pagerSize = 10

            [services.rss]
              limit = 20

            [params]
              description = "A synthetic news wire for benchmarking Parley against Hugo. Every person, body and event in it is invented."

            [permalinks]
              articles = "/articles/:slug/"

            [taxonomies]
              actor = "actors"
              country = "countries"

            [outputs]
              home = ["HTML", "RSS"]
              section = ["HTML", "RSS"]
              taxonomy = ["HTML", "RSS"]
              term = ["HTML", "RSS"]

            [markup.goldmark.renderer]
              unsafe = false

            # Related articles by shared actors, as Parley's article pages show them.
            [related]
              includeNewer = true
              threshold = 1
              toLower = false
              [[related.indices]]
                name = "actors"
                weight = 100
            """;

    private static final String[][] HUGO_LAYOUTS = {
        {"_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} | {{ site.Title }}{{ end }}</title>
            <meta name="description" content="{{ if .IsPage }}{{ .Summary | plainify }}{{ else }}{{ site.Params.description }}{{ end }}">
            <link rel="canonical" href="{{ .Permalink }}">
            {{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink }}" title="{{ site.Title }}">
            {{ end }}{{ if .IsPage }}{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}" title="{{ site.Title }}">
            {{ end }}{{ end }}<link rel="stylesheet" href="{{ "style.css" | relURL }}">
            </head>
            <body>
            <header><a class="masthead" href="{{ "/" | relURL }}">{{ site.Title }}</a>
            <nav><a href="{{ "/actors/" | relURL }}">Actors</a> <a href="{{ "/countries/" | relURL }}">Countries</a></nav></header>
            <main>
            {{ block "main" . }}{{ end }}
            </main>
            <footer><p>{{ site.Params.description }}</p></footer>
            </body>
            </html>
            """},
        {"_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p class="meta"><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time>{{ with .Params.author }} · {{ . }}{{ end }}</p>
            {{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
            {{ .Content }}
            {{ with .GetTerms "actors" }}<section><h2>In this story</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ with .Params.role }}, {{ . }}{{ end }}</li>{{ end }}</ul></section>{{ end }}
            {{ with .GetTerms "countries" }}<section><h2>Countries</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></section>{{ end }}
            {{ with .Params.tags }}<p class="tags">Tags: {{ delimit . ", " }}</p>{{ end }}
            {{ with first 5 (site.RegularPages.Related .) }}<section><h2>Related</h2>{{ partial "article-list.html" . }}</section>{{ end }}
            </article>
            {{ end }}
            """},
        {"_default/list.html", """
            {{ define "main" }}
            <h1>{{ if .IsHome }}Latest{{ else }}{{ .Title }}{{ end }}</h1>
            {{ .Content }}
            {{ if .IsHome }}
            {{ partial "article-list.html" (.Paginate site.RegularPages).Pages }}
            {{ partial "pagination.html" . }}
            {{ else }}
            {{/* Parley has no section listing: one page of the newest, not a second paginated copy of the home page. */}}
            {{ partial "article-list.html" (first 10 .Pages) }}
            <p><a href="{{ "/" | relURL }}">All articles</a></p>
            {{ end }}
            {{ end }}
            """},
        {"_default/taxonomy.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ with .Params.role }}<p class="role">{{ . }}{{ with $.Params.country }} · <a href="{{ printf "/countries/%s/" . | relURL }}">{{ . }}</a>{{ end }}</p>{{ end }}
            {{ .Content }}
            {{ with .OutputFormats.Get "rss" }}<p class="feeds"><a href="{{ .RelPermalink }}">RSS</a></p>{{ end }}
            {{ partial "article-list.html" .Paginator.Pages }}
            {{ partial "pagination.html" . }}
            {{ end }}
            """},
        {"_default/terms.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul class="terms">
            {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a>{{ with .Page.Params.role }}, {{ . }}{{ end }} ({{ .Count }} {{ cond (eq .Count 1) "article" "articles" }})</li>
            {{ end }}</ul>
            {{ end }}
            """},
        {"404.html", """
            {{ define "main" }}
            <h1>Page not found</h1>
            <p><a href="{{ "/" | relURL }}">Back to the front page</a></p>
            {{ end }}
            """},
        {"partials/article-list.html", """
            <ul class="articles">
            {{ range . }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <p class="meta"><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time></p>
            <p>{{ .Summary | plainify }}</p>
            {{ with .GetTerms "actors" }}<p class="actors">{{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>{{ end }}
            {{ with .GetTerms "countries" }}<p class="countries">{{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</p>{{ end }}
            </li>
            {{ end }}</ul>
            """},
        {"partials/pagination.html", """
            {{ $p := .Paginator }}{{ if gt $p.TotalPages 1 }}<nav class="pagination">
            {{ if $p.HasPrev }}<a rel="prev" href="{{ $p.Prev.URL }}">Newer</a>{{ end }}
            <span>Page {{ $p.PageNumber }} of {{ $p.TotalPages }}</span>
            {{ if $p.HasNext }}<a rel="next" href="{{ $p.Next.URL }}">Older</a>{{ end }}
            </nav>{{ end }}
            """},
    };

    private static final String STYLE = """
            body { font-family: Georgia, serif; max-width: 42rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
            header, footer { font-family: sans-serif; }
            .meta, .actors, .countries { color: #555; font-size: 0.9rem; }
            ul.articles { list-style: none; padding: 0; }
            blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1rem; }
            table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 0.2rem 0.5rem; }
            """;
}
