package org.proficio.assessment.assessment;

/** Example payloads for the OpenAPI document. */
final class AssessmentExamples {

    private AssessmentExamples() {}

    static final String NEW_ASSESSMENT = """
            {
              "title": "Ratio project defense",
              "kind": "SUMMATIVE",
              "modality": "PRESENTATION",
              "competencyIds": ["0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e"],
              "rubricId": "6a1d3c2b-0f4e-4b9a-8c7d-1e2f3a4b5c6d",
              "activityId": "https://lms.example.org/xapi/activities/ratio-project",
              "sourceId": "lms-assessment-42",
              "calibration": {"ratersRequired": 2, "agreement": "ADJACENT"},
              "readiness": {"formativeEvidence": 2, "confirmationRequired": false},
              "retest": {"preparationRequired": true, "cooldown": "P2D", "maxAttempts": 3},
              "studentSubmission": {"allowed": false}
            }""";

    static final String ASSESSMENT = """
            {
              "id": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
              "title": "Ratio project defense",
              "description": null,
              "kind": "SUMMATIVE",
              "modality": "PRESENTATION",
              "frameworkId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
              "competencyIds": ["0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e"],
              "rubricId": "6a1d3c2b-0f4e-4b9a-8c7d-1e2f3a4b5c6d",
              "activityId": "https://lms.example.org/xapi/activities/ratio-project",
              "sourceId": "lms-assessment-42",
              "calibration": {"ratersRequired": 2, "agreement": "ADJACENT"},
              "readiness": {"formativeEvidence": 2, "confirmationRequired": false},
              "retest": {"preparationRequired": true, "cooldown": "PT48H", "maxAttempts": 3},
              "studentSubmission": {"allowed": false},
              "createdBy": "demo-lms",
              "createdAt": "2026-11-20T10:15:00Z",
              "updatedAt": "2026-11-20T10:15:00Z",
              "revision": 1
            }""";

    static final String UNPROCESSABLE = """
            {
              "type": "urn:proficio:problem:unprocessable",
              "title": "Unprocessable content",
              "status": 422,
              "detail": "Every competency must be in a published framework of your district.",
              "instance": "/api/v1/assessments",
              "errors": [{"field": "competencyIds[0]", "message": "names no published competency of your district"}]
            }""";
}
