package org.proficio.competency.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader alone: what real packages become, and that their export is valid CASE. No database. */
class PackageReaderTest {

    private static final String BASE = "https://proficio.example.org";

    static ImportedPackage read(ObjectNode pkg) {
        ImportedPackage p = PackageReader.read(pkg, BASE, 20_000, OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        p.framework().district = "reader-test";
        return p;
    }

    static ObjectNode export(ImportedPackage p) {
        return CaseJson.cfPackage(p.framework(), p.items(), p.associations(), p.definitions(), p.rubrics(), BASE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                CasePackages.TEST_FRAMEWORK,
                CasePackages.OPENSALT,
                CasePackages.ORDERING,
                CasePackages.UTF8,
                CasePackages.EMPTY,
                CasePackages.MARKDOWN
            })
    void exportOfEveryPackageValidatesAndReadsBackTheSame(String name) {
        ImportedPackage p = read(CasePackages.load(name));
        ObjectNode exported = export(p);
        assertThat(CasePackages.schemaErrors(exported)).isEmpty();
        ObjectNode again = export(read(exported));
        assertThat(again).isEqualTo(exported);
        assertThat(ContentHash.of(again)).isEqualTo(ContentHash.of(exported));
        System.out.println(name + ": " + p.issues().size() + " issues "
                + p.issues().stream().limit(5).toList());
    }

    @Test
    void realPackagesAreNotValidAsGivenButTheirExportsAre() {
        // the validator really checks formats: OpenSALT's dates without a zone fail it
        ObjectNode original = CasePackages.load(CasePackages.OPENSALT);
        assertThat(CasePackages.schemaErrors(original)).isNotEmpty();
        assertThat(CasePackages.schemaErrors(export(read(original)))).isEmpty();
    }

    @Test
    void ordersChildrenBySequenceNumberWhateverTheGivenOrder() {
        ObjectNode reversed = CasePackages.load(CasePackages.TEST_FRAMEWORK);
        com.fasterxml.jackson.databind.node.ArrayNode associations =
                (com.fasterxml.jackson.databind.node.ArrayNode) reversed.get("CFAssociations");
        java.util.List<com.fasterxml.jackson.databind.JsonNode> list = new java.util.ArrayList<>();
        associations.forEach(list::add);
        java.util.Collections.reverse(list);
        associations.removeAll();
        associations.addAll(list);

        java.util.List<String> asGiven = read(CasePackages.load(CasePackages.TEST_FRAMEWORK)).items().stream()
                .map(c -> c.code)
                .toList();
        java.util.List<String> fromReversed =
                read(reversed).items().stream().map(c -> c.code).toList();
        assertThat(fromReversed).hasSize(65);
        // equal sequence numbers keep the given order, so only codes with distinct numbers are compared
        assertThat(fromReversed.subList(fromReversed.indexOf("H.A.SCI.CSC"), 65))
                .isEqualTo(asGiven.subList(asGiven.indexOf("H.A.SCI.CSC"), 65));
        assertThat(fromReversed.indexOf("M.F")).isLessThan(fromReversed.indexOf("M.E"));
    }

    @Test
    void opensaltCounts() {
        ImportedPackage p = read(CasePackages.load(CasePackages.OPENSALT));
        assertThat(p.items()).hasSize(16);
        assertThat(p.associations()).hasSize(39);
        assertThat(p.external()).isEqualTo(21);
    }
}
