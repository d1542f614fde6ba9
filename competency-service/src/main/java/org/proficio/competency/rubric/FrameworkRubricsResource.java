package org.proficio.competency.rubric;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.rubric.RubricRequests.NewRubric;
import org.proficio.competency.rubric.RubricViews.RubricView;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** The rubrics of one framework: district admins add them to drafts; whoever sees the framework reads them. */
@Path("/api/v1/frameworks/{frameworkId}/rubrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class FrameworkRubricsResource {

    private final RubricService service;
    private final Caller caller;

    private final Locations locations;

    public FrameworkRubricsResource(RubricService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Add a rubric to a draft framework: criteria on its competencies, descriptors per scale level")
    @APIResponse(responseCode = "201", description = "Created; Location is /api/v1/rubrics/{rubricId}")
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields (listed in errors)")
    @APIResponse(responseCode = "403", description = "Only district admins add rubrics")
    @APIResponse(responseCode = "404", description = "No such framework in your district")
    @APIResponse(responseCode = "409", description = "The framework is not a draft")
    @APIResponse(
            responseCode = "422",
            description = "A criterion names a competency outside the framework, a level outside its scale, or a"
                    + " level twice (each named in errors)")
    public Uni<Response> create(@PathParam("frameworkId") UUID frameworkId, NewRubric request) {
        return service.create(caller.district(), frameworkId, request)
                .map(created -> locations
                        .created(created, "/api/v1/rubrics/{id}", created.id())
                        .build());
    }

    @GET
    @Operation(summary = "The framework's rubrics, in order, with every descriptor in scale order (not paged)")
    @APIResponse(responseCode = "200", description = "The rubrics")
    @APIResponse(responseCode = "404", description = "No such framework in your district, or a draft you cannot see")
    public Uni<List<RubricView>> list(@PathParam("frameworkId") UUID frameworkId) {
        return service.ofFramework(caller.district(), frameworkId, caller.hasRole(Roles.DISTRICT_ADMIN))
                .onItem()
                .ifNull()
                .failWith(() -> RubricService.noFramework(frameworkId));
    }
}
