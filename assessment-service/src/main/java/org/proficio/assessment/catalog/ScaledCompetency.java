package org.proficio.assessment.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proficio.catalog.CatalogCompetency;
import org.proficio.catalog.CatalogScaleLevel;

/**
 * A competency of a published framework together with the scale it is judged on: what evidence intake needs to
 * check and score a submission.
 *
 * @param levels the framework's scale, lowest level first
 */
public record ScaledCompetency(UUID competencyId, UUID frameworkId, List<Level> levels) {

    public ScaledCompetency {
        levels = List.copyOf(levels);
    }

    public record Level(String code, String label, BigDecimal score, boolean proficient) {}

    /** The level with this code, compared exactly as the framework spells it. */
    public Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The level's place on the scale, 0 for the lowest; -1 if the scale has no such level. */
    public int rank(String code) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> levelCodes() {
        return levels.stream().map(Level::code).toList();
    }

    static ScaledCompetency of(CatalogCompetency c, List<CatalogScaleLevel> scale) {
        return new ScaledCompetency(
                c.id,
                c.frameworkId,
                scale.stream()
                        .map(l -> new Level(l.code, l.label, l.score, l.proficient))
                        .toList());
    }
}
