package org.proficio.progression.decision;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.progression.decision.DecisionViews.FeedView;

/** The district's decisions as a change feed, for integrations that sync mastery back without polling learners. */
@Path("/api/v1/mastery-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.INTEGRATION})
public class DecisionFeedResource {

    private final DecisionService service;
    private final Caller caller;

    public DecisionFeedResource(DecisionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "feedMasteryDecisions",
            summary = "The district's decisions since a cursor, in the order they were committed",
            description = "Start without a cursor (from the first decision), then pass back the cursor of each page;"
                    + " an empty page still gives the cursor to poll from. A decision never appears before a cursor"
                    + " already given out, however late its transaction commits.")
    @APIResponse(responseCode = "200", description = "One page of decisions and where to read on")
    @APIResponse(responseCode = "400", description = "A malformed limit or cursor")
    @APIResponse(responseCode = "403", description = "Only staff and integrations read the district's feed")
    public Uni<FeedView> feed(
            @QueryParam("cursor") @Parameter(description = "the cursor of the previous page") String cursor,
            @QueryParam("limit")
                    @Parameter(
                            description = "page size, 1..500, default 50",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String limit) {
        return service.feed(caller.district(), cursor, PageCursor.limit(limit));
    }
}
