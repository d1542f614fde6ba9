package org.proficio.platform.problem;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Optimistic concurrency over HTTP: an object's ETag is its revision; an update or delete that sends {@code If-Match}
 * with an older revision is refused with 412, so that nobody overwrites a change they have not seen.
 */
public final class IfMatch {

    private IfMatch() {}

    /** The ETag to send with an object at this revision. */
    public static EntityTag tag(int revision) {
        return new EntityTag(String.valueOf(revision));
    }

    /** 200 with the object and its revision as ETag, for reads and updates of objects that take If-Match. */
    public static Response ok(Object entity, int revision) {
        return Response.ok(entity).tag(tag(revision)).build();
    }

    /**
     * The revision an {@code If-Match} header asks for; null when the header is absent or {@code *} (no check).
     *
     * @throws ProblemException 400 when the header is not an ETag this API gave out
     */
    public static Integer revision(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        try {
            return Integer.valueOf(EntityTag.valueOf(header.strip()).getValue());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("If-Match must be an ETag this API gave out, e.g. \"3\".");
        }
    }

    /**
     * Refuses with 412 when the client expected another revision than the current one.
     *
     * @param expected from {@link #revision(String)}; null skips the check
     */
    public static void check(Integer expected, int current, String what) {
        if (expected != null && expected != current) {
            throw stale(what + " changed since revision " + expected + "; it is at revision " + current + ".");
        }
    }

    /** 412: the object changed since the client read it. */
    public static ProblemException stale(String detail) {
        return new ProblemException(412, "stale", "Precondition failed", detail, List.of());
    }
}
