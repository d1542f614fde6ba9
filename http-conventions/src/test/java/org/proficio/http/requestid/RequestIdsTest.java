package org.proficio.http.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void acceptsCommonIdFormats() {
        assertThat(RequestIds.accept("0f8fad5b-d9cb-469f-a165-70867728950e", 128))
                .isPresent();
        assertThat(RequestIds.accept("lms:batch/42.retry_3", 128)).isPresent();
        assertThat(RequestIds.accept("YWJjZGVm+/==", 128)).isPresent();
    }

    @Test
    void rejectsEmptyOverlongAndUnsafeIds() {
        assertThat(RequestIds.accept(null, 128)).isEmpty();
        assertThat(RequestIds.accept("", 128)).isEmpty();
        assertThat(RequestIds.accept("x".repeat(129), 128)).isEmpty();
        assertThat(RequestIds.accept("two words", 128)).isEmpty();
        assertThat(RequestIds.accept("a\"quote", 128)).isEmpty();
        assertThat(RequestIds.accept("line\nbreak", 128)).isEmpty();
    }
}
