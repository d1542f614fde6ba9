package org.proficio.assessment.learner;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.assessment.learner.EvidenceSetting.UnknownLearners;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.time.DatabaseTime;

/** The district's evidence intake settings: what evidence about a learner it has not registered gets. */
@Path("/api/v1/evidence-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.INTEGRATION})
public class EvidenceSettingResource {

    private final Caller caller;

    public EvidenceSettingResource(Caller caller) {
        this.caller = caller;
    }

    @Schema(name = "EvidenceSettingsInput")
    public record SettingsInput(
            @NotNull
            @Schema(
                    required = true,
                    description = "REGISTER: accepted, and progression registers her flagged (the default); REFUSE:"
                            + " 422 naming her")
            UnknownLearners unknownLearners) {}

    @Schema(name = "EvidenceSettings")
    public record SettingsView(
            UnknownLearners unknownLearners,

            @Schema(description = "0 until the district sets them; the ETag")
            int revision,

            OffsetDateTime updatedAt,
            String updatedBy) {

        static SettingsView of(EvidenceSetting s) {
            return s == null
                    ? new SettingsView(UnknownLearners.REGISTER, 0, null, null)
                    : new SettingsView(s.unknownLearners, s.revision, s.updatedAt, s.updatedBy);
        }
    }

    @GET
    @WithSession
    @Operation(
            operationId = "getEvidenceSettings",
            summary = "What evidence about a learner the district has not registered gets")
    @APIResponse(
            responseCode = "200",
            description = "The settings; the ETag is their revision",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "403", description = "Only staff and integrations read them")
    public Uni<Response> get() {
        return Panache.getSession()
                .chain(s -> s.find(EvidenceSetting.class, caller.district()))
                .map(SettingsView::of)
                .map(view -> IfMatch.ok(view, view.revision()));
    }

    @PUT
    @WithTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            operationId = "setEvidenceSettings",
            summary = "Choose what evidence about a learner the district has not registered gets",
            description = "REFUSE applies from the next submission on, against the learners progression-service has"
                    + " announced (LearnerRegistered) to this service. Send If-Match with the revision you read.")
    @APIResponse(
            responseCode = "200",
            description = "The settings; the ETag is their revision",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (listed in errors) or a malformed If-Match")
    @APIResponse(responseCode = "403", description = "Only district admins set them")
    @APIResponse(responseCode = "412", description = "They changed since the revision in If-Match")
    public Uni<Response> set(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid SettingsInput input) {
        Integer expected = IfMatch.revision(ifMatch);
        return Panache.getSession()
                .chain(session -> session.find(EvidenceSetting.class, caller.district())
                        .chain(held -> {
                            IfMatch.check(expected, held == null ? 0 : held.revision, "The evidence settings");
                            EvidenceSetting setting = held != null ? held : new EvidenceSetting();
                            setting.district = caller.district();
                            setting.unknownLearners = input.unknownLearners();
                            setting.revision = held == null ? 1 : held.revision + 1;
                            setting.updatedAt = DatabaseTime.now();
                            setting.updatedBy = caller.name();
                            return session.persist(setting).replaceWith(setting);
                        }))
                .map(SettingsView::of)
                .map(view -> IfMatch.ok(view, view.revision()));
    }
}
