package org.proficio.gateway.cors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.testsupport.StubUpstreams;

/** With no origins configured (the default), no foreign site may call the API from a browser. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class CorsDefaultsTest {

    @Test
    void rejectsCrossOriginPreflightWhenNoOriginIsConfigured() {
        Response response = given().header("Origin", "https://app.district.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/frameworks");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }
}
