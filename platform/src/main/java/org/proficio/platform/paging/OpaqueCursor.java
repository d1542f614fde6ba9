package org.proficio.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.proficio.platform.problem.ProblemException;

/**
 * A list position made of a few values (ids, sequence numbers), handed to clients as one opaque base64url string and
 * read back from it. Values must not contain a line break (the separator).
 */
public final class OpaqueCursor {

    private OpaqueCursor() {}

    public static String encode(Object... values) {
        String raw =
                String.join("\n", Arrays.stream(values).map(String::valueOf).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code count} values of a cursor a client sent back; a 400 naming {@code cursor} when it is not one of
     * {@code count} values ({@code list} says which list in the message).
     */
    public static List<String> decode(String cursor, int count, String list) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            List<String> values = List.of(raw.split("\n", -1));
            if (values.size() == count) {
                return values;
            }
        } catch (IllegalArgumentException e) {
            // not base64url: the same answer as a wrong number of values
        }
        throw refused(list);
    }

    /**
     * The position (a whole number, e.g. a catalog position) of a one-value cursor a client sent back; a 400 naming
     * {@code cursor} otherwise.
     */
    public static int position(String cursor, String list) {
        try {
            return Integer.parseInt(decode(cursor, 1, list).get(0));
        } catch (NumberFormatException e) {
            throw refused(list);
        }
    }

    /** The 400 for a cursor that {@code list} did not give out, e.g. for a value that does not parse. */
    public static ProblemException refused(String list) {
        return ProblemException.invalidField("cursor", "is not one " + list + " gave out");
    }
}
