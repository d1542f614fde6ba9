package org.proficio.progression.learner;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.progression.learner.LearnerViews.SchoolInput;
import org.proficio.progression.learner.LearnerViews.SchoolPage;
import org.proficio.progression.learner.LearnerViews.SchoolView;

/** The district's schools, which learners belong to. Staff read them; district admins and integrations write. */
@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learners")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.INTEGRATION})
public class SchoolResource {

    private final LearnerService service;
    private final Caller caller;

    public SchoolResource(LearnerService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listSchools", summary = "The district's schools, by school id")
    @APIResponse(responseCode = "200", description = "A page of schools")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    @APIResponse(responseCode = "403", description = "Only staff and integrations list schools")
    public Uni<SchoolPage> list(
            @QueryParam("limit")
                    @Parameter(
                            description = "page size, 1..500, default 50",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return service.schools(caller.district(), cursor, PageCursor.limit(limit));
    }

    @PUT
    @Path("/{schoolId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "putSchool", summary = "Add a school, or rename it (idempotent)")
    @APIResponse(responseCode = "200", description = "The school")
    @APIResponse(responseCode = "400", description = "Invalid name or school id")
    @APIResponse(responseCode = "403", description = "Only district admins and integrations write schools")
    public Uni<SchoolView> put(
            @PathParam("schoolId")
                    @Parameter(
                            description = "the district's school id: 1 to 100 printable ASCII characters, no spaces",
                            example = "north-high",
                            schema = @Schema(type = SchemaType.STRING, pattern = RosterIds.PATTERN))
                    String schoolId,
            @NotNull @Valid SchoolInput input) {
        if (!RosterIds.valid(schoolId)) {
            throw ProblemException.invalidField("schoolId", RosterIds.MESSAGE);
        }
        return service.putSchool(caller.district(), schoolId, input.name());
    }
}
