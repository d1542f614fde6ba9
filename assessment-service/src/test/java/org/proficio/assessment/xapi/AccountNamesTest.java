package org.proficio.assessment.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which unmapped accounts name their learner: proficio.xapi.account-home-pages. */
class AccountNamesTest {

    @Test
    void accountNamesAreLearnerIdsForAnyHomePageUnlessSomeAreConfigured() {
        assertThat(XapiService.accountNameIsLearnerId(Optional.empty(), "https://lms.example.org"))
                .isTrue();
        assertThat(XapiService.accountNameIsLearnerId(
                        Optional.of(List.of("https://sis.example.org")), "https://sis.example.org"))
                .isTrue();
        assertThat(XapiService.accountNameIsLearnerId(
                        Optional.of(List.of("https://sis.example.org")), "https://lms.example.org"))
                .isFalse();
    }
}
