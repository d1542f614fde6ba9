package org.proficio.progression.learner;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** The district's schools. */
@ApplicationScoped
public class SchoolRepository implements PanacheRepositoryBase<School, School.Key> {

    /** The schools of the district among {@code schoolIds}. */
    public Uni<List<School>> findAll(String district, Collection<String> schoolIds) {
        return LearnerRepository.inChunks(
                schoolIds,
                ids -> list(
                        "district = :district and schoolId in :ids",
                        Parameters.with("district", district).and("ids", ids)));
    }

    /** A page of the district's schools by school id, after {@code after} (null: from the first). */
    public Uni<List<School>> page(String district, String after, int rows) {
        return after == null
                ? find("district", Sort.by("schoolId"), district).page(0, rows).list()
                : find(
                                "district = :district and schoolId > :after",
                                Sort.by("schoolId"),
                                Parameters.with("district", district).and("after", after))
                        .page(0, rows)
                        .list();
    }
}
