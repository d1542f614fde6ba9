package org.proficio.competency.moodle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A Moodle framework as CASE sees it, plus what CASE has no place for.
 *
 * @param cfPackage the CASE 1.0 CFPackage: the framework row as CFDocument, competencies as CFItems, the tree as
 *     isChildOf and the cross-references as isRelatedTo CFAssociations
 * @param scale the framework's scale, lowest level first
 * @param issues what the conversion could not take as written, per row
 */
record MoodleConversion(
        String frameworkIdentifier, ObjectNode cfPackage, List<MoodleScale.Level> scale, List<RowIssue> issues) {}
