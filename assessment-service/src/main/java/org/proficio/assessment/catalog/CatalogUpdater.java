package org.proficio.assessment.catalog;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proficio.platform.inbox.Inbox;
import org.proficio.platform.inbox.IncomingEvent;
import org.proficio.platform.inbox.UnreadableEventException;

/**
 * Upserts a {@code FrameworkPublished} snapshot into the catalog read model. Rows are compared value by value and
 * only what differs is written, so a snapshot applied a second time (a re-publication, or a replay under a new
 * event id) changes nothing. Runs inside the inbox's transaction: the change and the record of the event commit
 * together.
 */
@ApplicationScoped
public class CatalogUpdater {

    private final CatalogFrameworkRepository frameworks;
    private final Inbox inbox;

    public CatalogUpdater(CatalogFrameworkRepository frameworks, Inbox inbox) {
        this.frameworks = frameworks;
        this.inbox = inbox;
    }

    /** Applies a FrameworkPublished event of the event's district. */
    public Uni<Void> frameworkPublished(IncomingEvent event) {
        FrameworkPublished snapshot = readable(event);
        return frameworks.findComplete(snapshot.frameworkId()).chain(existing -> {
            if (existing == null) {
                CatalogFramework framework = new CatalogFramework();
                framework.id = snapshot.frameworkId();
                framework.district = event.district();
                merge(framework, snapshot);
                return frameworks.persist(framework).replaceWithVoid();
            }
            if (!existing.district.equals(event.district())) {
                // Framework ids are UUIDs minted by the competency-service; a clash across districts is not ours to
                // resolve, and overwriting would leak one district's catalog into another's.
                throw new UnreadableEventException("event " + event.id() + " publishes framework " + existing.id
                        + " for district " + event.district() + ", but it belongs to another district");
            }
            if (snapshot.publishedAt().isBefore(existing.publishedAt)) {
                Log.infof(
                        "event %s: framework %s snapshot of %s is older than the one applied (%s); ignored",
                        event.id(), existing.id, snapshot.publishedAt(), existing.publishedAt);
                return Uni.createFrom().voidItem();
            }
            merge(existing, snapshot);
            return Uni.createFrom().voidItem();
        });
    }

    /** The snapshot, if it is one the read model can hold: valid (checked by the inbox) and without repeats. */
    private FrameworkPublished readable(IncomingEvent event) {
        FrameworkPublished snapshot = inbox.data(event, FrameworkPublished.class);
        requireUnique(event, "competency id", snapshot.competencies(), FrameworkPublished.Item::id);
        requireUnique(event, "scale level code", snapshot.scale().levels(), FrameworkPublished.Level::code);
        return snapshot;
    }

    private static <T, K> void requireUnique(IncomingEvent event, String what, List<T> items, Function<T, K> key) {
        Set<K> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new UnreadableEventException("event " + event.id() + " repeats " + what + " " + key.apply(item));
            }
        }
    }

    /** Makes the framework's rows equal to the snapshot, assigning only values that differ. */
    private static void merge(CatalogFramework framework, FrameworkPublished snapshot) {
        framework.title = changed(framework.title, snapshot.title());
        framework.version = changed(framework.version, snapshot.version());
        framework.publishedAt = changed(framework.publishedAt, snapshot.publishedAt());
        mergeCompetencies(framework, snapshot);
        mergeScale(framework, snapshot);
    }

    private static void mergeCompetencies(CatalogFramework framework, FrameworkPublished snapshot) {
        Map<UUID, CatalogCompetency> current =
                framework.competencies.stream().collect(Collectors.toMap(c -> c.id, c -> c));
        Set<UUID> kept = new HashSet<>();
        for (FrameworkPublished.Item item : snapshot.competencies()) {
            kept.add(item.id());
            CatalogCompetency competency = current.get(item.id());
            if (competency == null) {
                competency = new CatalogCompetency();
                competency.id = item.id();
                competency.framework = framework;
                competency.district = framework.district;
                framework.competencies.add(competency);
            }
            competency.code = changed(competency.code, item.code());
            competency.statement = changed(competency.statement, item.statement());
            competency.parentId = changed(competency.parentId, item.parentId());
            if (competency.position != item.position()) {
                competency.position = item.position();
            }
        }
        framework.competencies.removeIf(c -> !kept.contains(c.id));
    }

    private static void mergeScale(CatalogFramework framework, FrameworkPublished snapshot) {
        Map<String, CatalogScaleLevel> current =
                framework.scale.stream().collect(Collectors.toMap(l -> l.code, l -> l));
        Set<String> kept = new HashSet<>();
        int position = 0;
        for (FrameworkPublished.Level level : snapshot.scale().levels()) {
            kept.add(level.code());
            CatalogScaleLevel row = current.get(level.code());
            if (row == null) {
                row = new CatalogScaleLevel();
                row.id = UUID.randomUUID();
                row.framework = framework;
                row.district = framework.district;
                row.code = level.code();
                framework.scale.add(row);
            }
            row.label = changed(row.label, level.label());
            row.score = changed(row.score, level.score());
            if (row.proficient != level.proficient()) {
                row.proficient = level.proficient();
            }
            if (row.position != position) {
                row.position = position;
            }
            position++;
        }
        framework.scale.removeIf(l -> !kept.contains(l.code));
    }

    private static <T> T changed(T current, T next) {
        return Objects.equals(current, next) ? current : next;
    }

    /** Same instant, whatever the offset: PostgreSQL keeps the instant only. */
    private static OffsetDateTime changed(OffsetDateTime current, OffsetDateTime next) {
        return current != null && current.isEqual(next) ? current : next;
    }

    /** Same number, whatever the scale: {@code 3} and {@code 3.0} are one score. */
    private static BigDecimal changed(BigDecimal current, BigDecimal next) {
        return current != null && current.compareTo(next) == 0 ? current : next;
    }
}
