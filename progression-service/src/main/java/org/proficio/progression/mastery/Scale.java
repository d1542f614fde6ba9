package org.proficio.progression.mastery;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.proficio.catalog.CatalogScaleLevel;

/**
 * The proficiency scale a competency is judged on: where proficient starts, its top, and the level a value falls in.
 *
 * @param levels lowest score first
 */
public record Scale(BigDecimal proficient, BigDecimal top, List<Level> levels) {

    /** A level of the scale. */
    public record Level(String code, String label, BigDecimal score) {}

    /** The four-level default scale every district starts with (beginning 1 … advanced 4, proficient from 3). */
    public static final Scale DEFAULT = new Scale(
            BigDecimal.valueOf(3),
            BigDecimal.valueOf(4),
            List.of(
                    new Level("beginning", "Beginning", BigDecimal.ONE),
                    new Level("developing", "Developing", BigDecimal.valueOf(2)),
                    new Level("proficient", "Proficient", BigDecimal.valueOf(3)),
                    new Level("advanced", "Advanced", BigDecimal.valueOf(4))));

    /**
     * The framework's scale from the catalog read model; the default scale when the read model does not have it (the
     * framework's snapshot has not arrived yet) or it names no proficient level.
     */
    public static Scale of(List<CatalogScaleLevel> catalog) {
        List<CatalogScaleLevel> sorted =
                catalog.stream().sorted(Comparator.comparing(l -> l.score)).toList();
        BigDecimal proficient = sorted.stream()
                .filter(l -> l.proficient)
                .map(l -> l.score)
                .findFirst()
                .orElse(null);
        if (proficient == null) {
            return DEFAULT;
        }
        return new Scale(
                proficient,
                sorted.get(sorted.size() - 1).score,
                sorted.stream().map(l -> new Level(l.code, l.label, l.score)).toList());
    }

    /** The highest level whose score the value reaches; the lowest level below all of them; null for no value. */
    public Level levelOf(BigDecimal value) {
        if (value == null || levels.isEmpty()) {
            return null;
        }
        Level reached = levels.get(0);
        for (Level level : levels) {
            if (value.compareTo(level.score()) >= 0) {
                reached = level;
            }
        }
        return reached;
    }

    public boolean reachesProficient(BigDecimal value) {
        return value != null && value.compareTo(proficient) >= 0;
    }
}
