package org.proficio.assessment.calibration;

/** Example payloads shown in the OpenAPI document. */
final class CalibrationExamples {

    private CalibrationExamples() {}

    static final String ASSESSMENT_AGREEMENT = """
            {
              "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
              "from": "2026-11-01T00:00:00Z",
              "to": "2026-12-01T00:00:00Z",
              "items": 5,
              "pairs": 5,
              "exactAgreement": 40.0,
              "adjacentAgreement": 80.0,
              "quadraticWeightedKappa": 0.25,
              "raters": [
                {"rater": "teacher", "pairs": 5, "exactAgreement": 40.0, "adjacentAgreement": 80.0,
                 "quadraticWeightedKappa": 0.375},
                {"rater": "teacher2", "pairs": 5, "exactAgreement": 40.0, "adjacentAgreement": 80.0,
                 "quadraticWeightedKappa": 0.375}
              ]
            }""";

    static final String RATER_AGREEMENT = """
            {
              "rater": "teacher",
              "from": null,
              "to": null,
              "items": 5,
              "pairs": 5,
              "exactAgreement": 40.0,
              "adjacentAgreement": 80.0,
              "quadraticWeightedKappa": 0.375,
              "assessments": [
                {"assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c", "title": "Ratio project defense",
                 "items": 5, "pairs": 5, "exactAgreement": 40.0, "adjacentAgreement": 80.0,
                 "quadraticWeightedKappa": 0.375}
              ]
            }""";

    static final String BAD_PERIOD = """
            {
              "type": "urn:proficio:problem:validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "The period is not usable: give ISO-8601 date-times with offset, from before to.",
              "instance": "/api/v1/assessments/3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c/agreement",
              "errors": [{"field": "to", "message": "must be after from"}]
            }""";
}
