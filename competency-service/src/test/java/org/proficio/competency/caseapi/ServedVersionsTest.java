package org.proficio.competency.caseapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.competency.framework.Framework;

class ServedVersionsTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-01T00:00:00Z");

    private static Framework version(String identifier, Framework.Status status, int day) {
        Framework f = new Framework();
        f.id = UUID.randomUUID();
        f.identifier = identifier;
        f.status = status;
        f.createdAt = T0.plusDays(day);
        if (status != Framework.Status.DRAFT) {
            f.publishedAt = T0.plusDays(day).plusHours(1);
        }
        if (status == Framework.Status.RETIRED) {
            f.retiredAt = T0.plusDays(day + 10);
        }
        return f;
    }

    @Test
    void servesThePublishedVersionOverOlderRetiredAndNewerDrafts() {
        Framework v1 = version("x", Framework.Status.RETIRED, 0);
        Framework v2 = version("x", Framework.Status.PUBLISHED, 1);
        Framework v3 = version("x", Framework.Status.DRAFT, 2);
        assertThat(ServedVersions.of(List.of(v1, v2, v3))).containsSame(v2);
    }

    @Test
    void servesNothingOnceEveryVersionIsRetired() {
        Framework v1 = version("x", Framework.Status.RETIRED, 0);
        Framework v2 = version("x", Framework.Status.RETIRED, 1);
        assertThat(ServedVersions.of(List.of(v2, v1))).isEmpty();
    }

    @Test
    void neverServesDrafts() {
        assertThat(ServedVersions.of(List.of(version("x", Framework.Status.DRAFT, 0))))
                .isEmpty();
    }

    @Test
    void picksOneVersionPerFrameworkInOrderOfAppearance() {
        Framework a1 = version("a", Framework.Status.RETIRED, 0);
        Framework b1 = version("b", Framework.Status.PUBLISHED, 1);
        Framework a2 = version("a", Framework.Status.PUBLISHED, 2);
        Framework c1 = version("c", Framework.Status.DRAFT, 3);
        Framework d1 = version("d", Framework.Status.RETIRED, 4);
        assertThat(ServedVersions.perFramework(List.of(a1, b1, a2, c1, d1))).containsExactly(a2, b1);
    }
}
