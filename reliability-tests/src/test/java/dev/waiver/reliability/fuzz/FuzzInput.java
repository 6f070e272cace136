package dev.waiver.reliability.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A fuzz input read as {@code STATUS CONTENT-TYPE-INDEX\nBODY} when it starts that way (so corpus
 * files stay readable, e.g. {@code 400 0\n{"message": "..."}}), otherwise as a status and a content
 * type taken from its first bytes and the rest as the body.
 *
 * @param status      an HTTP status from 100 to 599
 * @param contentType a content type (possibly with a charset), or {@code null}
 * @param body        the body's bytes
 */
record FuzzInput(int status, String contentType, byte[] body) {

    static final List<String> CONTENT_TYPES = Arrays.asList("application/json", "text/xml;charset=UTF-8",
            "text/html; charset=iso-8859-1", null, "application/xml; charset=\"UTF-16\"", "text/plain;charset=bogus-42",
            "application/problem+json");

    static FuzzInput of(byte[] data) {
        int newline = indexOf(data, (byte) '\n');
        if (newline > 0 && newline <= 8) {
            String[] head = new String(data, 0, newline, StandardCharsets.US_ASCII).trim().split(" ");
            try {
                int status = Integer.parseInt(head[0]);
                int type = head.length > 1 ? Integer.parseInt(head[1]) : 0;
                if (status >= 100 && status <= 599 && type >= 0 && type < CONTENT_TYPES.size()) {
                    return new FuzzInput(status, CONTENT_TYPES.get(type), Arrays.copyOfRange(data, newline + 1, data.length));
                }
            } catch (NumberFormatException notAHeader) {
                // fall through to the raw reading
            }
        }
        if (data.length < 2) {
            return new FuzzInput(500, null, data);
        }
        int status = 100 + Math.floorMod((data[0] & 0xff) * 256 + (data[1] & 0xff), 500);
        String type = CONTENT_TYPES.get(Math.floorMod(data[0], CONTENT_TYPES.size()));
        return new FuzzInput(status, type, Arrays.copyOfRange(data, 2, data.length));
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
