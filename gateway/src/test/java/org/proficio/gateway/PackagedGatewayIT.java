package org.proficio.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.testsupport.StubUpstreams;
import org.proficio.gateway.testsupport.TestTokens;

/** The packaged jar in the prod profile: what @QuarkusTest can't prove about the production build. */
@QuarkusIntegrationTest
@WithTestResource(StubUpstreams.class)
class PackagedGatewayIT {

    @Test
    void proxiesWithTokenAndRejectsWithout() {
        JsonPath echo = given().auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/learners/s-0001/progress")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(echo.getString("service")).isEqualTo("progression");

        given().get("/api/v1/learners/s-0001/progress").then().statusCode(401);
    }

    @Test
    void servesMergedOpenApiAndSwaggerUiInProduction() {
        JsonPath doc =
                given().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getMap("paths")).containsKey("/api/v1/learners/{learnerId}/progress");

        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
