package news.parley.core.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 digest of text, for caches whose entries must change whenever their inputs do. */
public final class Fingerprint {
    /**
     * Never fed: each fingerprint starts as a copy of it, which is much cheaper than looking the
     * algorithm up among the security providers, and builds make hundreds of thousands.
     */
    private static final MessageDigest PROTOTYPE = sha256();

    private final MessageDigest digest;

    private Fingerprint(MessageDigest digest) {
        this.digest = digest;
    }

    private Fingerprint() {
        this(copy(PROTOTYPE));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            return sha256(); // a provider whose digests cannot be copied: look it up each time
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

    /**
     * A fingerprint fed with what this one was fed so far, to go on separately: parts shared by many
     * fingerprints are digested once.
     */
    public Fingerprint copy() {
        try {
            return new Fingerprint((MessageDigest) digest.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this JDK's SHA-256 cannot be copied", e);
        }
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
