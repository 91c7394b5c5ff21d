package news.parley.core.site;

import java.util.function.Supplier;

/** Where a build puts its files; paths are relative to the site root, with forward slashes. */
public interface Output {
    void write(String path, byte[] content);

    /**
     * Writes a file that is a pure function of {@code fingerprint}: an output that kept the file an
     * earlier build made from the same fingerprint may reuse it instead of calling {@code content}.
     */
    default void write(String path, String fingerprint, Supplier<byte[]> content) {
        write(path, content.get());
    }

    /**
     * Text that is a pure function of {@code fingerprint} and that several outputs share, such as a feed's
     * copy of an article's body: an output that keeps what earlier builds made may hand that back
     * instead of calling {@code make}.
     */
    default String derived(String fingerprint, Supplier<String> make) {
        return make.get();
    }

    /**
     * The text an earlier build kept with {@link #derived} under {@code fingerprint}, kept again; or null, and
     * then the caller makes it and hands it to {@link #derived}. For text whose making itself asks for
     * derived texts, which {@code derived} cannot nest.
     */
    default String kept(String fingerprint) {
        return null;
    }
}
