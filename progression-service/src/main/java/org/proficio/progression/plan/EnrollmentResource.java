package org.proficio.progression.plan;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.progression.learner.Tally;
import org.proficio.progression.plan.PlanViews.EnrollmentBatch;

/** Enrollments in bulk, for integrations syncing a student information system. */
@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning plans")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.INTEGRATION})
public class EnrollmentResource {

    private final PlanService service;
    private final Caller caller;

    public EnrollmentResource(PlanService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "enrollLearners",
            summary = "Put up to 1,000 courses on learners' plans at once",
            description = "All or nothing: when one item is invalid, repeated, or names an unregistered learner or"
                    + " an unknown course, nothing is written and every such item is listed. Idempotent: a repeat"
                    + " counts every enrollment unchanged.")
    @APIResponse(responseCode = "200", description = "How many enrollments were new, changed and unchanged")
    @APIResponse(responseCode = "400", description = "Invalid or repeated items (listed in errors)")
    @APIResponse(responseCode = "403", description = "Only staff and integrations write plans")
    @APIResponse(responseCode = "422", description = "Items naming unregistered learners or unknown courses (listed)")
    public Uni<Tally> bulk(@NotNull @Valid EnrollmentBatch batch) {
        return service.bulk(caller.district(), batch);
    }
}
