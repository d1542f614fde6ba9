package org.proficio.competency.casepackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** CASE 1.0 CFPackage export of a framework, as visible as the framework itself. */
@Path("/api/v1/frameworks")
@Tag(name = "CASE import and export")
public class CaseExportResource {

    private final CaseExporter exporter;
    private final Caller caller;
    private final ObjectMapper json;

    public CaseExportResource(CaseExporter exporter, Caller caller, ObjectMapper json) {
        this.exporter = exporter;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Path("/{id}/case")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
    @Operation(
            summary = "Export a framework as a CASE 1.0 CFPackage",
            description = "CFDocument, CFItems (tree order), CFAssociations, CFDefinitions and CFRubrics; valid against"
                    + " the CASE 1.0 package schema. Drafts only for district admins.")
    @APIResponse(
            responseCode = "200",
            description = "The CFPackage",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .OBJECT),
                            examples = @ExampleObject(name = "package", value = CaseResource.PACKAGE_EXAMPLE)))
    @APIResponse(
            responseCode = "404",
            description = "No such framework in your district (or a draft, for anyone but a district admin)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> export(@PathParam("id") UUID id) {
        return exporter.export(caller.district(), id, caller.hasRole(Roles.DISTRICT_ADMIN))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No framework " + id + "."))
                .map(pkg ->
                        Response.ok(bytes(pkg), MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** The package serialised in one go (a few MB for thousands of items) with the service's ObjectMapper. */
    private byte[] bytes(ObjectNode cfPackage) {
        try {
            return json.writeValueAsBytes(cfPackage);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }
}
