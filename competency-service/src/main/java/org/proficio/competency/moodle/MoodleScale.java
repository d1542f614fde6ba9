package org.proficio.competency.moodle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * The proficiency scale of a Moodle framework: its "Scale values" (the levels, lowest first, comma-separated) and
 * its "Scale configuration" (JSON: {@code [{"scaleid":"2"},{"id":2,"scaledefault":1,"proficient":1}]}, where
 * {@code id} is the 1-based position of a level). Levels not named in the configuration are not proficient.
 */
final class MoodleScale {

    /**
     * One level of the imported scale.
     *
     * @param code a slug of the label, unique within the scale
     * @param score the 1-based position
     * @param defaultLevel the level Moodle awards when a competency is completed by a rule or a course
     */
    record Level(String code, String label, BigDecimal score, boolean proficient, boolean defaultLevel) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private MoodleScale() {}

    static List<Level> of(MoodleRow framework) {
        String valuesField = MoodleCsv.field(framework.row(), MoodleColumn.SCALE_VALUES);
        String configField = MoodleCsv.field(framework.row(), MoodleColumn.SCALE_CONFIGURATION);
        List<String> labels = Arrays.stream(framework.scaleValues().split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (labels.isEmpty()) {
            throw invalid(new FieldError(valuesField, "names no levels; the framework needs its scale."));
        }
        Set<Integer> proficient = new HashSet<>();
        Set<Integer> defaults = new HashSet<>();
        for (JsonNode entry : configuration(framework.scaleConfiguration(), configField)) {
            if (!entry.has("id")) {
                continue; // the first entry names Moodle's scale id only
            }
            int id = entry.path("id").asInt(0);
            if (id < 1 || id > labels.size()) {
                throw invalid(new FieldError(
                        configField, "names level " + entry.path("id") + "; the scale has " + labels.size() + "."));
            }
            if (entry.path("proficient").asInt(0) == 1) {
                proficient.add(id);
            }
            if (entry.path("scaledefault").asInt(0) == 1) {
                defaults.add(id);
            }
        }
        if (proficient.isEmpty()) {
            throw invalid(
                    new FieldError(configField, "marks no level \"proficient\":1; mastery could never be shown."));
        }
        if (defaults.size() > 1) {
            throw invalid(new FieldError(configField, "marks " + defaults.size() + " levels \"scaledefault\":1."));
        }
        List<Level> levels = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            int id = i + 1;
            levels.add(new Level(
                    code(labels.get(i), id, codes),
                    labels.get(i),
                    BigDecimal.valueOf(id),
                    proficient.contains(id),
                    defaults.contains(id)));
        }
        return levels;
    }

    private static JsonNode configuration(String text, String field) {
        try {
            JsonNode config = JSON.readTree(text);
            if (config != null && config.isArray()) {
                return config;
            }
        } catch (JsonProcessingException e) {
            // reported below with the same message as any other shape
        }
        throw invalid(new FieldError(
                field,
                "is not Moodle's scale configuration, a JSON array like [{\"scaleid\":\"2\"},"
                        + "{\"id\":2,\"scaledefault\":1,\"proficient\":1}]."));
    }

    private static String code(String label, int id, Set<String> taken) {
        String slug = Normalizer.normalize(label, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String code = slug.isEmpty() ? "level-" + id : slug;
        return taken.add(code) ? code : uniqueCode(code, taken);
    }

    private static String uniqueCode(String code, Set<String> taken) {
        int n = 2;
        while (!taken.add(code + "-" + n)) {
            n++;
        }
        return code + "-" + n;
    }

    private static ProblemException invalid(FieldError error) {
        return new ProblemException(
                422,
                "moodle-scale",
                "Unusable Moodle scale",
                "The framework row's scale cannot be used.",
                List.of(error));
    }
}
