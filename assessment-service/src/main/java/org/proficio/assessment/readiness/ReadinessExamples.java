package org.proficio.assessment.readiness;

/** Example payloads for the OpenAPI document. */
final class ReadinessExamples {

    private ReadinessExamples() {}

    static final String NEW_PREPARATION = """
            {
              "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
              "activity": "Two tutoring sessions on equivalent ratios and a corrected practice set",
              "completedOn": "2026-11-21",
              "verifiedBy": "Ms. Alvarez (math tutor)"
            }""";

    static final String PREPARATION = """
            {
              "id": "7d2e4f6a-8b1c-4d3e-9f5a-6b7c8d9e0f1a",
              "learnerId": "s-0001",
              "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
              "activity": "Two tutoring sessions on equivalent ratios and a corrected practice set",
              "completedOn": "2026-11-21",
              "verifiedBy": "Ms. Alvarez (math tutor)",
              "recordedBy": "teacher",
              "recordedAt": "2026-11-21T15:02:11Z"
            }""";

    static final String PREPARATIONS = """
            {
              "items": [
                {
                  "id": "7d2e4f6a-8b1c-4d3e-9f5a-6b7c8d9e0f1a",
                  "learnerId": "s-0001",
                  "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
                  "activity": "Two tutoring sessions on equivalent ratios and a corrected practice set",
                  "completedOn": "2026-11-21",
                  "verifiedBy": "Ms. Alvarez (math tutor)",
                  "recordedBy": "teacher",
                  "recordedAt": "2026-11-21T15:02:11Z"
                }
              ],
              "nextCursor": null
            }""";

    static final String NEW_CONFIRMATION = """
            {
              "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
              "note": "Explained her ratio tables in conference; ready for the project defense"
            }""";

    static final String CONFIRMATION = """
            {
              "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
              "learnerId": "s-0001",
              "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
              "note": "Explained her ratio tables in conference; ready for the project defense",
              "confirmedBy": "teacher",
              "confirmedAt": "2026-11-21T15:05:00Z"
            }""";

    static final String CONFIRMATIONS = """
            {
              "items": [
                {
                  "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                  "learnerId": "s-0001",
                  "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
                  "note": "Explained her ratio tables in conference; ready for the project defense",
                  "confirmedBy": "teacher",
                  "confirmedAt": "2026-11-21T15:05:00Z"
                }
              ],
              "nextCursor": null
            }""";

    static final String READY = """
            {
              "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
              "ready": true,
              "nextAttempt": 1,
              "refusal": null,
              "unmet": [],
              "attempts": {"made": 0, "max": 3, "lastAt": null, "lastProficient": null, "nextAllowedAt": null}
            }""";

    static final String RETEST_REFUSED = """
            {
              "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
              "ready": false,
              "nextAttempt": 2,
              "refusal": "RETEST_REFUSED",
              "unmet": [
                {"condition": "PREPARATION",
                 "detail": "No preparation recorded since attempt 1 (submitted 2026-11-20T10:15:00Z)"},
                {"condition": "COOLDOWN", "detail": "The cooldown after attempt 1 ends at 2026-11-22T10:15Z"}
              ],
              "attempts": {
                "made": 1,
                "max": 3,
                "lastAt": "2026-11-20T10:15:00Z",
                "lastProficient": false,
                "nextAllowedAt": "2026-11-22T10:15:00Z"
              }
            }""";

    static final String UNPROCESSABLE = """
            {
              "type": "urn:proficio:problem:unprocessable",
              "title": "Unprocessable content",
              "status": 422,
              "detail": "The preparation cannot have been completed in the future.",
              "instance": "/api/v1/learners/s-0001/preparations",
              "errors": [{"field": "completedOn", "message": "lies in the future"}]
            }""";
}
