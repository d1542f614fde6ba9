package org.proficio.assessment.bulk;

/** Example payloads shown in the OpenAPI document. */
final class BulkExamples {

    static final String REQUEST = """
            {
              "items": [
                {
                  "learnerId": "s-0001",
                  "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
                  "assessment": {"title": "Exit ticket", "kind": "FORMATIVE", "modality": "PERFORMANCE_TASK"},
                  "level": "developing",
                  "sourceId": "lms-123",
                  "observedAt": "2026-11-20T10:15:00Z"
                },
                {
                  "learnerId": "s-0002",
                  "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
                  "assessment": {"title": "Exit ticket", "kind": "FORMATIVE", "modality": "PERFORMANCE_TASK"},
                  "level": "excellent",
                  "sourceId": "lms-124"
                },
                {
                  "learnerId": "s-0003",
                  "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
                  "assessment": {"title": "Exit ticket", "kind": "FORMATIVE", "modality": "TELEPATHY"},
                  "sourceId": "lms-125"
                }
              ]
            }""";

    static final String RESULT = """
            {
              "accepted": 1,
              "rejected": 2,
              "items": [
                {"index": 0, "status": "ACCEPTED", "evidenceId": "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e", "sourceId": "lms-123"},
                {
                  "index": 1,
                  "status": "REJECTED",
                  "sourceId": "lms-124",
                  "problem": {
                    "type": "urn:proficio:problem:unprocessable",
                    "title": "Unprocessable content",
                    "status": 422,
                    "detail": "Level excellent is not on the framework's scale.",
                    "errors": [{"field": "level", "message": "must be one of beginning, developing, proficient, advanced"}]
                  }
                },
                {
                  "index": 2,
                  "status": "REJECTED",
                  "sourceId": "lms-125",
                  "problem": {
                    "type": "urn:proficio:problem:unreadable-body",
                    "title": "Unreadable request body",
                    "status": 400,
                    "detail": "The item is not JSON of the expected shape.",
                    "errors": [{"field": "assessment.modality", "message": "has the wrong type or format"}]
                  }
                }
              ]
            }""";

    static final String TOO_LARGE = """
            {
              "type": "urn:proficio:problem:content-too-large",
              "title": "Content too large",
              "status": 413,
              "detail": "A bulk request holds at most 1000 items; this one has 1001. Split it.",
              "instance": "/api/v1/evidence/bulk",
              "errors": [{"field": "items", "message": "must hold at most 1000 items"}]
            }""";

    private BulkExamples() {}
}
