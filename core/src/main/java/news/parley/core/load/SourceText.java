package news.parley.core.load;

import news.parley.core.problem.Problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a content file strictly as UTF-8, accepting a byte order mark and CRLF line endings. */
final class SourceText {
    private SourceText() {
    }

    /** The text with LF line endings and no BOM, or an error placing the first invalid byte. */
    static Result decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Result(text.replace("\r\n", "\n").replace('\r', '\n'), null);
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
}
