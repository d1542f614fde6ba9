package org.proficio.progression.insight;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import org.proficio.progression.insight.InsightViews.CompetencyInsightPage;
import org.proficio.progression.insight.InsightViews.PaceInsight;
import org.proficio.progression.insight.InsightViews.SchoolInsights;
import org.proficio.progression.learner.RosterIds;
import org.proficio.progression.progress.ProgressResource;

/**
 * District aggregates for continuous improvement, computed from the service's own standings, decisions and pacing
 * episodes: mastery per competency and per school, the pace of learners, the median time to mastery. District admins
 * only.
 */
@Path("/api/v1/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class InsightResource {

    private final InsightService service;
    private final Caller caller;

    public InsightResource(InsightService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/competencies")
    @Operation(
            operationId = "listCompetencyInsights",
            summary = "Mastery distribution and median time to mastery per competency of a framework")
    @APIResponse(responseCode = "200", description = "A page of the framework's competencies, in catalog order")
    @APIResponse(
            responseCode = "400",
            description = "frameworkId missing or not a UUID, schoolId malformed, invalid limit or cursor")
    @APIResponse(responseCode = "403", description = "Only district admins read aggregates")
    @APIResponse(responseCode = "404", description = "No such framework or school in your district")
    public Uni<CompetencyInsightPage> competencies(
            @QueryParam("frameworkId")
                    @Parameter(
                            required = true,
                            description = "the framework (UUID)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String frameworkId,
            @QueryParam("schoolId")
                    @Parameter(
                            description = "only this school's learners",
                            schema = @Schema(type = SchemaType.STRING, pattern = RosterIds.PATTERN))
                    String schoolId,
            @QueryParam("limit")
                    @Parameter(
                            description = "page size, 1..500, default 50",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        if (frameworkId == null || frameworkId.isBlank()) {
            throw ProblemException.invalidField("frameworkId", "is required");
        }
        return service.competencies(
                caller.district(),
                ProgressResource.uuidParameter("frameworkId", frameworkId),
                school(schoolId),
                cursor,
                PageCursor.limit(limit));
    }

    @GET
    @Path("/schools")
    @Operation(operationId = "listSchoolInsights", summary = "Mastery distribution per school")
    @APIResponse(responseCode = "200", description = "Every school with active learners")
    @APIResponse(responseCode = "400", description = "frameworkId is not a UUID")
    @APIResponse(responseCode = "403", description = "Only district admins read aggregates")
    @APIResponse(responseCode = "404", description = "No such framework in your district")
    public Uni<SchoolInsights> schools(
            @QueryParam("frameworkId")
                    @Parameter(
                            description = "only this framework's standings (UUID)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String frameworkId) {
        return service.schools(caller.district(), ProgressResource.uuidParameter("frameworkId", frameworkId));
    }

    @GET
    @Path("/pace")
    @Operation(operationId = "getPaceInsight", summary = "Pace distribution of the active learners")
    @APIResponse(responseCode = "200", description = "The distribution, its median and the stalled learners")
    @APIResponse(responseCode = "400", description = "days out of 1..730, schoolId malformed")
    @APIResponse(responseCode = "403", description = "Only district admins read aggregates")
    @APIResponse(responseCode = "404", description = "No such school in your district")
    public Uni<PaceInsight> pace(
            @QueryParam("days")
                    @Parameter(
                            description = "the window, in days up to now: 1..730, default 90",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "730"))
                    String days,
            @QueryParam("schoolId")
                    @Parameter(
                            description = "only this school's learners",
                            schema = @Schema(type = SchemaType.STRING, pattern = RosterIds.PATTERN))
                    String schoolId) {
        return service.pace(caller.district(), window(days), school(schoolId));
    }

    private static String school(String schoolId) {
        if (schoolId != null && !RosterIds.valid(schoolId)) {
            throw ProblemException.invalidField("schoolId", RosterIds.MESSAGE);
        }
        return schoolId;
    }

    private static int window(String days) {
        if (days == null) {
            return 90;
        }
        try {
            int value = Integer.parseInt(days.strip());
            if (value >= 1 && value <= 730) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField("days", "must be a whole number of days, 1 to 730");
    }
}
