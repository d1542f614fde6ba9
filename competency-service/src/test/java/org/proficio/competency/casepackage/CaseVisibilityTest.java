package org.proficio.competency.casepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.framework.FrameworkService;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/** Only district admins import; exports are as visible as the framework; nothing crosses districts. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class CaseVisibilityTest {

    private static final String DISTRICT = "case-visibility-test";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    CaseImporter importer;

    @Inject
    FrameworkService frameworks;

    static UUID draft;
    static UUID published;

    @BeforeEach
    void importOnce() throws Throwable {
        if (draft != null) {
            return;
        }
        JsonNode opensalt = CasePackages.load(CasePackages.OPENSALT);
        published = VertxContextSupport.subscribeAndAwait(
                        () -> importer.importPackage(DISTRICT, opensalt, Framework.Origin.CASE)
                                .call(r -> frameworks.publish(DISTRICT, r.frameworkId(), null)))
                .frameworkId();
        draft = VertxContextSupport.subscribeAndAwait(() -> importer.importPackage(
                        DISTRICT, CasePackages.load(CasePackages.ORDERING), Framework.Origin.CASE))
                .frameworkId();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void educatorExportsPublishedFrameworkButNotDraft() {
        String body = CaseImports.export(published.toString())
                .statusCode(200)
                .body("CFDocument.identifier", equalTo("20c5134f-423d-4097-a971-3dd5152bf507"))
                .extract()
                .asString();
        assertThat(body).contains("CFItems");
        CaseImports.export(draft.toString()).statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void adminExportsDraft() {
        CaseImports.export(draft.toString()).statusCode(200).body("CFItems.size()", equalTo(28));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-visibility-other"))
    void otherDistrictGets404() {
        CaseImports.export(published.toString()).statusCode(404).contentType(PROBLEM);
        CaseImports.export(draft.toString()).statusCode(404).contentType(PROBLEM);
        CaseImports.export(UUID.randomUUID().toString()).statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentCannotImport() {
        CaseImports.importJson(CasePackages.text(CasePackages.UTF8))
                .statusCode(403)
                .contentType(PROBLEM);
        CaseImports.export(published.toString()).statusCode(200);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void educatorCannotImport() {
        CaseImports.importJson(CasePackages.text(CasePackages.UTF8))
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void anonymousCannotImportOrExport() {
        CaseImports.importJson(CasePackages.text(CasePackages.UTF8)).statusCode(401);
        CaseImports.export(published.toString()).statusCode(401);
    }
}
