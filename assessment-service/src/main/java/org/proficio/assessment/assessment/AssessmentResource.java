package org.proficio.assessment.assessment;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.assessment.AssessmentRequests.NewAssessment;
import org.proficio.assessment.assessment.AssessmentViews.AssessmentView;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/**
 * Assessments: staff and integrations define them; everyone of the district may read them (students see what they
 * will be assessed on and how).
 */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class AssessmentResource {

    private final AssessmentService service;
    private final Caller caller;

    private final Locations locations;

    public AssessmentResource(AssessmentService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INTEGRATION, Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
    @Operation(
            summary = "Define an assessment",
            description = "Aligns it to competencies of one published framework of your district, optionally with a"
                    + " rubric of that framework and an xAPI activity. Absent policies take their defaults;"
                    + " studentSubmission.allowed (may students submit their own work as an attempt at it?) defaults"
                    + " to true for FORMATIVE and false for INTERIM and SUMMATIVE assessments. With an"
                    + " Idempotency-Key a repeat returns the first result; the same key with another body is 422.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewAssessment.class),
                            examples =
                                    @ExampleObject(
                                            name = "project defense",
                                            value = AssessmentExamples.NEW_ASSESSMENT)))
    @APIResponse(
            responseCode = "201",
            description = "Defined; Location names it, ETag is its revision",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "defined", value = AssessmentExamples.ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields, listed")
    @APIResponse(
            responseCode = "409",
            description = "Another assessment of your district already maps this xAPI activity")
    @APIResponse(
            responseCode = "422",
            description = "Unknown competencies, competencies of several or a retired framework, a rubric of another"
                    + " framework, or an Idempotency-Key used for another request",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "unknown competency",
                                            value = AssessmentExamples.UNPROCESSABLE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not define assessments")
    public Uni<Response> create(
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Your unique id for this request (1-255 printable ASCII); retries reuse it",
                            example = "lms-assessment-42-create")
                    String idempotencyKey,
            NewAssessment request) {
        return service.create(caller.district(), caller.name(), idempotencyKey, request)
                .map(created -> created.build(locations.created(
                        created.result(),
                        created.result().revision(),
                        "/api/v1/assessments/{id}",
                        created.result().id())));
    }

    @GET
    @Operation(summary = "The district's assessments, newest first", description = "Filter by competency or kind.")
    @APIResponse(responseCode = "200", description = "One page of assessments")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Uni<Page<AssessmentView>> list(
            @QueryParam("competencyId") @Parameter(description = "only assessments aligned to this competency")
                    UUID competencyId,
            @QueryParam("kind") @Parameter(description = "only assessments of this kind") AssessmentKind kind,
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return service.list(caller.district(), competencyId, kind, after, PageCursor.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One assessment with its policies", description = "ETag is its revision, for If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The assessment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssessmentView.class),
                            examples = @ExampleObject(name = "assessment", value = AssessmentExamples.ASSESSMENT)))
    @APIResponse(responseCode = "404", description = "No such assessment in your district")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your token carries no district or none of the five roles")
    public Uni<Response> get(@PathParam("id") @Parameter(example = "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c") UUID id) {
        return service.find(caller.district(), id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No assessment " + id + "."))
                .map(AssessmentView::of)
                .map(view -> IfMatch.ok(view, view.revision()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.INTEGRATION, Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
    @Operation(
            summary = "Replace an assessment's definition",
            description = "Send If-Match with the ETag you read: a definition changed since is refused with 412."
                    + " Absent policies take their defaults again (as for POST). Evidence already submitted keeps the"
                    + " competencies it was judged on.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NewAssessment.class),
                            examples =
                                    @ExampleObject(
                                            name = "project defense",
                                            value = AssessmentExamples.NEW_ASSESSMENT)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new revision")
    @APIResponse(responseCode = "400", description = "Missing, oversized or malformed fields, or a bad If-Match")
    @APIResponse(responseCode = "404", description = "No such assessment in your district")
    @APIResponse(responseCode = "409", description = "Another assessment already maps this xAPI activity")
    @APIResponse(responseCode = "412", description = "The assessment changed since the revision in If-Match")
    @APIResponse(responseCode = "422", description = "Unknown competencies or rubric, as for POST")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not define assessments")
    public Uni<Response> replace(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag you read", example = "\"1\"")
                    String ifMatch,
            NewAssessment request) {
        return service.replace(caller.district(), id, IfMatch.revision(ifMatch), request)
                .map(view -> IfMatch.ok(view, view.revision()));
    }
}
