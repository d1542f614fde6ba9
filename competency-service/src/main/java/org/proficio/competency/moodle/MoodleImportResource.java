package org.proficio.competency.moodle;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.competency.casepackage.ImportReport;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/** Moodle competency framework import (the CSV of Moodle's "Export competency framework"), for district admins. */
@Path("/api/v1/moodle/frameworks")
@Tag(name = "Moodle import")
public class MoodleImportResource {

    static final String TEXT_CSV = "text/csv";

    private static final String CSV_EXAMPLE = """
            "Parent ID number","ID number","Short name",Description,"Description format","Scale values","Scale configuration","Rule type (optional)","Rule outcome (optional)","Rule config (optional)","Cross-referenced competency ID numbers","Exported ID (optional)","Is framework",Taxonomy
            ,OECD-CORE,OECD,"<p>The Core Competencies</p>",1,"Not yet competent,Competent","[{""scaleid"":""2""},{""id"":2,""scaledefault"":1,""proficient"":1}]",,,,,,1,"competency,competency"
            ,delivery,Delivery-related,"<p>Achieving Results</p>",1,,,,0,null,,8,,
            delivery,analytical-thinking,"Analytical Thinking","<p>Analytical Thinking is the ability to identify patterns.</p>",1,,,,0,null,,11,,
            """;
    private static final String REPORT_EXAMPLE = """
            {"frameworkId": "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b", "identifier": "8c0e2f38-3f3c-5d8e-9a51-0d1f6f2b7c44",
             "idNumber": "OECD-CORE", "outcome": "CREATED", "competencies": 2, "crossReferences": 0,
             "scale": [{"code": "not-yet-competent", "label": "Not yet competent", "score": 1, "proficient": false,
                        "defaultLevel": false},
                       {"code": "competent", "label": "Competent", "score": 2, "proficient": true, "defaultLevel": true}],
             "rowIssues": [{"row": 4, "idNumber": "analytical-thinking", "column": "Parent ID number",
                            "issue": "names no competency of the file (\\"delivry\\"); imported as a top-level competency."}],
             "caseIssues": []}""";

    private final MoodleImportService service;
    private final Caller caller;

    private final Locations locations;

    public MoodleImportResource(MoodleImportService service, Caller caller, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes({TEXT_CSV, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(
            summary = "Import a Moodle competency framework CSV as a framework",
            description = "The file Moodle's \"Export competency framework\" writes (admin/tool/lpimportcsv; either"
                    + " header spelling, UTF-8). The row with \"Is framework\" = 1 is the framework: its ID number is"
                    + " the key (a new one creates a draft, a draft is updated in place, a published version gives"
                    + " UNCHANGED or a new draft), its scale becomes the framework's scale. The other rows are the"
                    + " competency tree (parents may come after their children); cross-references become"
                    + " isRelatedTo associations. Rows naming unknown parents or cross-references are imported and"
                    + " listed in rowIssues.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = TEXT_CSV,
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING),
                            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created, updated or a new version; Location is the framework",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MoodleImportReport.class),
                            examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "UNCHANGED: the published version has this content and scale")
    @APIResponse(
            responseCode = "400",
            description =
                    "Not RFC 4180 CSV, rows with the wrong number of fields, or required columns missing" + " (listed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only district admins import")
    @APIResponse(
            responseCode = "422",
            description = "No framework row or several, rows without ID number or short name, repeated ID numbers,"
                    + " parents forming a cycle (named), or a scale without proficient level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> importCsv(String csv) {
        return service.importCsv(caller.district(), csv == null ? "" : csv).map(report -> {
            Response.ResponseBuilder response = report.outcome() == ImportReport.Outcome.UNCHANGED
                    ? Response.ok()
                    : Response.status(Response.Status.CREATED);
            return locations
                    .withLocation(response, "/api/v1/frameworks/{id}", report.frameworkId())
                    .entity(report)
                    .build();
        });
    }
}
