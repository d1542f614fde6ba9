package org.proficio.progression.pacing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.time.DatabaseTime;

/** The district's pacing settings: how long a learner may go without moving before she counts as stalled. */
@Path("/api/v1/pacing-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pacing")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.INTEGRATION})
public class PacingSettingResource {

    private final Caller caller;
    private final PacingConfig config;

    public PacingSettingResource(Caller caller, PacingConfig config) {
        this.caller = caller;
        this.config = config;
    }

    @Schema(name = "PacingSettingsInput")
    public record SettingsInput(
            @NotNull
            @Min(1)
            @Max(365)
            @Schema(
                    required = true,
                    minimum = "1",
                    maximum = "365",
                    description = "days a learner working on a competency may go without moving before the pacing"
                            + " job flags her stalled (LearnerStalled)")
            Integer stalledAfterDays) {}

    @Schema(name = "PacingSettings")
    public record SettingsView(
            @Schema(description = "the district's; absent while it has not set one (the service's default holds)")
            Integer stalledAfterDays,

            @Schema(
                    description = "the service's default (ISO 8601 duration), for districts that set none",
                    examples = "P14D")
            String defaultStalledAfter,

            @Schema(description = "0 until the district sets them; the ETag")
            int revision,

            OffsetDateTime updatedAt,
            String updatedBy) {}

    @GET
    @WithSession
    @Operation(operationId = "getPacingSettings", summary = "When the district's learners count as stalled")
    @APIResponse(
            responseCode = "200",
            description = "The settings; the ETag is their revision",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "403", description = "Only staff and integrations read them")
    public Uni<Response> get() {
        return Panache.getSession()
                .chain(s -> s.find(PacingSetting.class, caller.district()))
                .map(this::view)
                .map(view -> IfMatch.ok(view, view.revision()));
    }

    @PUT
    @WithTransaction
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            operationId = "setPacingSettings",
            summary = "Choose how many days without moving make a learner stalled",
            description = "Applies from the pacing job's next run on; episodes already open stay open until the"
                    + " learner moves. Send If-Match with the revision you read.")
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
                .chain(session -> session.find(PacingSetting.class, caller.district())
                        .chain(held -> {
                            IfMatch.check(expected, held == null ? 0 : held.revision, "The pacing settings");
                            PacingSetting setting = held != null ? held : new PacingSetting();
                            setting.district = caller.district();
                            setting.stalledAfterDays = input.stalledAfterDays();
                            setting.revision = held == null ? 1 : held.revision + 1;
                            setting.updatedAt = DatabaseTime.now();
                            setting.updatedBy = caller.name();
                            return session.persist(setting).replaceWith(setting);
                        }))
                .map(this::view)
                .map(view -> IfMatch.ok(view, view.revision()));
    }

    private SettingsView view(PacingSetting s) {
        Duration stalledAfter = config.stalledAfter();
        // whole days as days (P14D, as configured), not as java.time's hours (PT336H)
        String fallback =
                stalledAfter.toSeconds() % 86_400 == 0 ? "P" + stalledAfter.toDays() + "D" : stalledAfter.toString();
        return s == null
                ? new SettingsView(null, fallback, 0, null, null)
                : new SettingsView(s.stalledAfterDays, fallback, s.revision, s.updatedAt, s.updatedBy);
    }
}
