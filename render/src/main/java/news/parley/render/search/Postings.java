package news.parley.render.search;

import java.util.Arrays;
import java.util.Base64;

/**
 * The articles a word is in, as ascending numbers, written in whichever of two forms is shorter: the gaps
 * between them in base 36 ({@code "3,a,1"}: articles 3, 13 and 14), for a rare word; or, after a
 * {@code ~}, a bitmap in base64url (bit n of byte n/8, lowest first), for a word most articles hold.
 */
public final class Postings {
    private int[] ids = new int[4];
    private int size;

    Postings() {
    }

    /** The numbers of an encoded list, as the search script reads them. */
    public static java.util.List<Integer> decode(String encoded) {
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        if (encoded.startsWith("~")) {
            byte[] bits = Base64.getUrlDecoder().decode(encoded.substring(1));
            for (int i = 0; i < bits.length * 8; i++) {
                if ((bits[i >> 3] & (1 << (i & 7))) != 0) {
                    ids.add(i);
                }
            }
        } else if (!encoded.isEmpty()) {
            int last = 0;
            for (String gap : encoded.split(",")) {
                last += Integer.parseInt(gap, 36);
                ids.add(last);
            }
        }
        return ids;
    }

    void add(int id) {
        if (size > 0 && ids[size - 1] == id) {
            return;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** Adds the numbers of {@code later}, all above this one's. */
    void addAll(Postings later) {
        if (size + later.size > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(ids.length * 2, size + later.size));
        }
        System.arraycopy(later.ids, 0, ids, size, later.size);
        size += later.size;
    }

    int size() {
        return size;
    }

    /**
     * The numbers in the shorter form. The bitmap ends at the byte of the highest number, so that neither
     * form depends on how many articles there are: publishing one changes only the lists of its words.
     */
    String encode() {
        // The gaps' length is counted before either form is made: only the shorter one is.
        long gapsLength = Math.max(0, size - 1);
        int last = 0;
        for (int i = 0; i < size; i++) {
            gapsLength += digits(ids[i] - last);
            last = ids[i];
        }
        int bytes = size == 0 ? 0 : ids[size - 1] / 8 + 1;
        int bitmapLength = 1 + (bytes + 2) / 3 * 4;
        if (gapsLength <= bitmapLength) {
            StringBuilder gaps = new StringBuilder((int) gapsLength);
            last = 0;
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    gaps.append(',');
                }
                gaps.append(Integer.toString(ids[i] - last, 36));
                last = ids[i];
            }
            return gaps.toString();
        }
        byte[] bits = new byte[bytes];
        for (int i = 0; i < size; i++) {
            bits[ids[i] >> 3] |= (byte) (1 << (ids[i] & 7));
        }
        return "~" + Base64.getUrlEncoder().encodeToString(bits);
    }

    /** How many digits {@code gap} takes in base 36. */
    private static int digits(int gap) {
        int digits = 1;
        while (gap >= 36) {
            gap /= 36;
            digits++;
        }
        return digits;
    }
}
