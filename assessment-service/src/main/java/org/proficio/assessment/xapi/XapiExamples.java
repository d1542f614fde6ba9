package org.proficio.assessment.xapi;

/** Example payloads shown in the OpenAPI document. */
final class XapiExamples {

    static final String STATEMENT = """
            {
              "id": "3f0a4c1e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
              "actor": {"objectType": "Agent", "name": "Ana Lopez", "mbox": "mailto:ana.lopez@students.example.org"},
              "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
              "object": {
                "id": "https://lms.example.org/xapi/activities/ratio-quiz",
                "definition": {
                  "name": {"en-US": "Ratio quiz"},
                  "moreInfo": "https://lms.example.org/quizzes/ratio/attempts/991"
                }
              },
              "result": {"score": {"scaled": 0.95}, "success": true, "completion": true},
              "timestamp": "2026-11-20T10:15:00Z"
            }""";

    static final String STATEMENTS = """
            [
              {
                "id": "3f0a4c1e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
                "actor": {"account": {"homePage": "https://sis.example.org", "name": "s-0001"}},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/scored"},
                "object": {"id": "https://lms.example.org/xapi/activities/ratio-quiz"},
                "result": {"score": {"raw": 17, "min": 0, "max": 20}},
                "timestamp": "2026-11-20T10:15:00Z"
              },
              {
                "actor": {"objectType": "Group", "name": "Team PB", "mbox": "mailto:teampb@example.com"},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
                "object": {"id": "http://www.example.com/meetings/occurances/34534"}
              }
            ]""";

    static final String RESULT = """
            {
              "counts": {"accepted": 1, "duplicate": 0, "rejected": 1},
              "results": [
                {
                  "index": 0,
                  "statementId": "3f0a4c1e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
                  "status": "ACCEPTED",
                  "evidenceId": "5f0c1a9e-8a43-4c1e-9d0b-2f6a7b8c9d0e",
                  "learnerId": "s-0001",
                  "assessmentId": "3c9a7e1f-5b2d-4f8e-9a6c-0d1e2f3a4b5c",
                  "level": "advanced",
                  "reasons": [],
                  "notes": ["result.score.raw 17 of 0..20 is 3.55 on the scale's 1..4: the nearest level is advanced"]
                },
                {
                  "index": 1,
                  "statementId": "0d5b7a4e-1c2f-4e3a-8b9c-7d6e5f4a3b2c",
                  "status": "REJECTED",
                  "evidenceId": null,
                  "learnerId": null,
                  "assessmentId": null,
                  "level": null,
                  "reasons": [
                    "evidence is about one learner; a Group actor is not mapped (send one statement per learner)",
                    "activity http://www.example.com/meetings/occurances/34534 is not mapped to an assessment of your district (set activityId on an assessment)"
                  ],
                  "notes": []
                }
              ]
            }""";

    static final String TOO_MANY = """
            {
              "type": "urn:proficio:problem:too-many-statements",
              "title": "Content too large",
              "status": 413,
              "detail": "At most 1000 statements per request; this one has 1200. Send them in several requests.",
              "instance": "/xapi/statements"
            }""";

    static final String BAD_VERSION = """
            {
              "type": "urn:proficio:problem:validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "The request has 1 invalid field(s).",
              "instance": "/xapi/statements",
              "errors": [{"field": "X-Experience-API-Version", "message": "must be 1.0.x; this endpoint speaks xAPI 1.0.3"}]
            }""";

    static final String AGENT = """
            {
              "mbox": "mailto:ana.lopez@students.example.org",
              "account": {"homePage": "https://lms.example.org", "name": "20931"}
            }""";

    static final String AGENT_VIEW = """
            {
              "learnerId": "s-0001",
              "mbox": "mailto:ana.lopez@students.example.org",
              "mbox_sha1sum": null,
              "openid": null,
              "account": {"homePage": "https://lms.example.org", "name": "20931"}
            }""";

    static final String AGENT_CONFLICT = """
            {
              "type": "urn:proficio:problem:conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "An xAPI identifier names one learner: mbox:mailto:ana.lopez@students.example.org is mapped to learner s-0002. Map it away from that learner first.",
              "instance": "/api/v1/xapi/agents/s-0001"
            }""";

    private XapiExamples() {}
}
