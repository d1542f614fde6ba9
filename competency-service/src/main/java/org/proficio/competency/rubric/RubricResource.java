package org.proficio.competency.rubric;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.rubric.RubricViews.RubricView;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** One rubric, for whoever sees its framework. */
@Path("/api/v1/rubrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class RubricResource {

    private final RubricService service;
    private final Caller caller;

    public RubricResource(RubricService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/{rubricId}")
    @Operation(summary = "A rubric with its criteria and every descriptor in scale order")
    @APIResponse(responseCode = "200", description = "The rubric")
    @APIResponse(
            responseCode = "404",
            description = "No such rubric in your district, or one of a draft you cannot see")
    public Uni<RubricView> get(@PathParam("rubricId") UUID rubricId) {
        return service.find(caller.district(), rubricId, caller.hasRole(Roles.DISTRICT_ADMIN))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No rubric " + rubricId + "."));
    }
}
