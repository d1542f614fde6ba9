package org.proficio.competency.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.proficio.competency.rubric.RubricRequests.NewCriterion;
import org.proficio.competency.rubric.RubricRequests.NewRubric;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * What a rubric must fit: each criterion judges a competency of the rubric's framework, and describes levels of the
 * framework's scale, each at most once. Every problem is reported at once, with the field it is in.
 */
final class RubricRules {

    private RubricRules() {}

    /**
     * @param competencies the ids among the request's that are competencies of the framework
     * @param scaleCodes the codes of the framework's scale, lowest first
     */
    static void check(UUID frameworkId, NewRubric request, Set<UUID> competencies, List<String> scaleCodes) {
        List<FieldError> errors = new ArrayList<>();
        for (int c = 0; c < request.criteria().size(); c++) {
            NewCriterion criterion = request.criteria().get(c);
            String at = "criteria[" + c + "]";
            if (!competencies.contains(criterion.competencyId())) {
                errors.add(new FieldError(
                        at + ".competencyId",
                        "is not a competency of framework " + frameworkId + ": " + criterion.competencyId()));
            }
            Map<String, Integer> indexByLevel = new HashMap<>();
            for (int l = 0; l < criterion.levels().size(); l++) {
                String level = criterion.levels().get(l).scaleLevel();
                if (!scaleCodes.contains(level)) {
                    errors.add(new FieldError(
                            at + ".levels[" + l + "].scaleLevel",
                            "is not a level of the framework's scale (" + String.join(", ", scaleCodes) + "): "
                                    + level));
                    continue;
                }
                Integer first = indexByLevel.putIfAbsent(level, l);
                if (first != null) {
                    errors.add(new FieldError(
                            at + ".levels[" + l + "].scaleLevel",
                            "duplicates " + at + ".levels[" + first + "].scaleLevel: one descriptor per level"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    422,
                    "invalid-rubric",
                    "Invalid rubric",
                    "The rubric does not fit framework " + frameworkId + ".",
                    errors);
        }
    }
}
