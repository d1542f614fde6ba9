package org.proficio.progression.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The OneRoster 1.1 and 1.2 CSV files the import reads, with the columns each must have and the optional ones it
 * knows (a misspelt optional header is read as the column it is closest to). Every other file of the standard is
 * recognised and left aside; see {@link #IGNORED}.
 */
enum RosterFileType {
    ORGS("orgs.csv", List.of("sourcedId", "name", "type"), List.of("identifier", "parentSourcedId")),
    USERS(
            "users.csv",
            List.of("sourcedId", "givenName", "familyName"),
            List.of(
                    "enabledUser",
                    "orgSourcedIds",
                    "role",
                    "username",
                    "userIds",
                    "middleName",
                    "identifier",
                    "email",
                    "sms",
                    "phone",
                    "agentSourcedIds",
                    "grades",
                    "password",
                    "userMasterIdentifier",
                    "preferredGivenName",
                    "preferredMiddleName",
                    "preferredFamilyName",
                    "primaryOrgSourcedId",
                    "pronouns")),
    ROLES(
            "roles.csv",
            List.of("sourcedId", "userSourcedId", "role"),
            List.of("roleType", "beginDate", "endDate", "orgSourcedId", "userProfileSourcedId")),
    COURSES(
            "courses.csv",
            List.of("sourcedId", "title"),
            List.of("schoolYearSourcedId", "courseCode", "grades", "orgSourcedId", "subjects", "subjectCodes")),
    CLASSES(
            "classes.csv",
            List.of("sourcedId", "courseSourcedId"),
            List.of(
                    "title",
                    "grades",
                    "classCode",
                    "classType",
                    "location",
                    "schoolSourcedId",
                    "termSourcedIds",
                    "subjects",
                    "subjectCodes",
                    "periods")),
    ENROLLMENTS(
            "enrollments.csv",
            List.of("sourcedId", "classSourcedId", "userSourcedId", "role"),
            List.of("schoolSourcedId", "primary", "beginDate", "endDate"));

    /** Columns every OneRoster file may have. */
    static final List<String> COMMON = List.of("status", "dateLastModified");

    /** The standard's other files (and the manifest): recognised, read by nobody here. */
    static final Set<String> IGNORED = Set.of(
            "manifest.csv",
            "academicsessions.csv",
            "categories.csv",
            "classresources.csv",
            "courseresources.csv",
            "demographics.csv",
            "lineitems.csv",
            "lineitemlearningobjectiveids.csv",
            "lineitemscorescales.csv",
            "resources.csv",
            "results.csv",
            "resultlearningobjectiveids.csv",
            "resultscorescales.csv",
            "scorescales.csv",
            "userprofiles.csv",
            "userresources.csv");

    final String fileName;
    final List<String> required;
    final List<String> optional;

    RosterFileType(String fileName, List<String> required, List<String> optional) {
        this.fileName = fileName;
        this.required = required;
        this.optional = optional;
    }

    /** The type of a file by its name (any folder, any case), if the import reads it. */
    static Optional<RosterFileType> of(String fileName) {
        String base = baseName(fileName);
        return Arrays.stream(values()).filter(t -> t.fileName.equals(base)).findFirst();
    }

    /** The file's name without folders, in lower case: how files are recognised. */
    static String baseName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return name.toLowerCase(Locale.ROOT);
    }
}
