package org.proficio.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.proficio.platform.problem.Problem;

/**
 * Every error response of the API is a problem+json {@link Problem}: this filter says so in the OpenAPI document of
 * every service for each 4xx and 5xx response an operation declares without content (its own, and the 401/403 that
 * Quarkus adds from {@code @RolesAllowed}), so that a resource method declares only which errors it can give and why
 * (and examples where they help), not the same content again and again. An operation whose errors have another
 * format (the CASE API's {@code imsx_StatusInfo}) gets that format instead. Runs once, when the document is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
                Content errorFormat = declaredErrorFormat(responses).orElseGet(ProblemResponses::problem);
                for (Map.Entry<String, APIResponse> response : responses.entrySet()) {
                    if (isError(response.getKey()) && lacksContent(response.getValue())) {
                        response.getValue().setContent(errorFormat);
                    }
                }
            }
        }
    }

    /** The content of an error response the operation declares in a format other than problem+json, if any. */
    private static Optional<Content> declaredErrorFormat(Map<String, APIResponse> responses) {
        return responses.entrySet().stream()
                .filter(response -> isError(response.getKey()) && !lacksContent(response.getValue()))
                .map(response -> response.getValue().getContent())
                .filter(content -> !content.getMediaTypes().containsKey(Problem.MEDIA_TYPE))
                .findFirst();
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static boolean lacksContent(APIResponse response) {
        return response.getRef() == null
                && (response.getContent() == null
                        || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty());
    }

    private static Content problem() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
