package news.parley.render.search;

import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of HTML that Parley rendered itself, read in one pass over its UTF-8 as {@link PlainText} reads
 * its text, and equal to the words {@link Terms#of} finds in that text.
 */
final class HtmlWords {
    private HtmlWords() {
    }

    /**
     * The words of the HTML's text, folded as {@link Terms#of} folds them, each once; with no text made. A
     * word of ASCII letters and digits is lower-cased as it is read, and kept once by its bytes; only a word
     * with other characters goes through {@link Terms#of}. A word runs on through inline tags, and through
     * the marks and format characters that folding removes, as it does in the folded text.
     */
    static Set<String> of(byte[] html) {
        Words words = new Words();
        int length = html.length;
        int i = 0;
        while (i < length) {
            int c = html[i];
            int next;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                words.letter(c);
                i++;
            } else if (c >= 'A' && c <= 'Z') {
                words.letter(c + ('a' - 'A'));
                i++;
            } else if (c == '<') {
                if (!PlainText.inline(html, i + 1)) {
                    words.end();
                }
                i = PlainText.tagEnd(html, i);
            } else if (c == '&' && (next = PlainText.entityEnd(html, i)) > 0) {
                // An entity is read as the characters it stands for.
                String decoded = Parser.unescapeEntities(new String(html, i, next - i, StandardCharsets.ISO_8859_1), false);
                decoded.codePoints().forEach(words::take);
                i = next;
            } else if (c < 0) {
                // The lead byte of a character of two to four bytes.
                int count = c >= -32 ? (c >= -16 ? 4 : 3) : 2;
                next = Math.min(length, i + count);
                words.wide(PlainText.codePoint(html, i), html, i, next);
                i = next;
            } else if (c == '\n' || c == '\r') {
                // A line break between Chinese or Japanese letters joins them, as it does in the text.
                next = i;
                while (next < length && (html[next] == '\n' || html[next] == '\r')) {
                    next++;
                }
                if (!(words.endsUnspaced() && next < length && html[next] < 0
                        && Terms.isUnspaced(PlainText.codePoint(html, next)))) {
                    words.end();
                }
                i = next;
            } else {
                words.end();
                i++;
            }
        }
        words.end();
        return words.all();
    }

    /**
     * The words read so far, and the one being read, as UTF-8. Each word is kept once by its bytes, as read
     * (ASCII letters lower-cased): an article repeats most of its words, and a repeat is found without making
     * a string of it. Only at the end is each word with letters other than ASCII folded, once.
     */
    private static final class Words {
        private final Vocabulary ascii = new Vocabulary();
        private final Vocabulary wide = new Vocabulary();
        private byte[] word = new byte[64];
        private int size;
        private int hash;
        private boolean isAscii = true;
        /** The word's last character, where it is beyond ASCII. */
        private int last;

        /** Whether the word being read ends with a Chinese or Japanese letter. */
        boolean endsUnspaced() {
            return size > 0 && last != 0 && Terms.isUnspaced(last);
        }

        /** An ASCII letter, lower case, or digit. */
        void letter(int c) {
            last = 0;
            if (size == word.length) {
                word = Arrays.copyOf(word, size * 2);
            }
            word[size++] = (byte) c;
            hash = 31 * hash + c;
        }

        /** A character, which continues the word or ends it. */
        void take(int point) {
            if (point >= 'a' && point <= 'z' || point >= '0' && point <= '9') {
                letter(point);
            } else if (point >= 'A' && point <= 'Z') {
                letter(point + ('a' - 'A'));
            } else if (point >= 0x80) {
                byte[] utf8 = new String(Character.toChars(point)).getBytes(StandardCharsets.UTF_8);
                wide(point, utf8, 0, utf8.length);
            } else {
                end();
            }
        }

        /** A character beyond ASCII, {@code utf8[start, end)}. */
        void wide(int point, byte[] utf8, int start, int end) {
            if (!Terms.isInWord(point)) {
                end();
                return;
            }
            last = point;
            word = PlainText.room(word, size, end - start);
            for (int k = start; k < end; k++) {
                word[size++] = utf8[k];
                hash = 31 * hash + utf8[k];
            }
            isAscii = false;
        }

        void end() {
            if (size == 0) {
                return;
            }
            (isAscii ? ascii : wide).add(word, size, hash);
            size = 0;
            hash = 0;
            isAscii = true;
            last = 0;
        }

        Set<String> all() {
            Set<String> all = new HashSet<>();
            ascii.forEach(word -> all.add(new String(word, StandardCharsets.ISO_8859_1)));
            wide.forEach(word -> all.addAll(Terms.of(new String(word, StandardCharsets.UTF_8))));
            return all;
        }
    }

    /** Words, each kept once by its bytes. */
    private static final class Vocabulary {
        private int[] hashes = new int[64];
        private byte[][] words = new byte[64][];
        private int count;

        void add(byte[] word, int size, int hash) {
            int mask = words.length - 1;
            int at = mix(hash) & mask;
            for (byte[] held; (held = words[at]) != null; at = (at + 1) & mask) {
                if (hashes[at] == hash && Arrays.equals(held, 0, held.length, word, 0, size)) {
                    return;
                }
            }
            hashes[at] = hash;
            words[at] = Arrays.copyOf(word, size);
            if (++count * 2 > words.length) {
                grow();
            }
        }

        private void grow() {
            int[] oldHashes = hashes;
            byte[][] oldWords = words;
            hashes = new int[oldWords.length * 2];
            words = new byte[oldWords.length * 2][];
            int mask = words.length - 1;
            for (int k = 0; k < oldWords.length; k++) {
                if (oldWords[k] != null) {
                    int at = mix(oldHashes[k]) & mask;
                    while (words[at] != null) {
                        at = (at + 1) & mask;
                    }
                    hashes[at] = oldHashes[k];
                    words[at] = oldWords[k];
                }
            }
        }

        private static int mix(int hash) {
            return hash ^ hash >>> 16;
        }

        void forEach(java.util.function.Consumer<byte[]> action) {
            for (byte[] word : words) {
                if (word != null) {
                    action.accept(word);
                }
            }
        }
    }

}
