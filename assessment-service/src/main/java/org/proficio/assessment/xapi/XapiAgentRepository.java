package org.proficio.assessment.xapi;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The district's xAPI agent identifiers and the learners they name. */
@ApplicationScoped
public class XapiAgentRepository implements PanacheRepositoryBase<XapiAgent, XapiAgent.Key> {

    /** The learner each of these identifiers is mapped to, by identifier key; unmapped ones are absent. */
    public Uni<Map<String, String>> learners(String district, Collection<String> ifis) {
        if (ifis.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("key.district = ?1 and key.ifi in ?2", district, ifis)
                .map(rows -> rows.stream().collect(Collectors.toMap(a -> a.key.ifi, a -> a.learnerId)));
    }

    /** The learner's identifiers, and the rows of other learners that hold any of {@code ifis}. */
    public Uni<List<XapiAgent>> ofLearnerOrHolding(String district, String learnerId, Collection<String> ifis) {
        return ifis.isEmpty()
                ? list("key.district = ?1 and learnerId = ?2", district, learnerId)
                : list("key.district = ?1 and (learnerId = ?2 or key.ifi in ?3)", district, learnerId, ifis);
    }

    /** The learner's identifiers, by key. */
    public Uni<List<XapiAgent>> ofLearner(String district, String learnerId) {
        return list("key.district = ?1 and learnerId = ?2 order by key.ifi", district, learnerId);
    }
}
