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
    void bytesAreDigestedByValue() {
        assertThat(Fingerprint.ofBytes(new byte[]{1, 2, 3})).isEqualTo(Fingerprint.ofBytes(new byte[]{1, 2, 3}))
                .isNotEqualTo(Fingerprint.ofBytes(new byte[]{1, 2, 4}))
                .isNotEqualTo(Fingerprint.ofBytes(new byte[]{1, 2, 3, 0}));
    }
}
