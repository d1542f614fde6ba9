package org.proficio.assessment.xapi;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients get back from xAPI intake and the agent mapping. */
public final class XapiViews {

    private XapiViews() {}

    /** What became of one statement. */
    public enum Status {
        /** It is now evidence (evidenceId). */
        ACCEPTED,
        /** This statement (same id, same content) was accepted before: nothing was written, evidenceId is the first. */
        DUPLICATE,
        /** It did not become evidence; reasons say why. Nothing of it was written. */
        REJECTED
    }

    @Schema(name = "XapiStatementResult", description = "What became of one statement of the request.")
    public record StatementResult(
            @Schema(description = "Its position in the request, 0 for the first (or only) statement")
            int index,

            @Schema(description = "The statement's id, assigned when it had none; absent when its id is not a UUID")
            UUID statementId,

            Status status,

            @Schema(description = "The evidence it became (ACCEPTED) or became before (DUPLICATE)")
            UUID evidenceId,

            @Schema(description = "The learner the actor was mapped to (ACCEPTED)")
            String learnerId,

            @Schema(description = "The assessment its activity is mapped to (ACCEPTED)")
            UUID assessmentId,

            @Schema(description = "The level its result was placed at; absent when raters will score the evidence")
            String level,

            @Schema(description = "Why it was rejected, or why it is a duplicate")
            List<String> reasons,

            @Schema(description = "How an accepted statement was mapped (score to level, what was not used)")
            List<String> notes) {

        static StatementResult rejected(int index, UUID statementId, List<String> reasons) {
            return new StatementResult(
                    index, statementId, Status.REJECTED, null, null, null, null, List.copyOf(reasons), List.of());
        }

        static StatementResult duplicate(int index, UUID statementId, UUID evidenceId, String reason) {
            return new StatementResult(
                    index, statementId, Status.DUPLICATE, evidenceId, null, null, null, List.of(reason), List.of());
        }
    }

    @Schema(name = "XapiCounts")
    public record Counts(int accepted, int duplicate, int rejected) {}

    @Schema(name = "XapiStatementsResult", description = "One result per statement, in the order sent.")
    public record StatementsResult(Counts counts, List<StatementResult> results) {

        static StatementsResult of(List<StatementResult> results) {
            int accepted = 0;
            int duplicate = 0;
            int rejected = 0;
            for (StatementResult r : results) {
                switch (r.status()) {
                    case ACCEPTED -> accepted++;
                    case DUPLICATE -> duplicate++;
                    case REJECTED -> rejected++;
                }
            }
            return new StatementsResult(new Counts(accepted, duplicate, rejected), List.copyOf(results));
        }
    }

    @Schema(
            name = "XapiAgent",
            description = "The xAPI agent identifiers mapped to a learner: statements whose actor has one of them are"
                    + " evidence of this learner.")
    public record AgentView(
            String learnerId, String mbox, String mbox_sha1sum, String openid, XapiRequests.AccountRef account) {

        static AgentView of(String learnerId, List<XapiAgent> rows) {
            String mbox = null;
            String sha1 = null;
            String openid = null;
            XapiRequests.AccountRef account = null;
            for (XapiAgent row : rows) {
                Ifi ifi = Ifi.parse(row.key.ifi);
                switch (ifi.kind()) {
                    case MBOX -> mbox = ifi.value();
                    case MBOX_SHA1SUM -> sha1 = ifi.value();
                    case OPENID -> openid = ifi.value();
                    case ACCOUNT -> account = new XapiRequests.AccountRef(ifi.accountHomePage(), ifi.accountName());
                }
            }
            return new AgentView(learnerId, mbox, sha1, openid, account);
        }
    }
}
