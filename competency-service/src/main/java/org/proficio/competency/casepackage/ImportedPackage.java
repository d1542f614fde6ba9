package org.proficio.competency.casepackage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.rubric.Rubric;

/**
 * A package as it will be stored, not yet written: the rows without their internal ids (the writer gives them), in
 * stored order. Items are in depth-first tree order; {@code parents} names each item's parent item by identifier.
 *
 * @param parents child identifier to parent identifier, for items whose parent is an item (roots are absent)
 * @param external how many associations have an end outside the package
 */
record ImportedPackage(
        Framework framework,
        List<Competency> items,
        Map<String, String> parents,
        List<Association> associations,
        int external,
        List<CaseDefinition> definitions,
        List<Rubric> rubrics,
        List<ImportReport.Issue> issues) {

    Map<String, Integer> associationsByType() {
        Map<String, Integer> byType = new TreeMap<>();
        associations.forEach(a -> byType.merge(a.type, 1, Integer::sum));
        return byType;
    }

    ImportReport report(java.util.UUID frameworkId, ImportReport.Outcome outcome) {
        return new ImportReport(
                frameworkId,
                framework.identifier,
                outcome,
                items.size(),
                associations.size(),
                external,
                associationsByType(),
                rubrics.size(),
                definitions.size(),
                issues);
    }
}
