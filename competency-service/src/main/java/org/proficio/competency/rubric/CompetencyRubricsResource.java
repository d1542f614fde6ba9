package org.proficio.competency.rubric;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.rubric.RubricViews.CompetencyCriterionView;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** How a competency is judged: the rubric criteria on it, readable by students and families. */
@Path("/api/v1/competencies/{competencyId}/rubrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class CompetencyRubricsResource {

    private final RubricService service;
    private final Caller caller;

    public CompetencyRubricsResource(RubricService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The rubric criteria that judge this competency, each with its descriptors in scale order")
    @APIResponse(responseCode = "200", description = "The criteria (empty when no rubric judges the competency)")
    @APIResponse(
            responseCode = "404",
            description = "No such competency in your district, or one of a draft you cannot see")
    public Uni<List<CompetencyCriterionView>> list(@PathParam("competencyId") UUID competencyId) {
        return service.judging(caller.district(), competencyId, caller.hasRole(Roles.DISTRICT_ADMIN))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No competency " + competencyId + "."));
    }
}
