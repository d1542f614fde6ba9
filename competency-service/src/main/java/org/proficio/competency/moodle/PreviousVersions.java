package org.proficio.competency.moodle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;

/** Reads the district's latest version of a framework identifier (its draft, else the newest) for a re-import. */
@ApplicationScoped
public class PreviousVersions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The latest version, or null when the district has no framework with this identifier. */
    @WithSession
    public Uni<PreviousVersion> latest(String district, String identifier) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "from Framework f where f.district = :district and f.identifier = :identifier"
                                        + " order by case when f.status = :draft then 0 else 1 end, f.createdAt desc",
                                Framework.class)
                        .setParameter("district", district)
                        .setParameter("identifier", identifier)
                        .setParameter("draft", Framework.Status.DRAFT)
                        .setMaxResults(1)
                        .getSingleResultOrNull()
                        .chain(f -> f == null ? Uni.createFrom().nullItem() : contents(s, f)));
    }

    private static Uni<PreviousVersion> contents(org.hibernate.reactive.mutiny.Mutiny.Session s, Framework f) {
        return s.createSelectionQuery("from Competency c where c.framework.id = :id", Competency.class)
                .setParameter("id", f.id)
                .getResultList()
                .chain(items -> s.createSelectionQuery(
                                "from Association a where a.framework.id = :id", Association.class)
                        .setParameter("id", f.id)
                        .getResultList()
                        .map(associations -> version(f, items, associations)));
    }

    private static PreviousVersion version(Framework f, List<Competency> items, List<Association> associations) {
        Map<String, PreviousVersion.Stamped> byItem = new HashMap<>();
        items.forEach(c -> byItem.put(c.identifier, new PreviousVersion.Stamped(MoodleStamps.item(c), c.lastChange)));
        Map<String, PreviousVersion.Stamped> byAssociation = new HashMap<>();
        associations.forEach(a -> byAssociation.put(
                a.identifier, new PreviousVersion.Stamped(MoodleStamps.association(a), a.lastChange)));
        return new PreviousVersion(
                new PreviousVersion.Stamped(MoodleStamps.document(f, extra(f.caseExtra)), f.lastChange),
                byItem,
                byAssociation);
    }

    private static JsonNode extra(String caseExtra) {
        if (caseExtra == null) {
            return null;
        }
        try {
            return JSON.readTree(caseExtra);
        } catch (JsonProcessingException e) {
            return null; // not ours to judge here: the framework then counts as changed
        }
    }
}
