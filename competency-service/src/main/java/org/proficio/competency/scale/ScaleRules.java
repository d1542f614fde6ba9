package org.proficio.competency.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proficio.competency.scale.ScaleRequests.NewLevel;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * What makes a list of levels a proficiency scale: at least two levels, unique codes, strictly increasing scores,
 * and proficiency at the top: at least one level proficient, every level above a proficient one proficient too, and
 * the lowest not (a scale on which everything is proficient cannot tell mastery from not yet). Every problem is
 * reported at once, with the field it is in.
 */
final class ScaleRules {

    private ScaleRules() {}

    static void check(List<NewLevel> levels) {
        List<FieldError> errors = new ArrayList<>();
        if (levels.size() < 2) {
            errors.add(new FieldError("levels", "a scale needs at least 2 levels, has " + levels.size()));
        }
        Map<String, Integer> indexByCode = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            Integer first = indexByCode.putIfAbsent(levels.get(i).code(), i);
            if (first != null) {
                errors.add(new FieldError("levels[" + i + "].code", "duplicates levels[" + first + "].code"));
            }
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).score().compareTo(levels.get(i - 1).score()) <= 0) {
                errors.add(new FieldError(
                        "levels[" + i + "].score",
                        "must be greater than levels[" + (i - 1) + "].score ("
                                + levels.get(i - 1).score()
                                + "): scores increase from the lowest level to the highest"));
            }
        }
        checkProficientAtTop(levels, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    422, "invalid-scale", "Invalid proficiency scale", "The levels do not form a scale.", errors);
        }
    }

    private static void checkProficientAtTop(List<NewLevel> levels, List<FieldError> errors) {
        if (levels.isEmpty()) {
            return;
        }
        if (levels.stream().noneMatch(NewLevel::proficient)) {
            errors.add(new FieldError("levels", "at least one level must be proficient"));
            return;
        }
        if (levels.size() >= 2 && levels.get(0).proficient()) {
            errors.add(new FieldError(
                    "levels[0].proficient",
                    "the lowest level cannot be proficient: a scale needs a level for work that is not there yet"));
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i - 1).proficient() && !levels.get(i).proficient()) {
                errors.add(new FieldError(
                        "levels[" + i + "].proficient",
                        "must be proficient: it is above levels[" + (i - 1) + "], which is (proficient levels are"
                                + " the top ones)"));
            }
        }
    }
}
