package news.parley.core.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 digest of text, for caches whose entries must change whenever their inputs do. */
public final class Fingerprint {
    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    public static String of(String... parts) {
        Fingerprint fingerprint = new Fingerprint();
        for (String part : parts) {
            fingerprint.add(part);
        }
        return fingerprint.digest();
    }

    /** The digest of raw bytes, such as a file's content. */
    public static String ofBytes(byte[] bytes) {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.digest.update(bytes);
        return fingerprint.digest();
    }

    /** A fingerprint fed part by part; parts are kept apart, so ("ab", "c") differs from ("a", "bc"). */
    public static Fingerprint start() {
        return new Fingerprint();
    }

    public Fingerprint add(String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    public Fingerprint add(long number) {
        return add(Long.toString(number));
    }

    public String digest() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
