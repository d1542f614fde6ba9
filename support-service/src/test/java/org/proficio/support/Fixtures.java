package org.proficio.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.proficio.devstack.TestEvents;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/** Progression's events, shaped as conventions.md and the JSON Schemas say. */
public final class Fixtures {

    private Fixtures() {}

    public static Map<String, Object> struggling(String learnerId, UUID competencyId, UUID frameworkId, int count) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("learnerId", learnerId);
        data.put("competencyId", competencyId.toString());
        data.put("frameworkId", frameworkId.toString());
        data.put("consecutiveNonProficient", count);
        data.put("evidenceId", UUID.randomUUID().toString());
        data.put("detectedAt", now());
        return data;
    }

    public static Map<String, Object> mastered(String learnerId, UUID competencyId, UUID frameworkId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("learnerId", learnerId);
        data.put("competencyId", competencyId.toString());
        data.put("frameworkId", frameworkId.toString());
        data.put("evidenceId", UUID.randomUUID().toString());
        data.put("masteredAt", now());
        return data;
    }

    /** Publishes LearnerStruggling as progression-service would; returns the event id. */
    public static UUID struggle(String district, String learnerId, UUID competencyId, UUID frameworkId) {
        return TestEvents.publish(
                Topics.PROGRESSION,
                EventTypes.LEARNER_STRUGGLING,
                district,
                learnerId,
                struggling(learnerId, competencyId, frameworkId, 2));
    }

    /** Publishes CompetencyMastered as progression-service would; returns the event id. */
    public static UUID master(String district, String learnerId, UUID competencyId, UUID frameworkId) {
        return TestEvents.publish(
                Topics.PROGRESSION,
                EventTypes.COMPETENCY_MASTERED,
                district,
                learnerId,
                mastered(learnerId, competencyId, frameworkId));
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}
