package org.proficio.progression.policy;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Versions of mastery policies, always looked up within one district. */
@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<PolicyVersion, UUID> {

    /** The highest version of the scope (a framework's override, or the district's policy for null); null if none. */
    public Uni<PolicyVersion> current(String district, UUID frameworkId) {
        return frameworkId == null
                ? find(
                                "district = :district and frameworkId is null order by version desc",
                                Parameters.with("district", district))
                        .firstResult()
                : find(
                                "district = :district and frameworkId = :framework order by version desc",
                                Parameters.with("district", district).and("framework", frameworkId))
                        .firstResult();
    }

    /** The policy that judges the framework's competencies: its override, else the district's, else the built-in. */
    public Uni<PolicyInForce> inForce(String district, UUID frameworkId) {
        return find(
                        "district = :district and (frameworkId = :framework or frameworkId is null)"
                                + " order by case when frameworkId is null then 1 else 0 end, version desc",
                        Parameters.with("district", district).and("framework", frameworkId))
                .firstResult()
                .map(policy -> policy == null ? PolicyInForce.BUILT_IN : PolicyInForce.of(policy));
    }

    /** The district's policy and every framework override, each in its current version. */
    public Uni<List<PolicyVersion>> currentOfDistrict(String district) {
        return find(
                        "from PolicyVersion p where p.district = :district and p.version = (select max(q.version)"
                                + " from PolicyVersion q where q.district = p.district and (q.frameworkId = p.frameworkId"
                                + " or (q.frameworkId is null and p.frameworkId is null)))"
                                + " order by p.frameworkId nulls first",
                        Parameters.with("district", district))
                .list();
    }

    /** Every version of the scope, newest first. */
    public Uni<List<PolicyVersion>> versions(String district, UUID frameworkId) {
        return frameworkId == null
                ? find(
                                "district = :district and frameworkId is null order by version desc",
                                Parameters.with("district", district))
                        .list()
                : find(
                                "district = :district and frameworkId = :framework order by version desc",
                                Parameters.with("district", district).and("framework", frameworkId))
                        .list();
    }
}
