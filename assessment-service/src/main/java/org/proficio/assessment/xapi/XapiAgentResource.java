package org.proficio.assessment.xapi;

import static org.proficio.assessment.assessment.AssessmentRequests.EXTERNAL_ID;
import static org.proficio.assessment.assessment.AssessmentRequests.EXTERNAL_ID_MESSAGE;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.xapi.XapiRequests.AgentIdentifiers;
import org.proficio.assessment.xapi.XapiViews.AgentView;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** Which xAPI agents are which learners of the district: staff and integrations keep the mapping. */
@Path("/api/v1/xapi/agents/{learnerId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "xAPI")
@RolesAllowed({Roles.INTEGRATION, Roles.EDUCATOR, Roles.DISTRICT_ADMIN})
public class XapiAgentResource {

    private final XapiAgentService service;
    private final Caller caller;

    public XapiAgentResource(XapiAgentService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @Operation(
            summary = "Map a learner's xAPI identifiers",
            description = "Replaces the learner's xAPI agent identifiers (mbox, mbox_sha1sum, openid, account; at"
                    + " most one of each) with these: statements whose actor has one of them become evidence of this"
                    + " learner. Send none to unmap the learner. An identifier names one learner: one mapped to"
                    + " another learner is refused with 409.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgentIdentifiers.class),
                            examples = @ExampleObject(name = "e-mail and LMS account", value = XapiExamples.AGENT)))
    @APIResponse(
            responseCode = "200",
            description = "The learner's identifiers now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgentView.class),
                            examples = @ExampleObject(name = "mapped", value = XapiExamples.AGENT_VIEW)))
    @APIResponse(responseCode = "400", description = "A malformed identifier or learner id, listed")
    @APIResponse(
            responseCode = "409",
            description = "An identifier is mapped to another learner",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "taken", value = XapiExamples.AGENT_CONFLICT)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not map learners")
    public Uni<AgentView> replace(
            @PathParam("learnerId")
                    @Size(max = 100)
                    @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
                    @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            AgentIdentifiers identifiers) {
        return service.replace(caller.district(), learnerId, caller.name(), identifiers);
    }

    @GET
    @Operation(
            summary = "A learner's xAPI identifiers",
            description = "The identifiers whose statements are evidence of this learner; all absent when none is"
                    + " mapped.")
    @APIResponse(
            responseCode = "200",
            description = "The learner's identifiers",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgentView.class),
                            examples = @ExampleObject(name = "mapped", value = XapiExamples.AGENT_VIEW)))
    @APIResponse(responseCode = "400", description = "A malformed learner id")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Your role may not read the mapping")
    public Uni<AgentView> find(
            @PathParam("learnerId")
                    @Size(max = 100)
                    @Pattern(regexp = EXTERNAL_ID, message = EXTERNAL_ID_MESSAGE)
                    @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId) {
        return service.find(caller.district(), learnerId);
    }
}
