package org.proficio.assessment.xapi;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.proficio.assessment.xapi.XapiRequests.AgentIdentifiers;
import org.proficio.assessment.xapi.XapiViews.AgentView;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.reactive.OneAfterAnother;

/** Maps xAPI agent identifiers to the district's learners. An identifier names one learner. */
@ApplicationScoped
public class XapiAgentService {

    private final XapiAgentRepository agents;

    public XapiAgentService(XapiAgentRepository agents) {
        this.agents = agents;
    }

    /**
     * Replaces the learner's identifiers with these; 409 when one of them is mapped to another learner (unmap it
     * there first). Identifiers the learner keeps keep their rows.
     */
    @WithTransaction
    public Uni<AgentView> replace(
            @NotNull String district,
            @NotNull String learnerId,
            @NotNull String by,
            @NotNull @Valid AgentIdentifiers identifiers) {
        Set<String> wanted = identifiers.ifis().stream().map(Ifi::key).collect(Collectors.toSet());
        return agents.ofLearnerOrHolding(district, learnerId, wanted).chain(rows -> {
            List<String> taken = rows.stream()
                    .filter(r -> !r.learnerId.equals(learnerId))
                    .map(r -> r.key.ifi + " is mapped to learner " + r.learnerId)
                    .sorted()
                    .toList();
            if (!taken.isEmpty()) {
                throw ProblemException.conflict("An xAPI identifier names one learner: " + String.join("; ", taken)
                        + ". Map it away from that learner first.");
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            List<XapiAgent> kept = new ArrayList<>();
            List<XapiAgent> dropped = new ArrayList<>();
            for (XapiAgent row : rows) {
                if (wanted.remove(row.key.ifi)) {
                    kept.add(row);
                } else {
                    dropped.add(row);
                }
            }
            List<XapiAgent> added = new ArrayList<>();
            for (String ifi : wanted) {
                XapiAgent row = new XapiAgent();
                row.key = new XapiAgent.Key(district, ifi);
                row.learnerId = learnerId;
                row.mappedBy = by;
                row.mappedAt = now;
                added.add(row);
            }
            kept.addAll(added);
            return OneAfterAnother.each(dropped, agents::delete)
                    .chain(() -> OneAfterAnother.each(added, agents::persist))
                    .call(agents::flush)
                    .map(ignored -> AgentView.of(learnerId, kept));
        });
    }

    /** The learner's identifiers (none mapped: all absent). */
    @WithSession
    public Uni<AgentView> find(@NotNull String district, @NotNull String learnerId) {
        return agents.ofLearner(district, learnerId).map(rows -> AgentView.of(learnerId, rows));
    }
}
