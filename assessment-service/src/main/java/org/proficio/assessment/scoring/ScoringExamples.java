package org.proficio.assessment.scoring;

/** Example payloads shown in the OpenAPI document. */
final class ScoringExamples {

    private ScoringExamples() {}

    static final String NEW_SCORE = """
            {
              "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
              "level": "proficient",
              "criteria": [{"criterionId": "7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f", "level": "advanced"}],
              "feedback": "Clear ratio tables; label the units in part 2."
            }""";

    static final String SCORE_AWAITING = """
            {
              "evidenceId": "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
              "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
              "score": {
                "rater": "teacher",
                "level": "proficient",
                "proficient": true,
                "criteria": [{"criterionId": "7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f", "level": "advanced"}],
                "feedback": "Clear ratio tables; label the units in part 2.",
                "scoredAt": "2026-11-21T09:00:00.123456Z"
              },
              "status": "AWAITING_SCORES",
              "ratersRequired": 2,
              "ratersScored": 1,
              "finalScore": null
            }""";

    static final String SCORE_FINAL = """
            {
              "evidenceId": "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
              "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
              "score": {
                "rater": "teacher2",
                "level": "advanced",
                "proficient": true,
                "criteria": [],
                "feedback": "Strong reasoning.",
                "scoredAt": "2026-11-21T09:30:00.654321Z"
              },
              "status": "FINAL",
              "ratersRequired": 2,
              "ratersScored": 2,
              "finalScore": {
                "level": "proficient", "score": 3, "proficient": true, "basis": "AGREEMENT",
                "criteria": [{"criterionId": "7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f", "level": "advanced"}],
                "feedback": "Clear ratio tables; label the units in part 2.\\nStrong reasoning.",
                "scoredAt": "2026-11-21T09:30:00.654321Z"
              }
            }""";

    static final String SCORES = """
            {
              "evidenceId": "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
              "learnerId": "s-0001",
              "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
              "agreement": "ADJACENT",
              "competencies": [
                {
                  "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
                  "status": "AWAITING_SCORES",
                  "ratersRequired": 2,
                  "ratersScored": 1,
                  "yourScore": null,
                  "othersVisible": false,
                  "otherScores": [],
                  "finalScore": null
                }
              ]
            }""";

    static final String DECISION = """
            {
              "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
              "level": "developing",
              "feedback": "The table is right; the explanation of part 2 is still missing."
            }""";

    static final String DECIDED = """
            {
              "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
              "status": "FINAL",
              "ratersRequired": 2,
              "ratersScored": 2,
              "yourScore": null,
              "othersVisible": true,
              "otherScores": [
                {"rater": "teacher", "level": "beginning", "proficient": false, "criteria": [], "feedback": null,
                 "scoredAt": "2026-11-21T09:00:00.123456Z"},
                {"rater": "teacher2", "level": "proficient", "proficient": true, "criteria": [], "feedback": null,
                 "scoredAt": "2026-11-21T09:30:00.654321Z"}
              ],
              "finalScore": {
                "level": "developing", "score": 2, "proficient": false, "basis": "MODERATION", "criteria": [],
                "feedback": "The table is right; the explanation of part 2 is still missing.",
                "scoredAt": "2026-11-21T11:00:00.000001Z"
              }
            }""";

    static final String QUEUE = """
            {
              "items": [
                {
                  "evidenceId": "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
                  "learnerId": "s-0001",
                  "competencyId": "0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e",
                  "frameworkId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                  "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
                  "assessmentTitle": "Ratio project defense",
                  "requiredAt": "2026-11-21T09:30:00.654321Z",
                  "raterLevels": [{"rater": "teacher", "level": "beginning"}, {"rater": "teacher2", "level": "proficient"}]
                }
              ],
              "nextCursor": null
            }""";

    static final String UNPROCESSABLE = """
            {
              "type": "urn:proficio:problem:unprocessable",
              "title": "Unprocessable content",
              "status": 422,
              "detail": "Level excellent is not on the framework's scale.",
              "instance": "/api/v1/evidence/5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e/scores",
              "errors": [{"field": "level", "message": "must be one of beginning, developing, proficient, advanced"}]
            }""";

    static final String CONFLICT = """
            {
              "type": "urn:proficio:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "You already scored evidence 5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e on competency 0b7e6f7c-2d0e-4a55-9a0c-6d1f2b3c4d5e.",
              "instance": "/api/v1/evidence/5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e/scores",
              "errors": []
            }""";

    static final String OWN_EVIDENCE = """
            {
              "type": "urn:proficio:problem:forbidden",
              "title": "Forbidden",
              "status": 403,
              "detail": "You may not score your own evidence.",
              "instance": "/api/v1/evidence/5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e/scores",
              "errors": []
            }""";
}
