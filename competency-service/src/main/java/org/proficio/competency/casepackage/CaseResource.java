package org.proficio.competency.casepackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.framework.Framework;
import org.proficio.platform.json.StrictJson;
import org.proficio.platform.problem.JsonProblems;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** CASE 1.0 CFPackage import, for district admins (the export is {@link CaseExportResource}). */
@Path("/api/v1/case/packages")
@Tag(name = "CASE import and export")
public class CaseResource {

    static final String PACKAGE_EXAMPLE = """
            {"CFDocument": {"identifier": "c6a2a1f0-6a5e-4d8c-9d4b-2d9f6c1e0a11", "title": "Ratios",
              "creator": "District", "uri": "https://case.example.org/ims/case/v1p0/CFDocuments/c6a2a1f0-6a5e-4d8c-9d4b-2d9f6c1e0a11",
              "lastChangeDateTime": "2024-05-01T12:00:00+00:00"},
             "CFItems": [{"identifier": "5b0c1e2a-0f7e-4a4e-8f7a-1a2b3c4d5e6f", "fullStatement": "Understand ratio concepts.",
              "humanCodingScheme": "6.RP.A", "uri": "https://case.example.org/ims/case/v1p0/CFItems/5b0c1e2a-0f7e-4a4e-8f7a-1a2b3c4d5e6f",
              "lastChangeDateTime": "2024-05-01T12:00:00+00:00"}],
             "CFAssociations": [{"identifier": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "associationType": "isChildOf",
              "originNodeURI": {"title": "6.RP.A", "identifier": "5b0c1e2a-0f7e-4a4e-8f7a-1a2b3c4d5e6f",
                "uri": "https://case.example.org/ims/case/v1p0/CFItems/5b0c1e2a-0f7e-4a4e-8f7a-1a2b3c4d5e6f"},
              "destinationNodeURI": {"title": "Ratios", "identifier": "c6a2a1f0-6a5e-4d8c-9d4b-2d9f6c1e0a11",
                "uri": "https://case.example.org/ims/case/v1p0/CFDocuments/c6a2a1f0-6a5e-4d8c-9d4b-2d9f6c1e0a11"},
              "uri": "https://case.example.org/ims/case/v1p0/CFAssociations/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
              "lastChangeDateTime": "2024-05-01T12:00:00+00:00"}]}""";
    private static final String REPORT_EXAMPLE = """
            {"frameworkId": "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b", "identifier": "c6a2a1f0-6a5e-4d8c-9d4b-2d9f6c1e0a11",
             "outcome": "CREATED", "items": 1, "associations": 1, "externalAssociations": 0,
             "associationsByType": {"isChildOf": 1}, "rubrics": 0, "definitions": 0,
             "issues": [{"path": "CFItems[3].fullStatement", "identifier": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a",
               "message": "is missing; the item is skipped"}]}""";

    private final CaseImporter importer;
    private final Caller caller;
    private final ObjectMapper json;

    private final Locations locations;

    public CaseResource(CaseImporter importer, Caller caller, ObjectMapper json, Locations locations) {
        this.locations = locations;
        this.importer = importer;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            summary = "Import a CASE 1.0 CFPackage as a framework",
            description = "The CFDocument identifier is the key: a new one creates a draft, the framework's draft is"
                    + " updated in place, a published version is never changed (same content: UNCHANGED, else a new"
                    + " draft superseding it). What could not be taken as given is listed in issues.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                                            description = "A CASE 1.0 CFPackage"),
                            examples = @ExampleObject(name = "package", value = PACKAGE_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created, updated or a new version; Location is the framework",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class),
                            examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "UNCHANGED: the published version has this content")
    @APIResponse(
            responseCode = "400",
            description = "Not JSON, or not a JSON object",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only district admins import")
    @APIResponse(
            responseCode = "413",
            description = "More than 20,000 items or associations, or a body over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "Not a CASE package (paths listed), duplicate identifiers, or a cycle among isChildOf or"
                    + " precedes (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> importPackage(byte[] body) {
        String district = caller.district();
        Uni<JsonNode> cfPackage = Uni.createFrom().item(() -> readTree(body));
        Context context = Vertx.currentContext();
        if (context != null) {
            // parsing up to 32 MB of JSON is CPU work: off the event loop, then back on the request's context
            cfPackage = cfPackage
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .emitOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return cfPackage
                .chain(pkg -> importer.importPackage(district, pkg, Framework.Origin.CASE))
                .map(report -> {
                    Response.ResponseBuilder response = report.outcome() == ImportReport.Outcome.UNCHANGED
                            ? Response.ok()
                            : Response.status(Response.Status.CREATED);
                    return locations
                            .withLocation(response, "/api/v1/frameworks/{id}", report.frameworkId())
                            .entity(report)
                            .build();
                });
    }

    /** The body as JSON; no JSON at all is a 400 that says where it breaks. */
    private JsonNode readTree(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : StrictJson.requireValid(json.readTree(body));
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
