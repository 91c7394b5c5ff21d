package news.parley.images;

/** A photo Parley cannot publish, said as an editor can act on it (the caller adds where it is used). */
public final class ImageException extends Exception {
    public ImageException(String message) {
        super(message);
    }

    public ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
