package org.proficio.assessment.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.evidence.Submitter;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.xapi.XapiViews.StatementsResult;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/**
 * xAPI statements as an LRS would receive them (POST, one statement or an array), turned into evidence where they
 * map to an assessment and a learner of the caller's district.
 */
@Path("/xapi/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "xAPI")
@RolesAllowed({Roles.INTEGRATION, Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
public class XapiResource {

    /** The xAPI version header; clients send it, and every answer carries it. */
    public static final String VERSION_HEADER = "X-Experience-API-Version";

    /** The version this endpoint speaks. */
    static final String VERSION = "1.0.3";

    private static final Pattern ACCEPTED_VERSION = Pattern.compile("1\\.0(\\.\\d+)?");

    private final XapiService service;
    private final Caller caller;

    public XapiResource(XapiService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(
            summary = "Record xAPI statements as evidence",
            description = "Takes one xAPI 1.0.x statement or an array of up to 1000. Each statement about an"
                    + " Activity that an assessment of your district claims (its activityId), by an Agent mapped to a"
                    + " learner (PUT /api/v1/xapi/agents/{learnerId}, or an account whose name is the learner id),"
                    + " becomes evidence of that assessment: result.score (scaled, or raw with min and max) is placed"
                    + " on the framework's scale, else result.success; timestamp is when it was observed; evidence"
                    + " of assessments scored by several raters awaits them. The answer has one result per statement,"
                    + " in order: ACCEPTED (evidenceId), DUPLICATE (the same statement id and content was accepted"
                    + " before: nothing written) or REJECTED with the reasons (Group actors, voiding statements,"
                    + " objects that are not Activities, unmapped agents or activities, nothing to judge, a statement"
                    + " id used for another statement, a summative attempt or retest the policies refuse). Accepted"
                    + " statements are written in one transaction; a rejected one writes nothing of its own (a refused"
                    + " attempt publishes ReadinessDenied) and never stops the others. With an Idempotency-Key a repeat of"
                    + " the same request returns the first answer (header Idempotent-Replayed: true).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description = "An xAPI statement, or an array of statements"),
                            examples = {
                                @ExampleObject(name = "one statement", value = XapiExamples.STATEMENT),
                                @ExampleObject(name = "several statements", value = XapiExamples.STATEMENTS)
                            }))
    @APIResponse(
            responseCode = "200",
            description = "One result per statement, in the order sent, and their counts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatementsResult.class),
                            examples = @ExampleObject(name = "mixed", value = XapiExamples.RESULT)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, neither a statement nor a non-empty array, an X-Experience-API-Version"
                    + " other than 1.0.x, or an unusable Idempotency-Key",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "version", value = XapiExamples.BAD_VERSION)))
    @APIResponse(
            responseCode = "413",
            description = "More than 1000 statements",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too many", value = XapiExamples.TOO_MANY)))
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not submit evidence through xAPI")
    public Uni<Response> record(
            @HeaderParam(VERSION_HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "The xAPI version of the statements; optional, 1.0.x when sent",
                            example = "1.0.3")
                    String version,
            @HeaderParam(Idempotency.HEADER)
                    @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Your unique id for this request (1-255 printable ASCII); retries reuse it",
                            example = "lrs-forward-2026-11-20-0001")
                    String idempotencyKey,
            JsonNode body) {
        if (version != null && !ACCEPTED_VERSION.matcher(version.strip()).matches()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    "The request has 1 invalid field(s).",
                    List.of(new FieldError(VERSION_HEADER, "must be 1.0.x; this endpoint speaks xAPI " + VERSION)));
        }
        return service.record(Submitter.of(caller), idempotencyKey, body)
                .map(recorded -> recorded.build(Response.ok(recorded.result()).header(VERSION_HEADER, VERSION)));
    }
}
