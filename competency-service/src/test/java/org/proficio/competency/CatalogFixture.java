package org.proficio.competency;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.framework.ScaleLevel;

/**
 * Frameworks written straight to the database for tests of the features built on them (rubrics, resources,
 * courses), so that those tests do not depend on how frameworks are created or published through the API.
 */
public final class CatalogFixture {

    /** A framework as the tests address it: its id and its competencies' ids by code. */
    public record Catalog(UUID frameworkId, Map<String, UUID> competencies) {

        public UUID competency(String code) {
            UUID id = competencies.get(code);
            if (id == null) {
                throw new IllegalArgumentException("no competency " + code);
            }
            return id;
        }
    }

    private static final List<Object[]> DEFAULT_LEVELS = List.of(
            new Object[] {"beginning", "Beginning", 1, false},
            new Object[] {"developing", "Developing", 2, false},
            new Object[] {"proficient", "Proficient", 3, true},
            new Object[] {"advanced", "Advanced", 4, true});

    private CatalogFixture() {}

    /** A framework of the district with the default scale and one flat competency per code. */
    public static Catalog framework(String district, Framework.Status status, String... codes) throws Throwable {
        Framework framework = new Framework();
        framework.id = UUID.randomUUID();
        framework.identifier = framework.id.toString();
        framework.district = district;
        framework.title = "Fixture " + String.join(" ", codes);
        framework.version = "1.0";
        framework.status = status;
        framework.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        framework.publishedAt = status == Framework.Status.DRAFT ? null : framework.createdAt;
        Map<String, UUID> ids = new LinkedHashMap<>();
        int position = 0;
        for (String code : codes) {
            Competency c = new Competency();
            c.id = UUID.randomUUID();
            c.identifier = c.id.toString();
            c.framework = framework;
            c.district = district;
            c.code = code;
            c.statement = "Statement of " + code;
            c.position = position++;
            framework.competencies.add(c);
            ids.put(code, c.id);
        }
        List<ScaleLevel> scale = new ArrayList<>();
        for (Object[] l : DEFAULT_LEVELS) {
            ScaleLevel level = new ScaleLevel();
            level.id = UUID.randomUUID();
            level.framework = framework;
            level.position = scale.size();
            level.code = (String) l[0];
            level.label = (String) l[1];
            level.score = BigDecimal.valueOf((Integer) l[2]);
            level.proficient = (Boolean) l[3];
            scale.add(level);
        }
        framework.scale.addAll(scale);
        // Hibernate Reactive needs a Vert.x context; the test thread has none.
        VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session.persist(framework))));
        return new Catalog(framework.id, ids);
    }

    /** Marks a draft published, as publishing would, without the event. */
    public static void publish(UUID frameworkId) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createMutationQuery(
                                "update Framework set status = :published, publishedAt = :now where id = :id")
                        .setParameter("published", Framework.Status.PUBLISHED)
                        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .setParameter("id", frameworkId)
                        .executeUpdate())));
    }
}
