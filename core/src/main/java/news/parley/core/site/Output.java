package news.parley.core.site;

/** Where a build puts its files; paths are relative to the site root, with forward slashes. */
@FunctionalInterface
public interface Output {
    void write(String path, byte[] content);
}
