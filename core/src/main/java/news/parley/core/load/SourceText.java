package news.parley.core.load;

import news.parley.core.problem.Problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes a content file strictly as UTF-8, accepting a byte order mark and CRLF line endings. */
final class SourceText {
    private SourceText() {
    }

    /**
     * The text with LF line endings, no BOM and no control characters (with a warning placing the
     * first), or an error placing the first invalid byte.
     */
    static Result decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            Matcher control = CONTROL.matcher(text);
            if (control.find()) {
                int line = 1 + (int) text.substring(0, control.start()).chars().filter(c -> c == '\n').count();
                int column = control.start() - text.lastIndexOf('\n', control.start() - 1);
                Problem warning = Problem.warning(path, line, column, String.format(
                        "control character U+%04X removed (no page or feed may carry it)", (int) control.group().charAt(0)));
                return new Result(stripControls(text), warning);
            }
            return new Result(text, null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Result(null, Problem.error(path, line, bad - lineStart + 1,
                    "not valid UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xFF)
                            + " at offset " + bad + "); save the file as UTF-8"));
        }
    }

    /** C0 and C1 controls other than tab and line feed, and the non-characters HTML and XML forbid. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");

    static String stripControls(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : Math.max(0, bytes.length - 1);
    }

    record Result(String text, Problem problem) {
    }

    /** A content file's text, decoded; null when it cannot be read, with the problem in {@code problems}. */
    static String read(String path, java.nio.file.Path file, news.parley.core.problem.Problems problems) {
        try {
            Result result = decode(path, java.nio.file.Files.readAllBytes(file));
            if (result.problem() != null) {
                problems.add(result.problem());
            }
            return result.text();
        } catch (java.io.IOException e) {
            problems.add(news.parley.core.problem.Problem.error(path, 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }
}
