package org.proficio.competency.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** How loosely typed values of real packages are read. */
class CaseValuesTest {

    @Test
    void readsDateTimesWithAndWithoutZoneAsUtc() {
        assertThat(CaseValues.dateTime("2017-05-25T18:05:33")).contains(OffsetDateTime.parse("2017-05-25T18:05:33Z"));
        assertThat(CaseValues.dateTime("2017-05-25 18:05:33")).contains(OffsetDateTime.parse("2017-05-25T18:05:33Z"));
        assertThat(CaseValues.dateTime("2017-05-25T18:05:33+02:00"))
                .contains(OffsetDateTime.parse("2017-05-25T16:05:33Z"));
        assertThat(CaseValues.dateTime("2017-05-25T18:05:33+0200"))
                .contains(OffsetDateTime.parse("2017-05-25T16:05:33Z"));
        assertThat(CaseValues.dateTime("2017-05-25T18:05:33.1234567Z"))
                .contains(OffsetDateTime.parse("2017-05-25T18:05:33.123456Z"));
        assertThat(CaseValues.dateTime("2017-05-25")).contains(OffsetDateTime.parse("2017-05-25T00:00:00Z"));
        assertThat(CaseValues.dateTime("2017-13-25T18:05:33Z")).isEmpty();
        assertThat(CaseValues.dateTime("yesterday")).isEmpty();
    }

    @Test
    void writesDateTimesWithExplicitOffset() {
        assertThat(CaseJson.dateTime(OffsetDateTime.parse("2017-05-25T20:05:33+02:00")))
                .isEqualTo("2017-05-25T18:05:33+00:00");
        assertThat(CaseJson.dateTime(OffsetDateTime.parse("2017-05-25T18:05:33.5Z")))
                .isEqualTo("2017-05-25T18:05:33.5+00:00");
    }

    @Test
    void keepsDatesAsDatesAndNormalisesDateTimes() {
        assertThat(CaseValues.dateOrDateTime("2019-01-01")).contains("2019-01-01");
        assertThat(CaseValues.dateOrDateTime("2019-01-01T10:00:00")).contains("2019-01-01T10:00:00+00:00");
        assertThat(CaseValues.dateOrDateTime("01/01/2019")).isEmpty();
    }

    @Test
    void convertsIdentifiersThatAreNotUuidsToNameBasedUuids() {
        String url = "https://standards.example.org/items/S7";
        String converted = CaseValues.caseId(url);
        assertThat(CaseValues.isUuid(converted)).isTrue();
        assertThat(converted).as("the same for the same identifier").isEqualTo(CaseValues.caseId(url));
        assertThat(converted.charAt(14)).as("version 5").isEqualTo('5');
        assertThat(CaseValues.caseId("5b5f9983-eabb-4661-aca4-9e0c81046772"))
                .isEqualTo("5b5f9983-eabb-4661-aca4-9e0c81046772");
        assertThat(CaseValues.idOfUri("http://opensalt.example/uri/5b5f9983-eabb-4661-aca4-9e0c81046772"))
                .isEqualTo("5b5f9983-eabb-4661-aca4-9e0c81046772");
    }

    @Test
    void acceptsOnlyAbsoluteUris() {
        assertThat(CaseValues.isAbsoluteUri("https://x.example/a b")).isFalse();
        assertThat(CaseValues.isAbsoluteUri("/relative")).isFalse();
        assertThat(CaseValues.isAbsoluteUri("urn:x:1")).isTrue();
        assertThat(CaseValues.isAbsoluteUri(
                        "http://opensalt-staging.opened.com/uri/https://www.illustrativemathematics.org/x"))
                .isTrue();
    }
}
