package org.proficio.competency.search;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.proficio.platform.paging.Page;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/** Competency search across the frameworks of the caller's district. */
@Path("/api/v1/competencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competency search")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.EDUCATOR, Roles.STUDENT, Roles.GUARDIAN, Roles.INTEGRATION})
public class CompetencySearchResource {

    private final CompetencySearchService service;
    private final Caller caller;

    public CompetencySearchResource(CompetencySearchService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Search competencies by words, code, framework, subject, education level and kind",
            description = "Full text over statements (full and abbreviated) and codes, ranked; a code equal to q,"
                    + " then codes starting with q, come first. Published frameworks only, unless a district admin"
                    + " asks for another status.")
    @APIResponse(responseCode = "200", description = "One page of hits, best first; nextCursor when more follow")
    @APIResponse(responseCode = "400", description = "A parameter is malformed (each listed in errors)")
    @APIResponse(responseCode = "403", description = "status=DRAFT asked by someone other than a district admin")
    public Uni<Page<CompetencyHit>> search(
            @QueryParam("q")
                    @Parameter(
                            description = "words in web-search syntax (quotes for phrases, - to exclude) or a code"
                                    + " prefix; at most 200 characters",
                            example = "ratio \"unit rate\"")
                    String q,
            @QueryParam("framework") @Parameter(description = "only this framework (id)") String framework,
            @QueryParam("subject") @Parameter(description = "a subject of the framework", example = "Mathematics")
                    String subject,
            @QueryParam("level")
                    @Parameter(description = "an education level of the competency or its framework", example = "06")
                    String level,
            @QueryParam("kind") @Parameter(description = "ACADEMIC, SKILL or DISPOSITION", example = "SKILL")
                    String kind,
            @QueryParam("status")
                    @Parameter(description = "framework status, PUBLISHED by default; others for district admins")
                    String status,
            @QueryParam("limit") @Parameter(description = "page size, 1..500, default 50") String limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        CompetencyQuery query = CompetencyQuery.parse(q, framework, subject, level, kind, status, limit, cursor);
        return service.search(caller.district(), query, caller.hasRole(Roles.DISTRICT_ADMIN));
    }
}
