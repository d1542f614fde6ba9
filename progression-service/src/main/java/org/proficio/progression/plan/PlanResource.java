package org.proficio.progression.plan;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.progression.plan.PlanViews.PlanCourseInput;
import org.proficio.progression.plan.PlanViews.PlanView;

/**
 * A learner's learning plan: the courses she is enrolled in, with their dates. The learner and her guardians read
 * it; district admins, educators and integrations write it.
 */
@Path("/api/v1/learners/{learnerId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning plans")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.INTEGRATION})
public class PlanResource {

    private final PlanService service;
    private final Caller caller;

    public PlanResource(PlanService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.INTEGRATION, Roles.STUDENT, Roles.GUARDIAN})
    @Operation(
            operationId = "getLearningPlan",
            summary = "The courses and pathways on the learner's plan, with their dates")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such learner in your district")
    public Uni<PlanView> plan(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId) {
        caller.requireLearner(learnerId);
        return service.plan(caller.district(), learnerId);
    }

    @PUT
    @Path("/courses/{courseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "enrollLearnerInCourse",
            summary = "Put a course on the learner's plan, or change its dates (idempotent)")
    @APIResponse(responseCode = "201", description = "The course is new on her plan")
    @APIResponse(responseCode = "204", description = "It was on her plan; its dates are as sent")
    @APIResponse(responseCode = "400", description = "Invalid dates (listed in errors)")
    @APIResponse(responseCode = "403", description = "Only staff and integrations write plans")
    @APIResponse(responseCode = "404", description = "No such learner in your district")
    @APIResponse(responseCode = "422", description = "No such course in the district's published frameworks")
    public Uni<Response> enroll(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("courseId") @Parameter(description = "a course of the district's catalog") UUID courseId,
            @Valid PlanCourseInput input) {
        PlanCourseInput dates = input == null ? new PlanCourseInput(null, null) : input;
        return service.enroll(caller.district(), learnerId, courseId, dates)
                .map(added -> Response.status(added ? Response.Status.CREATED : Response.Status.NO_CONTENT)
                        .build());
    }

    @PUT
    @Path("/pathways/{pathwayId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "enrollLearnerOnPathway",
            summary = "Put a graduation pathway on the learner's plan, or change its dates (idempotent)",
            description = "A pathway whose requirements she already meets is met at once (GraduationRequirementsMet).")
    @APIResponse(responseCode = "201", description = "The pathway is new on her plan")
    @APIResponse(responseCode = "204", description = "It was on her plan; its dates are as sent")
    @APIResponse(responseCode = "400", description = "Invalid dates (listed in errors)")
    @APIResponse(responseCode = "403", description = "Only staff and integrations write plans")
    @APIResponse(responseCode = "404", description = "No such learner in your district")
    @APIResponse(responseCode = "422", description = "No such graduation pathway in the district")
    public Uni<Response> enrollPathway(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("pathwayId") @Parameter(description = "a graduation pathway of the district") UUID pathwayId,
            @Valid PlanCourseInput input) {
        PlanCourseInput dates = input == null ? new PlanCourseInput(null, null) : input;
        return service.enrollPathway(caller.district(), learnerId, pathwayId, dates)
                .map(added -> Response.status(added ? Response.Status.CREATED : Response.Status.NO_CONTENT)
                        .build());
    }

    @DELETE
    @Path("/pathways/{pathwayId}")
    @Operation(operationId = "withdrawLearnerFromPathway", summary = "Take a pathway off the learner's plan")
    @APIResponse(responseCode = "204", description = "Withdrawn; her credits stay")
    @APIResponse(responseCode = "403", description = "Only staff and integrations write plans")
    @APIResponse(responseCode = "404", description = "No such learner, or the pathway is not on her plan")
    public Uni<Void> withdrawPathway(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("pathwayId") @Parameter(description = "a pathway on her plan") UUID pathwayId) {
        return service.withdrawPathway(caller.district(), learnerId, pathwayId);
    }

    @DELETE
    @Path("/courses/{courseId}")
    @Operation(operationId = "withdrawLearnerFromCourse", summary = "Take a course off the learner's plan")
    @APIResponse(responseCode = "204", description = "Withdrawn; her evidence and mastery stay")
    @APIResponse(responseCode = "403", description = "Only staff and integrations write plans")
    @APIResponse(responseCode = "404", description = "No such learner, or the course is not on her plan")
    public Uni<Void> withdraw(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("courseId") @Parameter(description = "a course on her plan") UUID courseId) {
        return service.withdraw(caller.district(), learnerId, courseId);
    }
}
