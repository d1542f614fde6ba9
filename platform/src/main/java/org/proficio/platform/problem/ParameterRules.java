package org.proficio.platform.problem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The text rule for paths and queries, the same as for JSON bodies (platform's {@code StrictJson}): no NUL character
 * (U+0000, {@code %00}), which PostgreSQL can't compare or store. Refused with a 400 naming the parameter before
 * any resource runs.
 */
public class ParameterRules {

    static final String NUL = "must not contain the NUL character (U+0000)";

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (hasNul(parameter.getKey()) || parameter.getValue().stream().anyMatch(ParameterRules::hasNul)) {
                throw ProblemException.invalidField(parameter.getKey().replace('\u0000', '?'), NUL);
            }
        }
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
