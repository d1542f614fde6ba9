package org.proficio.progression.policy;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.progression.policy.PolicyViews.DryRunView;
import org.proficio.progression.policy.PolicyViews.PoliciesView;
import org.proficio.progression.policy.PolicyViews.PolicyChangeView;
import org.proficio.progression.policy.PolicyViews.PolicyInput;
import org.proficio.progression.policy.PolicyViews.PolicyView;

/**
 * How the district decides mastery. Everyone of the district may read it (the decisions it explains name it);
 * only district admins change it. The ETag of a policy is its version.
 */
@Path("/api/v1/mastery-policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mastery policies")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class PolicyResource {

    private final PolicyService service;
    private final Caller caller;

    public PolicyResource(PolicyService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listMasteryPolicies",
            summary = "The district's mastery policy and the frameworks that override it")
    @APIResponse(responseCode = "200", description = "The policies in force")
    public Uni<PoliciesView> list() {
        return service.current(caller.district());
    }

    @GET
    @Path("/district")
    @Operation(
            operationId = "getDistrictMasteryPolicy",
            summary = "The district's mastery policy (version 0: the built-in one, until a district admin sets one)")
    @APIResponse(
            responseCode = "200",
            description = "The policy; its ETag is the version",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    public Uni<Response> district() {
        return service.inForce(caller.district(), null).map(policy -> IfMatch.ok(policy, policy.version()));
    }

    @PUT
    @Path("/district")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            operationId = "setDistrictMasteryPolicy",
            summary = "Set the district's mastery policy: a new version, and every standing it judges judged again",
            description = "Frameworks with a policy of their own keep it. Standings whose status changes get a"
                    + " decision and MasteryChanged (and CompetencyMastered or LearnerStruggling). Send If-Match with"
                    + " the version you read.")
    @APIResponse(
            responseCode = "200",
            description = "The new version and what it changed",
            content = @Content(schema = @Schema(implementation = PolicyChangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors) or a malformed If-Match")
    @APIResponse(responseCode = "403", description = "Only district admins set mastery policies")
    @APIResponse(responseCode = "412", description = "The policy changed since the version in If-Match")
    public Uni<Response> setDistrict(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid PolicyInput input) {
        return service.change(caller.district(), null, input, IfMatch.revision(ifMatch), caller.name())
                .map(change -> IfMatch.ok(change, change.policy().version()));
    }

    @GET
    @Path("/frameworks/{frameworkId}")
    @Operation(
            operationId = "getFrameworkMasteryPolicy",
            summary = "The mastery policy that judges a framework's competencies: its own, else the district's")
    @APIResponse(
            responseCode = "200",
            description = "The policy (scope says whose it is); the ETag is the version of the framework's own policy,"
                    + " 0 while it has none",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "404", description = "No such framework in your district")
    public Uni<Response> framework(
            @PathParam("frameworkId") @Parameter(description = "a published framework of the district")
                    UUID frameworkId) {
        return service.inForce(caller.district(), frameworkId)
                .map(policy -> IfMatch.ok(policy, policy.scope().equals("framework") ? policy.version() : 0));
    }

    @PUT
    @Path("/frameworks/{frameworkId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            operationId = "setFrameworkMasteryPolicy",
            summary = "Give a framework a mastery policy of its own: a new version, and its standings judged again",
            description = "Send If-Match with the version of the framework's own policy you read (\"0\" before it"
                    + " has one).")
    @APIResponse(
            responseCode = "200",
            description = "The new version and what it changed",
            content = @Content(schema = @Schema(implementation = PolicyChangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors) or a malformed If-Match")
    @APIResponse(responseCode = "403", description = "Only district admins set mastery policies")
    @APIResponse(responseCode = "404", description = "No such framework in your district")
    @APIResponse(responseCode = "412", description = "The policy changed since the version in If-Match")
    public Uni<Response> setFramework(
            @PathParam("frameworkId") @Parameter(description = "a published framework of the district")
                    UUID frameworkId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PolicyInput input) {
        return service.change(caller.district(), frameworkId, input, IfMatch.revision(ifMatch), caller.name())
                .map(change -> IfMatch.ok(change, change.policy().version()));
    }

    @POST
    @Path("/district/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            operationId = "dryRunDistrictMasteryPolicy",
            summary = "What a proposed district policy would change, written nowhere",
            description = "Judges every standing the district's policy judges under the proposal: the counts applying"
                    + " it would give now, and the standings whose status would change, paged.")
    @APIResponse(responseCode = "200", description = "The changes it would make")
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors), limit or cursor")
    @APIResponse(responseCode = "403", description = "Only district admins try mastery policies")
    public Uni<DryRunView> dryRunDistrict(
            @QueryParam("limit")
                    @Parameter(
                            description = "page size of the items, 1..500, default 50",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @NotNull @Valid PolicyInput input) {
        return service.dryRun(caller.district(), null, input, cursor, PageCursor.limit(limit));
    }

    @POST
    @Path("/frameworks/{frameworkId}/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            operationId = "dryRunFrameworkMasteryPolicy",
            summary = "What a proposed policy of a framework would change, written nowhere")
    @APIResponse(responseCode = "200", description = "The changes it would make")
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors), limit or cursor")
    @APIResponse(responseCode = "403", description = "Only district admins try mastery policies")
    @APIResponse(responseCode = "404", description = "No such framework in your district")
    public Uni<DryRunView> dryRunFramework(
            @PathParam("frameworkId") @Parameter(description = "a published framework of the district")
                    UUID frameworkId,
            @QueryParam("limit")
                    @Parameter(
                            description = "page size of the items, 1..500, default 50",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @NotNull @Valid PolicyInput input) {
        return service.dryRun(caller.district(), frameworkId, input, cursor, PageCursor.limit(limit));
    }
}
