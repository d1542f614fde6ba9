package org.proficio.competency.caseapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.proficio.competency.casepackage.CaseDefinition;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;
import org.proficio.platform.web.Locations;

/**
 * The CASE 1.0 REST read API (1EdTech), with the standard's paths, field names and {@code imsx_StatusInfo} errors. An
 * LMS reads its district's published frameworks here; a {@code sourcedId} is the CASE identifier, which all versions
 * of a framework share, and names the served version ({@link ServedVersions}).
 */
@Path(CaseApiResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CASE 1.0", description = "1EdTech Competencies and Academic Standards Exchange, read API")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
@APIResponse(
        responseCode = "401",
        description = "No valid bearer token (imsx_codeMinor unauthorisedrequest)",
        content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
@APIResponse(
        responseCode = "403",
        description = "The token names no district or no role that may read (forbidden)",
        content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
public class CaseApiResource {

    /** Where the API lives; the gateway routes {@code /ims/case/**} here. */
    public static final String ROOT = "/ims/case/v1p0";

    private static final String SOURCED_ID = "The CASE identifier of the object";
    private static final String TOTAL_COUNT = "X-Total-Count";

    private final CaseApiService service;
    private final Caller caller;
    private final CaseApiConfig config;

    private final Locations locations;

    public CaseApiResource(CaseApiService service, Caller caller, CaseApiConfig config, Locations locations) {
        this.locations = locations;
        this.service = service;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Path("CFDocuments")
    @Operation(
            operationId = "getAllCFDocuments",
            summary = "The CFDocuments of the district's published frameworks",
            description = "Paged by limit/offset (X-Total-Count and Link headers), sorted by sort/orderBy, filtered"
                    + " with the 1EdTech filter syntax (e.g. title~'math' AND lastChangeDateTime>'2018-01-01'),"
                    + " fields selects the fields returned.")
    @APIResponse(
            responseCode = "200",
            description = "{\"CFDocuments\": [...]}",
            content = @Content(examples = @ExampleObject(name = "documents", value = EXAMPLE_DOCUMENTS)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown sort field or orderBy (invalid_sort_field), filter (invalid_filter_field), fields,"
                    + " limit or offset (invalid_selection_field)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<Response> getAllCFDocuments(
            @QueryParam("limit")
                    @Parameter(description = "page size, default 100", schema = @Schema(type = SchemaType.INTEGER))
                    String limit,
            @QueryParam("offset")
                    @Parameter(description = "first record, default 0", schema = @Schema(type = SchemaType.INTEGER))
                    String offset,
            @QueryParam("sort") @Parameter(description = "CFDocument field to sort on, e.g. title") String sort,
            @QueryParam("orderBy") @Parameter(description = "asc (default) or desc") String orderBy,
            @QueryParam("filter") @Parameter(description = "e.g. title~'math' AND adoptionStatus='Adopted'")
                    String filter,
            @QueryParam("fields") @Parameter(description = "comma list of the fields to return") String fields,
            UriInfo uri) {
        DocumentListQuery query =
                DocumentListQuery.parse(limit, offset, sort, orderBy, filter, fields, config.maxLimit());
        return service.documents(caller.district(), query).map(result -> {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.putArray("CFDocuments").addAll(result.documents());
            Response.ResponseBuilder response = Response.ok(body).header(TOTAL_COUNT, result.total());
            String links = PageLinks.header(locations.request(uri), query.limit(), query.offset(), result.total());
            return (links == null ? response : response.header("Link", links)).build();
        });
    }

    @GET
    @Path("CFDocuments/{sourcedId}")
    @Operation(operationId = "getCFDocument", summary = "One CFDocument")
    @APIResponse(responseCode = "200", description = "The CFDocument")
    @APIResponse(
            responseCode = "404",
            description = "No such published framework in your district (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFDocument(
            @PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.document(caller.district(), sourcedId);
    }

    @GET
    @Path("CFPackages/{sourcedId}")
    @Operation(
            operationId = "getCFPackage",
            summary = "A whole framework: CFDocument, CFItems, CFAssociations, CFDefinitions and CFRubrics")
    @APIResponse(
            responseCode = "200",
            description = "The CFPackage",
            content = @Content(examples = @ExampleObject(name = "package", value = EXAMPLE_PACKAGE)))
    @APIResponse(
            responseCode = "404",
            description = "No such published framework in your district (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFPackage(@PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.cfPackage(caller.district(), sourcedId);
    }

    @GET
    @Path("CFItems/{sourcedId}")
    @Operation(operationId = "getCFItem", summary = "One CFItem (a competency)")
    @APIResponse(responseCode = "200", description = "The CFItem")
    @APIResponse(
            responseCode = "404",
            description = "No such item in a published framework of your district (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFItem(@PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.item(caller.district(), sourcedId);
    }

    @GET
    @Path("CFItemAssociations/{sourcedId}")
    @Operation(
            operationId = "getCFItemAssociations",
            summary = "A CFItem with every association that has it as origin or destination")
    @APIResponse(responseCode = "200", description = "{\"CFItem\": {...}, \"CFAssociations\": [...]}")
    @APIResponse(
            responseCode = "404",
            description = "No such item in a published framework of your district (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<Response> getCFItemAssociations(
            @PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.itemAssociations(caller.district(), sourcedId)
                .map(found -> Response.ok(found.body())
                        .header(TOTAL_COUNT, found.count())
                        .build());
    }

    @GET
    @Path("CFAssociations/{sourcedId}")
    @Operation(operationId = "getCFAssociation", summary = "One CFAssociation")
    @APIResponse(responseCode = "200", description = "The CFAssociation")
    @APIResponse(
            responseCode = "404",
            description = "No such association in a published framework of your district (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFAssociation(
            @PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.association(caller.district(), sourcedId);
    }

    @GET
    @Path("CFRubrics/{sourcedId}")
    @Operation(operationId = "getCFRubric", summary = "One CFRubric with its criteria and their levels")
    @APIResponse(responseCode = "200", description = "The CFRubric")
    @APIResponse(
            responseCode = "404",
            description = "No such rubric in a published framework of your district (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFRubric(@PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.rubric(caller.district(), sourcedId);
    }

    @GET
    @Path("CFAssociationGroupings/{sourcedId}")
    @Operation(operationId = "getCFAssociationGrouping", summary = "One CFAssociationGrouping")
    @APIResponse(responseCode = "200", description = "The CFAssociationGrouping")
    @APIResponse(
            responseCode = "404",
            description = "Unknown in your district's published frameworks (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFAssociationGrouping(
            @PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.definition(caller.district(), CaseDefinition.Kind.CFAssociationGrouping, sourcedId);
    }

    @GET
    @Path("CFLicenses/{sourcedId}")
    @Operation(operationId = "getCFLicense", summary = "One CFLicense")
    @APIResponse(responseCode = "200", description = "The CFLicense")
    @APIResponse(
            responseCode = "404",
            description = "Unknown in your district's published frameworks (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFLicense(@PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.definition(caller.district(), CaseDefinition.Kind.CFLicense, sourcedId);
    }

    @GET
    @Path("CFConcepts/{sourcedId}")
    @Operation(
            operationId = "getCFConcept",
            summary = "A CFConcept and its descendants by hierarchyCode: {\"CFConcepts\": [...]}")
    @APIResponse(responseCode = "200", description = "{\"CFConcepts\": [requested, descendants...]}")
    @APIResponse(
            responseCode = "404",
            description = "Unknown in your district's published frameworks (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFConcept(@PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.definitionSet(caller.district(), CaseDefinition.Kind.CFConcept, sourcedId);
    }

    @GET
    @Path("CFSubjects/{sourcedId}")
    @Operation(
            operationId = "getCFSubject",
            summary = "A CFSubject and its descendants by hierarchyCode: {\"CFSubjects\": [...]}")
    @APIResponse(responseCode = "200", description = "{\"CFSubjects\": [requested, descendants...]}")
    @APIResponse(
            responseCode = "404",
            description = "Unknown in your district's published frameworks (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFSubject(@PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.definitionSet(caller.district(), CaseDefinition.Kind.CFSubject, sourcedId);
    }

    @GET
    @Path("CFItemTypes/{sourcedId}")
    @Operation(
            operationId = "getCFItemType",
            summary = "A CFItemType and its descendants by hierarchyCode: {\"CFItemTypes\": [...]}")
    @APIResponse(responseCode = "200", description = "{\"CFItemTypes\": [requested, descendants...]}")
    @APIResponse(
            responseCode = "404",
            description = "Unknown in your district's published frameworks (unknownobject)",
            content = @Content(schema = @Schema(implementation = ImsxStatusInfo.class)))
    public Uni<ObjectNode> getCFItemType(
            @PathParam("sourcedId") @Parameter(description = SOURCED_ID) String sourcedId) {
        return service.definitionSet(caller.district(), CaseDefinition.Kind.CFItemType, sourcedId);
    }

    /** Any other path under the API: the standard's 404, not the service's problem+json. */
    @GET
    @Path("{unknown: .*}")
    @Operation(hidden = true)
    public Uni<ObjectNode> unknownPath(@PathParam("unknown") String path) {
        throw new CaseApiException(
                404, "path", ImsxStatusInfo.UNKNOWN_OBJECT, "The CASE 1.0 API has no resource at '" + path + "'.");
    }

    // The API only reads. Without these, a write to one of its paths would be RESTEasy's 405 in problem+json.

    @POST
    @Path("{any: .*}")
    @Operation(hidden = true)
    public Response post() {
        return CaseApiErrors.readOnly();
    }

    @PUT
    @Path("{any: .*}")
    @Operation(hidden = true)
    public Response put() {
        return CaseApiErrors.readOnly();
    }

    @DELETE
    @Path("{any: .*}")
    @Operation(hidden = true)
    public Response delete() {
        return CaseApiErrors.readOnly();
    }

    @PATCH
    @Path("{any: .*}")
    @Operation(hidden = true)
    public Response patch() {
        return CaseApiErrors.readOnly();
    }

    // Errors of this resource, including the security checks of its methods, come out as imsx_StatusInfo.

    @ServerExceptionMapper
    public Response refused(CaseApiException e) {
        return CaseApiErrors.of(e);
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthorised(RuntimeException e) {
        return CaseApiErrors.unauthorised();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return CaseApiErrors.forbidden("Your role may not read the CASE API.");
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return CaseApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        return CaseApiErrors.of(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return CaseApiErrors.unexpected(e);
    }

    private static final String EXAMPLE_DOCUMENTS = """
            {"CFDocuments": [{"identifier": "c5fb0812-d7cb-11e8-824f-0242ac160002",
              "uri": "https://proficio.example/ims/case/v1p0/CFDocuments/c5fb0812-d7cb-11e8-824f-0242ac160002",
              "CFPackageURI": {"title": "Ratios", "identifier": "c5fb0812-d7cb-11e8-824f-0242ac160002",
                "uri": "https://proficio.example/ims/case/v1p0/CFPackages/c5fb0812-d7cb-11e8-824f-0242ac160002"},
              "creator": "demo", "title": "Ratios", "lastChangeDateTime": "2026-11-23T10:00:00+00:00",
              "subject": ["Mathematics"], "version": "1.0"}]}""";

    private static final String EXAMPLE_PACKAGE = """
            {"CFDocument": {"identifier": "c5fb0812-d7cb-11e8-824f-0242ac160002", "title": "Ratios", "...": "..."},
             "CFItems": [{"identifier": "c5fb2f7a-d7cb-11e8-824f-0242ac160002", "fullStatement": "Understand ratios",
               "humanCodingScheme": "6.RP.A", "...": "..."}],
             "CFAssociations": [{"identifier": "c5fb4d22-d7cb-11e8-824f-0242ac160002", "associationType": "isChildOf",
               "originNodeURI": {"...": "..."}, "destinationNodeURI": {"...": "..."}, "...": "..."}],
             "CFDefinitions": {"CFConcepts": [], "CFSubjects": [], "CFLicenses": [], "CFItemTypes": [],
               "CFAssociationGroupings": []},
             "CFRubrics": []}""";
}
