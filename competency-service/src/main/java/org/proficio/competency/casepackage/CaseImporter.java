package org.proficio.competency.casepackage;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.framework.ScaleLevel;

/**
 * Imports a CASE 1.0 CFPackage as a framework of a district. The CFDocument identifier is the key: a new identifier
 * makes a draft, a draft is updated in place (items keep their ids), a published version is never touched (an equal
 * package is UNCHANGED, a different one becomes a new draft superseding it). Everything is checked before anything
 * is written, and the write is one transaction.
 */
@ApplicationScoped
public class CaseImporter {

    private final CaseConfig config;
    private final PackageWriter writer;
    private final CaseExporter exporter;

    CaseImporter(CaseConfig config, PackageWriter writer, CaseExporter exporter) {
        this.config = config;
        this.writer = writer;
        this.exporter = exporter;
    }

    /**
     * Imports the package. Fails with a {@link org.proficio.platform.problem.ProblemException} when the JSON cannot
     * be a CASE package (400 not an object, 413 too many objects, 422 wrong structure or types, duplicate
     * identifiers, cycles); then nothing is written.
     *
     * @param origin where the package came from (CASE, or MOODLE for a converted Moodle framework)
     */
    public Uni<ImportReport> importPackage(String district, JsonNode cfPackage, Framework.Origin origin) {
        return importPackage(district, cfPackage, origin, null);
    }

    /**
     * Imports the package with the framework's own scale (a Moodle scale, for one): it is written instead of the
     * default when the import creates a framework or a new version, and replaces a draft's scale when it updates one.
     * The scale is part of the content then: a published version is UNCHANGED only when its scale is the same too.
     *
     * @param scale the levels in order ({@code code, label, description, score, proficient, defaultLevel} are
     *     taken), or null for the usual scale (the default, or the superseded version's)
     */
    public Uni<ImportReport> importPackage(
            String district, JsonNode cfPackage, Framework.Origin origin, List<ScaleLevel> scale) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Uni<Read> read = Uni.createFrom().item(() -> {
            ImportedPackage p = PackageReader.read(cfPackage, config.baseUri(), config.maxObjects(), now);
            p.framework().district = district;
            p.framework().origin = origin;
            return new Read(p, ContentHash.of(p, config.baseUri(), scale));
        });
        Context context = Vertx.currentContext();
        if (context != null) {
            // reading and hashing 20,000 items is CPU work: off the event loop, then back on the caller's context
            read = read.runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .emitOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return read.chain(r -> writer.latest(district, r.p().framework().identifier)
                .chain(latest -> latest != null && latest.status() == Framework.Status.PUBLISHED
                        ? exporter.contentHash(district, latest.id(), scale != null)
                                .map(h -> new PackageWriter.Hashed(latest.id(), h))
                        : Uni.createFrom().item((PackageWriter.Hashed) null))
                .chain(published -> writer.write(district, r.p(), r.hash(), published, origin, scale, now)));
    }

    /** A package read and hashed, before anything is written. */
    private record Read(ImportedPackage p, String hash) {}
}
