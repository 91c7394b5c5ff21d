package news.parley.core.site;

import java.util.function.Supplier;

/**
 * An output seen from one of its folders: a site in another language writes its pages, with the same
 * layout as the default language's, under {@code <lang>/}.
 */
public record FolderOutput(Output output, String folder) implements Output {

    public FolderOutput {
        if (!folder.endsWith("/")) {
            throw new IllegalArgumentException("a folder ends in a slash: " + folder);
        }
    }

    @Override
    public void write(String path, byte[] content) {
        output.write(folder + path, content);
    }

    @Override
    public void write(String path, String fingerprint, Supplier<byte[]> content) {
        output.write(folder + path, fingerprint, content);
    }

    @Override
    public String derived(String fingerprint, Supplier<String> make) {
        return output.derived(fingerprint, make);
    }

    @Override
    public String kept(String fingerprint) {
        return output.kept(fingerprint);
    }
}
