package news.parley.engine.cache;

/** Where text lies in a {@link BodyPack}: a body's HTML, or a feed's copy of it. */
record Span(long offset, int length) {
    boolean within(long packLength) {
        return offset >= 0 && length >= 0 && offset + length <= packLength;
    }
}
