package org.proficio.assessment.scoring;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.scoring.ScoringViews.ModerationItem;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** The district's open moderation queue. */
@Path("/api/v1/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RolesAllowed({Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
public class ModerationQueueResource {

    private final ScoringService service;
    private final Caller caller;

    public ModerationQueueResource(ScoringService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Competencies awaiting a moderator, oldest first",
            description = "Every competency of the district's evidence whose raters disagreed and that nobody has"
                    + " decided yet, ordered by when the disagreement showed (the last rater's score), with the"
                    + " raters' levels. Decide one with POST /api/v1/evidence/{id}/moderation (not if you rated it).")
    @APIResponse(
            responseCode = "200",
            description = "One page of the queue",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "queue", value = ScoringExamples.QUEUE)))
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not moderate")
    public Uni<Page<ModerationItem>> queue(
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50", example = "50")
                    Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.moderationQueue(caller.district(), after, PageCursor.limit(limit));
    }
}
