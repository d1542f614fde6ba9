package org.proficio.progression.advancement;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
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
import org.proficio.progression.advancement.AdvancementViews.CourseProgressView;
import org.proficio.progression.advancement.AdvancementViews.CreditsView;
import org.proficio.progression.advancement.AdvancementViews.FrameworkProgressView;
import org.proficio.progression.advancement.AdvancementViews.GrowthView;
import org.proficio.progression.advancement.AdvancementViews.PathwayProgressView;
import org.proficio.progression.advancement.AdvancementViews.SummaryView;
import org.proficio.progression.advancement.AdvancementViews.TargetsView;
import org.proficio.progression.progress.ProgressResource;

/** What a learner works on now and how far she is toward her credits and diploma; for her, her guardians and staff. */
@Path("/api/v1/learners/{learnerId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class AdvancementResource {

    private final AdvancementService service;
    private final Caller caller;

    public AdvancementResource(AdvancementService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/targets")
    @Operation(
            operationId = "getLearningTargets",
            summary = "The learner's current learning targets and what to do next on each",
            description = "The competencies of her plan (its courses and pathways) she has not mastered yet and whose"
                    + " prerequisites she has all mastered, in plan order, each with its standing and the learning"
                    + " resources the catalog links to it.")
    @APIResponse(responseCode = "200", description = "Her targets")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such learner in your district")
    public Uni<TargetsView> targets(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId) {
        caller.requireLearner(learnerId);
        return service.targets(caller.district(), learnerId);
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getProgressSummary",
            summary = "The learner's progress in one small object, for dashboards",
            description = "Her plan's competencies counted by status, her current targets, the credits she earned, her"
                    + " pathways (met or not), and how many competencies she is stalled on.")
    @APIResponse(responseCode = "200", description = "Her summary")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such learner in your district")
    public Uni<SummaryView> summary(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId) {
        caller.requireLearner(learnerId);
        return service.summary(caller.district(), learnerId);
    }

    @GET
    @Path("/frameworks/{frameworkId}")
    @Operation(
            operationId = "getFrameworkProgress",
            summary = "The learner's standing on a framework's competencies, as a tree in the framework's order, paged;"
                    + " by default only those of her plan")
    @APIResponse(responseCode = "200", description = "A page of the framework's competencies")
    @APIResponse(responseCode = "400", description = "Invalid scope, limit or cursor")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such learner or framework in your district")
    public Uni<FrameworkProgressView> framework(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("frameworkId") @Parameter(description = "a framework of the district's catalog")
                    UUID frameworkId,
            @QueryParam("scope")
                    @Parameter(
                            description = "plan (the default): the competencies of her plan's courses and pathways;"
                                    + " all: every competency of the framework",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"plan", "all"}))
                    String scope,
            @QueryParam("limit")
                    @Parameter(
                            description = "page size, 1..500, default 50",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        caller.requireLearner(learnerId);
        boolean planOnly = scope == null || scope.equals("plan");
        if (!planOnly && !scope.equals("all")) {
            throw ProblemException.invalidField("scope", "must be plan or all");
        }
        return service.framework(caller.district(), learnerId, frameworkId, planOnly, cursor, PageCursor.limit(limit));
    }

    @GET
    @Path("/courses/{courseId}")
    @Operation(
            operationId = "getCourseProgress",
            summary = "The learner's standing on every competency of a course, and its credit")
    @APIResponse(responseCode = "200", description = "Her progress on the course")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such learner or course in your district")
    public Uni<CourseProgressView> course(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("courseId") @Parameter(description = "a course of the district's catalog") UUID courseId) {
        caller.requireLearner(learnerId);
        return service.course(caller.district(), learnerId, courseId);
    }

    @GET
    @Path("/growth")
    @Operation(
            operationId = "getLearnerGrowth",
            summary = "How the learner's standing moved over time on each competency of her plan",
            description = "One point per decision (value, level, status, cause), oldest first; competencyId narrows it"
                    + " to one competency, on her plan or not.")
    @APIResponse(responseCode = "200", description = "Her growth")
    @APIResponse(responseCode = "400", description = "competencyId is not a UUID")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such learner in your district")
    public Uni<GrowthView> growth(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @QueryParam("competencyId")
                    @Parameter(
                            description = "only this competency",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String competencyId) {
        caller.requireLearner(learnerId);
        return service.growth(
                caller.district(), learnerId, ProgressResource.uuidParameter("competencyId", competencyId));
    }

    @GET
    @Path("/credits")
    @Operation(operationId = "getLearnerCredits", summary = "The course credits the learner has earned by mastery")
    @APIResponse(responseCode = "200", description = "Her credits, oldest first, and their total")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such learner in your district")
    public Uni<CreditsView> credits(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId) {
        caller.requireLearner(learnerId);
        return service.credits(caller.district(), learnerId);
    }

    @GET
    @Path("/pathways/{pathwayId}")
    @Operation(
            operationId = "getPathwayProgress",
            summary = "The learner's progress on a graduation pathway of her plan",
            description = "Credits and competencies done and missing, and her projected completion at her pace.")
    @APIResponse(responseCode = "200", description = "Her progress on the pathway")
    @APIResponse(responseCode = "403", description = "You may not see this learner")
    @APIResponse(responseCode = "404", description = "No such learner, or the pathway is not on her plan")
    public Uni<PathwayProgressView> pathway(
            @PathParam("learnerId") @Parameter(description = "the district's learner id", example = "s-0001")
                    String learnerId,
            @PathParam("pathwayId") @Parameter(description = "a pathway on her plan") UUID pathwayId) {
        caller.requireLearner(learnerId);
        return service.pathway(caller.district(), learnerId, pathwayId);
    }
}
