package org.proficio.competency.prerequisite;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.VertxContextSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.competency.framework.FrameworkRequests.NewFramework;
import org.proficio.competency.framework.FrameworkService;
import org.proficio.competency.framework.FrameworkViews.FrameworkView;

/**
 * Creates frameworks for tests through the framework service (requests written as JSON-shaped maps, so that they
 * read like the API's bodies). Hibernate Reactive needs a Vert.x context; the test thread has none.
 */
@jakarta.inject.Singleton
public class TestFrameworks {

    private final FrameworkService frameworks;
    private final ObjectMapper json;

    public TestFrameworks(FrameworkService frameworks, ObjectMapper json) {
        this.frameworks = frameworks;
        this.json = json;
    }

    /** A competency of a request body: code, statement and any other field of NewCompetency. */
    public static Map<String, Object> competency(String code, String statement, Object... more) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("statement", statement);
        for (int i = 0; i < more.length; i += 2) {
            c.put((String) more[i], more[i + 1]);
        }
        return c;
    }

    /** A draft with flat competencies named by their codes; gives each code's competency id. */
    public Map<String, UUID> draft(String district, String title, String... codes) {
        List<Map<String, Object>> competencies = new ArrayList<>();
        for (String code : codes) {
            competencies.add(competency(code, "Statement of " + code));
        }
        return ids(create(district, Map.of("title", title, "competencies", competencies)));
    }

    /** A draft from a full request body. */
    public FrameworkView create(String district, Map<String, Object> body) {
        NewFramework request = json.convertValue(body, NewFramework.class);
        return await(() -> frameworks.create(district, request));
    }

    public FrameworkView publish(String district, UUID framework) {
        return await(() -> frameworks.publish(district, framework, null));
    }

    public FrameworkView retire(String district, UUID framework) {
        return await(() -> frameworks.retire(district, framework, null));
    }

    /** The framework of a competency created by {@link #draft}. */
    public static UUID frameworkOf(Map<String, UUID> ids) {
        return ids.get(FRAMEWORK);
    }

    private static final String FRAMEWORK = "@framework";

    private static Map<String, UUID> ids(FrameworkView view) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        view.competencies().forEach(c -> ids.put(c.code(), c.id()));
        ids.put(FRAMEWORK, view.id());
        return ids;
    }

    private static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
