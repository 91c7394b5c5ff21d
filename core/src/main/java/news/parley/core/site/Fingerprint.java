package news.parley.core.site;

import java.util.HexFormat;

/**
 * A 128-bit digest of text, for caches whose entries must change whenever their inputs do: the
 * MurmurHash3 x64 128 function, fed the UTF-16 code units of each part after the part's length (so
 * that ("ab", "c") and ("a", "bc") differ).
 * <p>
 * It replaces SHA-256, which took most of a rebuild's time: a build digests hundreds of thousands of
 * parts (every page's key), and the JVM's fast SHA-256 exists only in code its optimising compiler
 * made, which a short build on two cores mostly runs without (see cli/parley). A fingerprint
 * detects change; it is not a defence against someone forging collisions, and Parley's inputs come
 * from the newsroom's own editors. 128 bits make an accidental collision among even billions of
 * fingerprints vanishingly unlikely. No library was used: those at hand (Guava, zero-allocation-
 * hashing) either weigh megabytes or were no faster than SHA-256 in the same conditions.
 */
public final class Fingerprint {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    /** Code units fed so far. */
    private long length;
    /** Up to seven code units waiting for the eighth, which completes a 16-byte block. */
    private long k1;
    private long k2;
    private int pending;

    private Fingerprint() {
    }

    public static String of(String... parts) {
        Fingerprint fingerprint = new Fingerprint();
        for (String part : parts) {
            fingerprint.add(part);
        }
        return fingerprint.digest();
    }

    /**
     * A SHA-256 digest of text: for what an editor wrote, where a forged collision could make the cache
     * serve one article's body for another's. Slower, so only where each file is digested once.
     */
    public static String secure(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** The digest of raw bytes, such as a file's content. */
    public static String ofBytes(byte[] bytes) {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.length(bytes.length);
        for (byte b : bytes) {
            fingerprint.unit(b & 0xff);
        }
        return fingerprint.digest();
    }

    /** A fingerprint fed part by part; parts are kept apart, so ("ab", "c") differs from ("a", "bc"). */
    public static Fingerprint start() {
        return new Fingerprint();
    }

    /**
     * A fingerprint fed with what this one was fed so far, to go on separately: parts shared by many
     * fingerprints are digested once.
     */
    public Fingerprint copy() {
        Fingerprint copy = new Fingerprint();
        copy.h1 = h1;
        copy.h2 = h2;
        copy.length = length;
        copy.k1 = k1;
        copy.k2 = k2;
        copy.pending = pending;
        return copy;
    }

    public Fingerprint add(String part) {
        int n = part.length();
        length(n);
        int i = 0;
        while (i < n && pending != 0) {
            unit(part.charAt(i++));
        }
        // Whole blocks of eight units straight from the text: the same digest as unit by unit, in a third
        // of the time (keying every file of a rebuild digests some megabytes).
        for (; i + 8 <= n; i += 8) {
            k1 = part.charAt(i) | (long) part.charAt(i + 1) << 16 | (long) part.charAt(i + 2) << 32
                    | (long) part.charAt(i + 3) << 48;
            k2 = part.charAt(i + 4) | (long) part.charAt(i + 5) << 16 | (long) part.charAt(i + 6) << 32
                    | (long) part.charAt(i + 7) << 48;
            length += 8;
            block();
        }
        for (; i < n; i++) {
            unit(part.charAt(i));
        }
        return this;
    }

    public Fingerprint add(long number) {
        return add(Long.toString(number));
    }

    private void length(int n) {
        unit(n >>> 16);
        unit(n & 0xffff);
    }

    private void unit(int unit) {
        long value = unit & 0xffffL;
        if (pending < 4) {
            k1 |= value << (16 * pending);
        } else {
            k2 |= value << (16 * (pending - 4));
        }
        length++;
        if (++pending == 8) {
            block();
        }
    }

    private void block() {
        h1 ^= first(k1);
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= second(k2);
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
        k1 = 0;
        k2 = 0;
        pending = 0;
    }

    /** The first eight bytes of a block, mixed as MurmurHash3 does before folding them in. */
    private static long first(long k) {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    /** The second eight bytes of a block, mixed likewise. */
    private static long second(long k) {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    /** The digest, as 32 hexadecimal digits; reading it leaves the fingerprint as it was. */
    public String digest() {
        long[] bits = bits();
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(bits[0]) + hex.toHexDigits(bits[1]);
    }

    /**
     * A digest of fingerprints taken as a set, the same in any order: the sum of their digests, with
     * their number. It spares sorting what a map holds (for thousands of entries, the sort cost more
     * than the digests).
     */
    public static String unordered(java.util.stream.Stream<Fingerprint> members) {
        long[] sum = new long[3];
        members.forEach(member -> {
            long[] bits = member.bits();
            sum[0] += bits[0];
            sum[1] += bits[1];
            sum[2]++;
        });
        return start().add(sum[0]).add(sum[1]).add(sum[2]).digest();
    }

    private long[] bits() {
        long a = h1;
        long b = h2;
        if (pending > 0) {
            if (pending > 4) {
                b ^= second(k2);
            }
            a ^= first(k1);
        }
        long bytes = 2 * length;
        a ^= bytes;
        b ^= bytes;
        a += b;
        b += a;
        a = mix(a);
        b = mix(b);
        a += b;
        b += a;
        return new long[]{a, b};
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
