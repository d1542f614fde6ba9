package org.proficio.competency.course;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.course.CourseRequests.CourseInput;
import org.proficio.competency.course.CourseViews.CourseView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** Courses of the caller's district and the competencies that earn their credit. */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses and credit")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class CourseResource {

    private final CourseService service;
    private final Caller caller;

    private final Locations locations;

    public CourseResource(CourseService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            summary =
                    "Define a course: code, credits and the competencies whose mastery earns them; emits CourseDefined")
    @APIResponse(responseCode = "201", description = "Created; ETag set")
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields (listed in errors)")
    @APIResponse(responseCode = "403", description = "Only district admins define courses")
    @APIResponse(responseCode = "409", description = "The district already has a course with that code")
    @APIResponse(
            responseCode = "422",
            description = "competencyIds name competencies your district's draft or published frameworks do not"
                    + " have, or one twice (each named in errors)")
    public Uni<Response> create(CourseInput input) {
        return service.create(caller.district(), input)
                .map(created -> locations
                        .created(created, created.revision(), "/api/v1/courses/{id}", created.id())
                        .build());
    }

    @GET
    @Operation(summary = "The district's courses in creation order, paged by cursor")
    public Uni<Page<CourseView>> list(
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.list(caller.district(), seesDrafts(), after, PageCursor.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A course with its competencies; ETag is its revision")
    @APIResponse(responseCode = "200", description = "The course")
    @APIResponse(responseCode = "404", description = "No such course in your district")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.find(caller.district(), id, seesDrafts())
                .onItem()
                .ifNull()
                .failWith(() -> CourseService.noCourse(id))
                .map(c -> IfMatch.ok(c, c.revision()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Replace a course's definition; send If-Match with the ETag you read; emits CourseDefined")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set")
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors) or a malformed If-Match")
    @APIResponse(responseCode = "403", description = "Only district admins change courses")
    @APIResponse(responseCode = "404", description = "No such course in your district")
    @APIResponse(responseCode = "409", description = "Another course of the district has that code")
    @APIResponse(responseCode = "412", description = "The course changed since the ETag in If-Match")
    @APIResponse(responseCode = "422", description = "Unknown or duplicate competencies (each named in errors)")
    public Uni<Response> replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, CourseInput input) {
        return service.replace(caller.district(), id, input, IfMatch.revision(ifMatch))
                .map(c -> IfMatch.ok(c, c.revision()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Remove a course that no pathway requires; If-Match is honoured")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Only district admins remove courses")
    @APIResponse(responseCode = "404", description = "No such course in your district")
    @APIResponse(responseCode = "409", description = "A pathway requires the course (named in detail)")
    @APIResponse(responseCode = "412", description = "The course changed since the ETag in If-Match")
    public Uni<Response> remove(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return service.remove(caller.district(), id, IfMatch.revision(ifMatch))
                .replaceWith(Response.noContent().build());
    }

    private boolean seesDrafts() {
        return caller.hasRole(Roles.DISTRICT_ADMIN);
    }
}
