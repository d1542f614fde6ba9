package org.proficio.assessment.evidence;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.evidence.EvidenceViews.EvidenceView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** A learner's evidence, for the learner, their guardians and the district's staff and integrations. */
@Path("/api/v1/learners/{learnerId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class LearnerEvidenceResource {

    private final EvidenceService service;
    private final Caller caller;

    public LearnerEvidenceResource(EvidenceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "A learner's evidence, newest submission first",
            description = "Ordered by submission time, newest first; pass nextCursor back as cursor for older"
                    + " evidence. Students may list their own learner id only, guardians their linked learners,"
                    + " integrations what they submitted (all with scope " + EvidenceReaders.READ_ALL_SCOPE + ").")
    @APIResponse(
            responseCode = "200",
            description = "One page of evidence",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "page", value = EvidenceExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    public Uni<Page<EvidenceView>> list(
            @PathParam("learnerId") @Parameter(description = "The district's learner id", example = "s-0001")
                    String learnerId,
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        caller.requireLearner(learnerId);
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        EvidenceRepository.Filter filter = new EvidenceRepository.Filter(
                caller.district(), learnerId, null, null, EvidenceReaders.submitterLimit(caller));
        return service.list(filter, after, PageCursor.limit(limit));
    }
}
