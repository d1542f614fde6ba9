package org.proficio.competency.caseapi;

import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Link} header of a paged list as the 1EdTech REST bindings give it: {@code first}, {@code last}, and
 * {@code prev} / {@code next} where they exist, each the same request with another {@code offset}.
 */
final class PageLinks {

    private PageLinks() {}

    /** The header value, or null when everything fits on one page starting at 0. */
    static String header(UriBuilder request, int limit, int offset, int total) {
        if (offset == 0 && total <= limit) {
            return null;
        }
        int last = total == 0 ? 0 : ((total - 1) / limit) * limit;
        List<String> links = new ArrayList<>();
        if (offset + limit < total) {
            links.add(link(request, limit, offset + limit, "next"));
        }
        if (offset > 0) {
            links.add(link(request, limit, Math.max(0, Math.min(offset - limit, last)), "prev"));
        }
        links.add(link(request, limit, 0, "first"));
        links.add(link(request, limit, last, "last"));
        return String.join(", ", links);
    }

    private static String link(UriBuilder request, int limit, int offset, String rel) {
        String uri = request.clone()
                .replaceQueryParam("limit", limit)
                .replaceQueryParam("offset", offset)
                .build()
                .toString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
