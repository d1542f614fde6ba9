package org.proficio.competency.framework;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.framework.FrameworkRequests.NewFramework;
import org.proficio.competency.framework.FrameworkViews.FrameworkSummary;
import org.proficio.competency.framework.FrameworkViews.FrameworkView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** Frameworks of the caller's district: district admins write, everyone in the district reads published ones. */
@Path("/api/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class FrameworkResource {

    private final FrameworkService service;
    private final Caller caller;

    private final Locations locations;

    public FrameworkResource(FrameworkService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Create a draft framework with its competency tree")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json listing them)")
    @APIResponse(responseCode = "422", description = "The competencies do not form a tree")
    public Uni<Response> create(NewFramework request) {
        return service.create(caller.district(), request)
                .map(created -> locations
                        .created(created, created.revision(), "/api/v1/frameworks/{id}", created.id())
                        .build());
    }

    @GET
    @Operation(summary = "List the district's frameworks (drafts only for district admins)")
    public Uni<Page<FrameworkSummary>> list(
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.list(caller.district(), seesDrafts(), after, PageCursor.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A framework with its scale and competency tree; ETag is its revision")
    @APIResponse(responseCode = "404", description = "No such framework in your district")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.find(caller.district(), id, seesDrafts())
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No framework " + id + "."))
                .map(FrameworkResource::tagged);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Publish a draft: it becomes immutable and FrameworkPublished is emitted")
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    public Uni<FrameworkView> publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return service.publish(caller.district(), id, IfMatch.revision(ifMatch));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            summary = "Replace a draft's description and competency tree",
            description = "Competencies keep their ids (and rubric criteria, prerequisites) when the request names"
                    + " their identifier or keeps their code. Published frameworks are immutable: start a new version.")
    @APIResponse(responseCode = "200", description = "The draft as it is now; ETag = its new revision")
    @APIResponse(responseCode = "409", description = "Not a draft")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "422", description = "The competencies do not form a tree")
    public Uni<Response> replace(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, NewFramework request) {
        return service.replace(caller.district(), id, IfMatch.revision(ifMatch), request)
                .map(FrameworkResource::tagged);
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            summary = "Start the next version of a published framework",
            description = "A draft copy with the same identifiers; publishing it retires the version it supersedes."
                    + " Learners' history under the old version stays valid.")
    @APIResponse(responseCode = "201", description = "The new draft version")
    @APIResponse(responseCode = "409", description = "Not published, or a draft version exists already")
    public Uni<Response> newVersion(
            @PathParam("id") UUID id,
            @Parameter(description = "Version label; default: the published one's, incremented", example = "1.1")
                    @QueryParam("version")
                    String version,
            UriInfo uri) {
        if (version != null && (version.isBlank() || version.length() > 50)) {
            throw ProblemException.badRequest("version must be 1 to 50 characters.");
        }
        return service.newVersion(caller.district(), id, version)
                .map(created -> locations
                        .created(created, created.revision(), "/api/v1/frameworks/{id}", created.id())
                        .build());
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Retire a published framework; emits FrameworkRetired")
    @APIResponse(responseCode = "409", description = "Not published")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    public Uni<FrameworkView> retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return service.retire(caller.district(), id, IfMatch.revision(ifMatch));
    }

    private static Response tagged(FrameworkView f) {
        return IfMatch.ok(f, f.revision());
    }

    private boolean seesDrafts() {
        return caller.hasRole(Roles.DISTRICT_ADMIN);
    }
}
