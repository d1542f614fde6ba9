package org.proficio.platform.problem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.proficio.platform.json.StrictJson;

/**
 * The text rule for paths and queries, the same as for JSON bodies (platform's {@code StrictJson}): no NUL character
 * (U+0000, {@code %00}), which PostgreSQL can't compare or store. Refused with a 400 naming the parameter before
 * any resource runs.
 */
public class ParameterRules {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (StrictJson.hasNul(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(StrictJson::hasNul)) {
                throw ProblemException.invalidField(parameter.getKey().replace('\u0000', '?'), StrictJson.NUL_REFUSED);
            }
        }
    }
}
