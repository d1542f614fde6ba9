package org.proficio.competency.resource;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.resource.ResourceRequests.ResourceInput;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** One learning resource: staff change and remove it, with If-Match against lost updates. */
@Path("/api/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning resources")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class LearningResourceResource {

    private final LearningResourceService service;
    private final Caller caller;

    public LearningResourceResource(LearningResourceService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/{resourceId}")
    @Operation(summary = "A learning resource; ETag is its revision")
    @APIResponse(responseCode = "200", description = "The resource")
    @APIResponse(
            responseCode = "404",
            description = "No such resource in your district, or one of a draft you cannot see")
    public Uni<Response> get(@PathParam("resourceId") UUID id) {
        return service.find(caller.district(), id, seesDrafts())
                .onItem()
                .ifNull()
                .failWith(() -> LearningResourceService.noResource(id))
                .map(r -> IfMatch.ok(r, r.revision()));
    }

    @PUT
    @Path("/{resourceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR})
    @Operation(summary = "Replace a learning resource's fields; send If-Match with the ETag you read")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set")
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors) or a malformed If-Match")
    @APIResponse(responseCode = "403", description = "Only district admins and educators change resources")
    @APIResponse(responseCode = "404", description = "No such resource in your district")
    @APIResponse(responseCode = "412", description = "The resource changed since the ETag in If-Match")
    public Uni<Response> replace(
            @PathParam("resourceId") UUID id, @HeaderParam("If-Match") String ifMatch, ResourceInput input) {
        return service.replace(caller.district(), id, input, IfMatch.revision(ifMatch), seesDrafts())
                .map(r -> IfMatch.ok(r, r.revision()));
    }

    @DELETE
    @Path("/{resourceId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR})
    @Operation(summary = "Remove a learning resource; If-Match is honoured")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Only district admins and educators remove resources")
    @APIResponse(responseCode = "404", description = "No such resource in your district")
    @APIResponse(responseCode = "412", description = "The resource changed since the ETag in If-Match")
    public Uni<Response> remove(@PathParam("resourceId") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return service.remove(caller.district(), id, IfMatch.revision(ifMatch), seesDrafts())
                .replaceWith(Response.noContent().build());
    }

    private boolean seesDrafts() {
        return caller.hasRole(Roles.DISTRICT_ADMIN);
    }
}
