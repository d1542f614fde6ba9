package org.proficio.competency.caseapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.UriBuilder;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static final UriBuilder REQUEST =
            UriBuilder.fromUri("http://lms.example/ims/case/v1p0/CFDocuments?sort=title&limit=2&offset=2");

    @Test
    void linksNextPrevFirstAndLastKeepingTheOtherParameters() {
        assertThat(PageLinks.header(REQUEST, 2, 2, 7))
                .isEqualTo("<http://lms.example/ims/case/v1p0/CFDocuments?sort=title&limit=2&offset=4>; rel=\"next\", "
                        + "<http://lms.example/ims/case/v1p0/CFDocuments?sort=title&limit=2&offset=0>; rel=\"prev\", "
                        + "<http://lms.example/ims/case/v1p0/CFDocuments?sort=title&limit=2&offset=0>; rel=\"first\", "
                        + "<http://lms.example/ims/case/v1p0/CFDocuments?sort=title&limit=2&offset=6>; rel=\"last\"");
    }

    @Test
    void lastPageHasNoNext() {
        assertThat(PageLinks.header(REQUEST, 2, 6, 7))
                .doesNotContain("rel=\"next\"")
                .contains("offset=4>; rel=\"prev\"");
    }

    @Test
    void noHeaderWhenOnePageHoldsEverything() {
        assertThat(PageLinks.header(REQUEST, 100, 0, 7)).isNull();
    }
}
