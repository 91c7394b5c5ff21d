package news.parley.core.site;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

    @Test
    void partsAreKeptApart() {
        assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"));
        assertThat(Fingerprint.of("abc")).isNotEqualTo(Fingerprint.of("ab", "c"));
        assertThat(Fingerprint.of("", "")).isNotEqualTo(Fingerprint.of(""));
        assertThat(Fingerprint.of("a\u0000b")).isNotEqualTo(Fingerprint.of("a", "b"));
    }

    @Test
    void theSameInputsGiveTheSameDigestAndAnyChangeAnother() {
        assertThat(Fingerprint.of("Putin", "Trump")).isEqualTo(Fingerprint.of("Putin", "Trump")).hasSize(32);
        // Every one-character change of a page-sized text, at every place, gives a digest of its own.
        String text = "Ministers met in Riyadh on Tuesday; the talks ended without a statement. ".repeat(8);
        Set<String> digests = new HashSet<>();
        digests.add(Fingerprint.of(text));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digests.add(Fingerprint.of(text.substring(0, i) + (char) (c + 1) + text.substring(i + 1)));
        }
        assertThat(digests).hasSize(text.length() + 1);
    }

    @Test
    void aCopyGoesOnApartFromItsOriginal() {
        Fingerprint base = Fingerprint.start().add("theme").add("site");
        Fingerprint first = base.copy().add("articles/a/index.html");
        Fingerprint second = base.copy().add("articles/b/index.html");
        assertThat(first.digest()).isEqualTo(Fingerprint.of("theme", "site", "articles/a/index.html"))
                .isNotEqualTo(second.digest());
        assertThat(base.digest()).isEqualTo(Fingerprint.of("theme", "site"));
        assertThat(first.digest()).isEqualTo(first.digest());
    }

    @Test
    void digestsStayWhatTheyWere() {
        // Values from the unit-by-unit version: blocks read whole must give the same digests, at any
        // alignment and with characters outside Latin-1.
        assertThat(Fingerprint.of("")).isEqualTo("cfa0f7ddd84c76bc589623161cf526f1");
        assertThat(Fingerprint.of("a")).isEqualTo("959ed146fa045eb1c71c16a5b5b2ef2b");
        assertThat(Fingerprint.of("Ministers met in Riyadh", "on Tuesday; the talks ended", "é€😀"))
                .isEqualTo("f5c5784a3eecf9497d87ea1e0998ce1e");
        assertThat(Fingerprint.start().add("abc").add(12345).add("0123456789abcdefghij").digest())
                .isEqualTo("6ca8607eed60847993a4b26a215a985a");
    }

    @Test
    void aSetsDigestIgnoresOrderButNotMembers() {
        String ab = Fingerprint.unordered(java.util.stream.Stream.of(Fingerprint.start().add("a"), Fingerprint.start().add("b")));
        String ba = Fingerprint.unordered(java.util.stream.Stream.of(Fingerprint.start().add("b"), Fingerprint.start().add("a")));
        assertThat(ab).isEqualTo(ba)
                .isNotEqualTo(Fingerprint.unordered(java.util.stream.Stream.of(Fingerprint.start().add("a"))))
                .isNotEqualTo(Fingerprint.unordered(java.util.stream.Stream.of(Fingerprint.start().add("a"),
                        Fingerprint.start().add("c"))));
    }

    @Test
    void bytesAreDigestedByValue() {
        assertThat(Fingerprint.ofBytes(new byte[]{1, 2, 3})).isEqualTo(Fingerprint.ofBytes(new byte[]{1, 2, 3}))
                .isNotEqualTo(Fingerprint.ofBytes(new byte[]{1, 2, 4}))
                .isNotEqualTo(Fingerprint.ofBytes(new byte[]{1, 2, 3, 0}));
    }
}
