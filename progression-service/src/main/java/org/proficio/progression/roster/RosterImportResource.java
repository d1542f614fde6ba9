package org.proficio.progression.roster;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.progression.roster.RosterUpload.NamedFile;

/**
 * OneRoster 1.1 and 1.2 CSV imports: a district's student information system export becomes its schools, learners
 * and the courses on their plans. District admins and integrations import.
 */
@Path("/api/v1/oneroster/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OneRoster import")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.INTEGRATION})
public class RosterImportResource {

    static final String ZIP = "application/zip";

    private static final String DESCRIPTION = "Reads orgs.csv (type school → schools), users.csv (students → learners;"
            + " the role comes from users.csv in 1.1, roles.csv in 1.2), courses.csv and classes.csv (a class's"
            + " course is matched to a course of the catalog by courseCode, else classCode, else the course's"
            + " sourcedId) and enrollments.csv (a student's enrollment puts the course on her plan, beginDate and"
            + " endDate as its dates; status tobedeleted takes it off). Other files (demographics, academic"
            + " sessions, ...) are left aside. Columns may come in any order and case; unknown columns are left"
            + " aside; a misspelt optional header is read as the column it is one or two letters away from; rows"
            + " with too few fields read as far as they go. Rows that cannot be taken are listed in rowIssues and the"
            + " rest is imported, in one transaction. An upload that is not OneRoster (no file the import reads, a"
            + " file without its required columns, text that is not CSV or not UTF-8) writes nothing. Importing the"
            + " same files again changes nothing.";

    private final RosterImportService service;
    private final Caller caller;
    private final Vertx vertx;

    public RosterImportResource(RosterImportService service, Caller caller, Vertx vertx) {
        this.service = service;
        this.caller = caller;
        this.vertx = vertx;
    }

    @POST
    @Consumes(ZIP)
    @Operation(operationId = "importOneRosterZip", summary = "Import a OneRoster CSV zip", description = DESCRIPTION)
    @RequestBody(
            required = true,
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "200",
            description = "What was read and written, and the rows that could not be taken",
            content = @Content(schema = @Schema(implementation = RosterReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a zip, a file that is not CSV or not UTF-8, or an unknown learnerId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only district admins and integrations import rosters")
    @APIResponse(responseCode = "413", description = "Larger than 32 MB, or unpacking to more than 256 MB")
    @APIResponse(
            responseCode = "422",
            description = "Not OneRoster: no file the import reads, a file twice, a file without its required"
                    + " columns (listed), or a manifest of another version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RosterReport> importZip(
            @QueryParam("learnerId")
                    @Parameter(
                            description = "the users.csv column that becomes the learner id: sourcedId (default),"
                                    + " identifier or username",
                            schema = @Schema(enumeration = {"sourcedId", "identifier", "username"}))
                    String learnerId,
            byte[] zip) {
        LearnerKey key = key(learnerId);
        return Uni.createFrom()
                .item(() -> RosterUpload.unzip(zip == null ? new byte[0] : zip))
                .chain(files -> service.importFiles(caller.district(), files, key));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "importOneRosterFiles",
            summary = "Import OneRoster CSV files sent one by one",
            description = "The files as parts of a form, each known by its file name (users.csv, ...). " + DESCRIPTION)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = RosterForm.class)))
    @APIResponse(
            responseCode = "200",
            description = "What was read and written, and the rows that could not be taken",
            content = @Content(schema = @Schema(implementation = RosterReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "No file, a file that is not CSV or not UTF-8, or an unknown learnerId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only district admins and integrations import rosters")
    @APIResponse(responseCode = "413", description = "Larger than 32 MB")
    @APIResponse(
            responseCode = "422",
            description = "Not OneRoster: no file the import reads, a file twice, a file without its required"
                    + " columns (listed), or a manifest of another version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RosterReport> importFiles(
            @QueryParam("learnerId")
                    @Parameter(
                            description = "the users.csv column that becomes the learner id: sourcedId (default),"
                                    + " identifier or username",
                            schema = @Schema(enumeration = {"sourcedId", "identifier", "username"}))
                    String learnerId,
            @RestForm(FileUpload.ALL) List<FileUpload> files) {
        LearnerKey key = key(learnerId);
        if (files == null || files.isEmpty()) {
            throw ProblemException.invalidField("files", "send the OneRoster CSV files as file parts of the form");
        }
        return Multi.createFrom()
                .iterable(files)
                .onItem()
                .transformToUniAndConcatenate(file -> vertx.fileSystem()
                        .readFile(file.uploadedFile().toString())
                        .map(buffer -> new NamedFile(
                                file.fileName() == null || file.fileName().isBlank() ? file.name() : file.fileName(),
                                buffer.getBytes())))
                .collect()
                .asList()
                .chain(named -> service.importFiles(caller.district(), named, key));
    }

    /** The form's shape, for the OpenAPI document: any number of file parts. */
    @Schema(name = "OneRosterFiles")
    static final class RosterForm {
        @Schema(
                type = SchemaType.ARRAY,
                description =
                        "the CSV files (orgs.csv, users.csv, roles.csv, courses.csv, classes.csv, enrollments.csv;"
                                + " others are left aside)",
                implementation = String.class,
                format = "binary")
        public List<String> files;
    }

    private static LearnerKey key(String learnerId) {
        if (learnerId == null || learnerId.isEmpty()) {
            return LearnerKey.sourcedId;
        }
        return Arrays.stream(LearnerKey.values())
                .filter(k -> k.name().equals(learnerId))
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.invalidField("learnerId", "must be sourcedId, identifier or username"));
    }
}
