package org.proficio.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UpstreamOriginTest {

    @Test
    void takesHostPortAndSchemeFromTheBaseUrl() {
        UpstreamOrigin origin = UpstreamOrigin.of(Upstream.SUPPORT, URI.create("https://support.proficio.svc"));

        assertThat(origin.host()).isEqualTo("support.proficio.svc");
        assertThat(origin.port()).isEqualTo(443);
        assertThat(origin.ssl()).isTrue();
        assertThat(origin.url("/q/openapi")).isEqualTo("https://support.proficio.svc:443/q/openapi");
    }

    @Test
    void keepsAPathPrefixWithoutTrailingSlash() {
        UpstreamOrigin origin = UpstreamOrigin.of(Upstream.COMPETENCY, URI.create("http://ingress:8000/competency/"));

        assertThat(origin.pathPrefix()).isEqualTo("/competency");
        assertThat(origin.url("/q/openapi?format=json"))
                .isEqualTo("http://ingress:8000/competency/q/openapi?format=json");
    }

    @Test
    void rejectsBaseUrlsThatAreNotAbsoluteHttpUrls() {
        assertThatThrownBy(() -> UpstreamOrigin.of(Upstream.COMPETENCY, URI.create("localhost:8081")))
                .hasMessageContaining("competency-service");
        assertThatThrownBy(() -> UpstreamOrigin.of(Upstream.COMPETENCY, URI.create("ftp://host/")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
