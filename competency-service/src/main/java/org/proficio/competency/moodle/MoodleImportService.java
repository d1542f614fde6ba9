package org.proficio.competency.moodle;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.proficio.competency.casepackage.CaseImporter;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.framework.ScaleLevel;

/**
 * Imports a Moodle competency framework CSV: reads and checks it (nothing is written when it cannot be used),
 * converts it to a CASE package and hands that to the CASE importer together with the framework's own scale, which
 * CASE has no place for. The framework's ID number is the key, as the CFDocument identifier is for CASE: a new one
 * creates a draft, a draft is updated in place, a published version gives UNCHANGED or a new draft.
 */
@ApplicationScoped
public class MoodleImportService {

    private final CaseImporter importer;
    private final PreviousVersions previousVersions;

    public MoodleImportService(CaseImporter importer, PreviousVersions previousVersions) {
        this.importer = importer;
        this.previousVersions = previousVersions;
    }

    /** Imports the file; a file that cannot be used fails with a 400 or 422 problem before anything is written. */
    public Uni<MoodleImportReport> importCsv(@NotNull String district, @NotNull String csv) {
        return Uni.createFrom().item(() -> MoodleCsv.read(csv)).chain(file -> importFile(district, file));
    }

    private Uni<MoodleImportReport> importFile(String district, MoodleFile file) {
        MoodleConversion conversion = MoodleToCase.convert(file);
        return previousVersions
                .latest(district, conversion.frameworkIdentifier())
                .chain(previous -> {
                    MoodleStamps.apply(conversion.cfPackage(), previous, OffsetDateTime.now(ZoneOffset.UTC));
                    return importer.importPackage(
                            district, conversion.cfPackage(), Framework.Origin.MOODLE, levels(conversion.scale()));
                })
                .map(report -> MoodleImportReport.of(file.framework().idNumber(), conversion, report));
    }

    /** The scale as the levels the importer writes for the framework (not entities of any session). */
    private static List<ScaleLevel> levels(List<MoodleScale.Level> scale) {
        List<ScaleLevel> levels = new ArrayList<>();
        for (MoodleScale.Level l : scale) {
            ScaleLevel level = new ScaleLevel();
            level.id = UUID.randomUUID();
            level.position = levels.size();
            level.code = l.code();
            level.label = l.label();
            level.score = l.score();
            level.proficient = l.proficient();
            level.defaultLevel = l.defaultLevel();
            levels.add(level);
        }
        return levels;
    }
}
