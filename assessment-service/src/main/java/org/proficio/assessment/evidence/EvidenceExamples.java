package org.proficio.assessment.evidence;

/** Example payloads shown in the OpenAPI document. */
final class EvidenceExamples {

    static final String NEW_EVIDENCE = """
            {
              "learnerId": "s-0001",
              "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
              "assessment": {"title": "Exit ticket", "kind": "FORMATIVE", "modality": "PERFORMANCE_TASK"},
              "level": "developing",
              "sourceId": "lms-123",
              "observedAt": "2026-11-20T10:15:00Z",
              "artifact": {
                "url": "https://lms.example.org/submissions/123",
                "mediaType": "application/pdf",
                "checksum": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "title": "Ratio tables worksheet"
              }
            }""";

    static final String OUTSIDE_SCHOOL = """
            {
              "learnerId": "s-0001",
              "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
              "assessment": {"title": "Water utility internship", "kind": "FORMATIVE", "modality": "EXTERNAL"},
              "text": "Computed chlorine dosing ratios for three reservoirs each week.",
              "outsideSchool": {
                "setting": "Summer internship at the city water utility",
                "verifier": {"name": "Dana Reyes", "role": "Internship supervisor", "contact": "dana.reyes@water.example.gov"}
              }
            }""";

    static final String EVIDENCE = """
            {
              "id": "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
              "learnerId": "s-0001",
              "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
              "frameworkId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
              "assessmentId": null,
              "attempt": null,
              "assessment": {"title": "Exit ticket", "kind": "FORMATIVE", "modality": "PERFORMANCE_TASK"},
              "status": "FINAL",
              "competencies": [
                {
                  "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
                  "status": "FINAL",
                  "score": {"level": "developing", "score": 2, "proficient": false, "basis": "SUBMITTED",
                            "criteria": [], "feedback": null, "scoredAt": "2026-11-20T10:16:02.123456Z"}
                }
              ],
              "sourceId": "lms-123",
              "observedAt": "2026-11-20T10:15:00Z",
              "submittedAt": "2026-11-20T10:16:02.123456Z",
              "submittedBy": "demo-lms",
              "artifact": {
                "url": "https://lms.example.org/submissions/123",
                "mediaType": "application/pdf",
                "checksum": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "title": "Ratio tables worksheet"
              },
              "text": null,
              "outsideSchool": null,
              "score": {"level": "developing", "score": 2, "proficient": false, "basis": "SUBMITTED",
                        "criteria": [], "feedback": null, "scoredAt": "2026-11-20T10:16:02.123456Z"}
            }""";

    static final String PAGE = """
            {
              "items": [
                {
                  "id": "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
                  "learnerId": "s-0001",
                  "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
                  "frameworkId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                  "assessment": {"title": "Exit ticket", "kind": "FORMATIVE", "modality": "PERFORMANCE_TASK"},
                  "status": "FINAL",
                  "observedAt": "2026-11-20T10:15:00Z",
                  "submittedAt": "2026-11-20T10:16:02.123456Z",
                  "score": {"level": "developing", "score": 2, "proficient": false, "basis": "SUBMITTED",
                            "scoredAt": "2026-11-20T10:16:02.123456Z"}
                }
              ],
              "nextCursor": "MjAyNi0xMS0yMFQxMDoxNjowMi4xMjM0NTZafDVmMGMxYTll"
            }""";

    static final String INVALID = """
            {
              "type": "urn:proficio:problem:validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "The request has 2 invalid field(s).",
              "instance": "/api/v1/evidence",
              "errors": [
                {"field": "assessment.title", "message": "must not be blank"},
                {"field": "learnerId", "message": "size must be between 0 and 100"}
              ]
            }""";

    static final String UNPROCESSABLE = """
            {
              "type": "urn:proficio:problem:unprocessable",
              "title": "Unprocessable content",
              "status": 422,
              "detail": "Level excellent is not on the framework's scale.",
              "instance": "/api/v1/evidence",
              "errors": [{"field": "level", "message": "must be one of beginning, developing, proficient, advanced"}]
            }""";

    static final String NOT_FOUND = """
            {
              "type": "urn:proficio:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No evidence 5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e.",
              "instance": "/api/v1/evidence/5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e"
            }""";

    static final String STUDENT_SUBMISSION_NOT_ALLOWED = """
            {
              "type": "urn:proficio:problem:student-submission-not-allowed",
              "title": "Student submission not allowed",
              "status": 403,
              "detail": "Assessment 3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c does not take learners' own submissions: attempts at it are submitted by your school's LMS or an educator.",
              "instance": "/api/v1/evidence",
              "errors": [{"field": "assessmentId", "message": "does not take learners' own submissions"}]
            }""";

    static final String OWN_SCORE = """
            {
              "type": "urn:proficio:problem:forbidden",
              "title": "Forbidden",
              "status": 403,
              "detail": "You may not score your own evidence.",
              "instance": "/api/v1/evidence"
            }""";

    static final String NOT_READY = """
            {
              "type": "urn:proficio:problem:not-ready",
              "title": "Not ready for this assessment",
              "status": 409,
              "detail": "Learner s-0001 may not make attempt 1 at assessment 3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c yet (FORMATIVE_EVIDENCE): 1 of 2 formative pieces of evidence on competency 0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e.",
              "instance": "/api/v1/evidence",
              "errors": [{"field": "FORMATIVE_EVIDENCE", "message": "1 of 2 formative pieces of evidence on competency 0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e"}]
            }""";

    private EvidenceExamples() {}
}
