package org.proficio.competency.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.proficio.platform.problem.ProblemException;

/** Reading Moodle's export and turning it into a CASE package, on the real OECD example from Moodle core. */
class MoodleToCaseTest {

    static final String OECD = "/moodle/moodle-3.3-core-lpimportcsv-example-OECD.csv";
    static final String NEWER_HEADER = "\"Parent ID number\",\"ID number\",\"Short name\",Description,"
            + "\"Description format\",\"Scale values\",\"Scale configuration\",\"Rule type (optional)\","
            + "\"Rule outcome (optional)\",\"Rule config (optional)\",\"Cross-referenced competency ID numbers\","
            + "\"Exported ID (optional)\",\"Is framework\",Taxonomy";
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00Z");

    static String oecd() {
        try (InputStream in = MoodleToCaseTest.class.getResourceAsStream(OECD)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's header line (up to the first CRLF) replaced. */
    static String withHeader(String csv, String header) {
        return header + csv.substring(csv.indexOf("\r\n"));
    }

    /** The data rows of the file (after the framework row) in reverse order: every parent after its children. */
    static String childrenFirst(String csv) {
        List<String> records = records(csv);
        List<String> data = new ArrayList<>(records.subList(2, records.size()));
        Collections.reverse(data);
        return records.get(0) + records.get(1) + String.join("", data);
    }

    /** The file split into CSV records (a record ends at a CRLF outside quotes), each with its CRLF. */
    static List<String> records(String csv) {
        List<String> records = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                records.add(csv.substring(start, i + 1));
                start = i + 1;
            }
        }
        return records;
    }

    private static MoodleConversion convert(String csv) {
        return MoodleToCase.convert(MoodleCsv.read(csv));
    }

    private static List<JsonNode> associations(MoodleConversion c, String type) {
        return StreamSupport.stream(c.cfPackage().get("CFAssociations").spliterator(), false)
                .filter(a -> a.get("associationType").asText().equals(type))
                .toList();
    }

    /** Each competency's code (humanCodingScheme) mapped to its parent's code, or to "" for top-level ones. */
    private static Map<String, String> parents(MoodleConversion c) {
        Map<String, String> codeByIdentifier = new HashMap<>();
        c.cfPackage()
                .get("CFItems")
                .forEach(i -> codeByIdentifier.put(
                        i.get("identifier").asText(), i.get("humanCodingScheme").asText()));
        Map<String, String> parents = new HashMap<>();
        associations(c, "isChildOf")
                .forEach(a -> parents.put(
                        codeByIdentifier.get(a.at("/originNodeURI/identifier").asText()),
                        codeByIdentifier.getOrDefault(
                                a.at("/destinationNodeURI/identifier").asText(), "")));
        return parents;
    }

    @Test
    void readsOneFrameworkRowAndSixtyFourCompetencies() {
        MoodleFile file = MoodleCsv.read(oecd());
        assertThat(file.framework().idNumber()).isEqualTo("OECD-CORE");
        assertThat(file.framework().shortName()).isEqualTo("OECD");
        assertThat(file.framework().taxonomies())
                .containsExactly("competency", "competency", "competency", "competency");
        assertThat(file.competencies()).hasSize(64);
        assertThat(file.competencies().get(0).row()).isEqualTo(3);
    }

    @Test
    void convertsTheTreeWithLevelsAndCompetenciesAsRoots() {
        MoodleConversion c = convert(oecd());

        assertThat(c.cfPackage().get("CFItems")).hasSize(64);
        assertThat(c.cfPackage().at("/CFDocument/title").asText()).isEqualTo("OECD");
        assertThat(c.frameworkIdentifier())
                .isEqualTo(c.cfPackage().at("/CFDocument/identifier").asText());
        Map<String, String> parents = parents(c);
        assertThat(parents).hasSize(64);
        assertThat(parents.entrySet().stream()
                        .filter(e -> e.getValue().isEmpty())
                        .map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("levels", "competencies");
        assertThat(parents)
                .containsEntry("level-1", "levels")
                .containsEntry("delivery", "competencies")
                .containsEntry("analytical-thinking", "delivery")
                .containsEntry("DR-AT1", "analytical-thinking");
        assertThat(depth("DR-AT1", parents)).isEqualTo(4);
        assertThat(parents.keySet().stream()
                        .mapToInt(code -> depth(code, parents))
                        .max())
                .hasValue(4);
    }

    private static int depth(String code, Map<String, String> parents) {
        int depth = 1;
        for (String p = parents.get(code); !p.isEmpty(); p = parents.get(p)) {
            depth++;
        }
        return depth;
    }

    @Test
    void listsParentsBeforeChildrenAndNumbersSiblingsInFileOrder() {
        MoodleConversion c = convert(oecd());
        List<String> codes = StreamSupport.stream(c.cfPackage().get("CFItems").spliterator(), false)
                .map(i -> i.get("humanCodingScheme").asText())
                .toList();
        assertThat(codes.subList(0, 7))
                .containsExactly("levels", "level-1", "level-2", "level-3", "level-4", "level-5", "competencies");
        assertThat(codes.indexOf("delivery")).isLessThan(codes.indexOf("analytical-thinking"));
        assertThat(associations(c, "isChildOf").stream()
                        .filter(a -> a.at("/originNodeURI/title").asText().equals("Level 3"))
                        .map(a -> a.get("sequenceNumber").asInt()))
                .containsExactly(3);
    }

    @Test
    void takesParentsThatComeAfterTheirChildren() {
        MoodleConversion inOrder = convert(oecd());
        MoodleConversion reversed = convert(childrenFirst(oecd()));

        assertThat(MoodleCsv.read(childrenFirst(oecd())).competencies().get(0).idNumber())
                .isEqualTo("S-ST-1");
        assertThat(parents(reversed)).isEqualTo(parents(inOrder));
        assertThat(reversed.issues()).isEmpty();
    }

    @Test
    void usesTheFrameworkScaleWithCompetentAsProficientAndDefault() {
        List<MoodleScale.Level> scale = convert(oecd()).scale();
        assertThat(scale).extracting(MoodleScale.Level::label).containsExactly("Not yet competent", "Competent");
        assertThat(scale).extracting(MoodleScale.Level::code).containsExactly("not-yet-competent", "competent");
        assertThat(scale).extracting(MoodleScale.Level::proficient).containsExactly(false, true);
        assertThat(scale).extracting(MoodleScale.Level::defaultLevel).containsExactly(false, true);
    }

    @Test
    void keepsEachCrossReferenceOnceAsIsRelatedTo() {
        MoodleConversion c = convert(oecd());
        List<JsonNode> related = associations(c, "isRelatedTo");
        // level-1 names 39 competencies and each of them names level-1 back: 39 pairs.
        assertThat(related).hasSize(39);
        assertThat(related)
                .allSatisfy(a -> assertThat(List.of(
                                a.at("/originNodeURI/title").asText(),
                                a.at("/destinationNodeURI/title").asText()))
                        .contains("Level 1"));
        assertThat(c.issues()).isEmpty();
    }

    @Test
    void makesStatementsPlainTextFromTheHtmlDescriptions() {
        JsonNode analytical = StreamSupport.stream(
                        convert(oecd()).cfPackage().get("CFItems").spliterator(), false)
                .filter(i -> i.get("humanCodingScheme").asText().equals("analytical-thinking"))
                .findFirst()
                .orElseThrow();
        assertThat(analytical.get("abbreviatedStatement").asText()).isEqualTo("Analytical Thinking");
        assertThat(analytical.get("fullStatement").asText())
                .isEqualTo("Analytical Thinking is the ability to identify patterns across situations that are not"
                        + " obviously related, and to identify key or underlying issues in complex situations.");
        assertThat(convert(oecd()).cfPackage().at("/CFDocument/description").asText())
                .startsWith("The Core Competencies summarise")
                .contains("• The delivery-related competencies\n• The interpersonal competencies\n")
                .doesNotContain("<", "\r");
    }

    @Test
    void statementFallsBackToTheShortName() {
        JsonNode competencies = StreamSupport.stream(
                        convert(oecd()).cfPackage().get("CFItems").spliterator(), false)
                .filter(i -> i.get("humanCodingScheme").asText().equals("competencies"))
                .findFirst()
                .orElseThrow();
        assertThat(competencies.get("fullStatement").asText()).isEqualTo("Competencies");
        assertThat(competencies.get("CFItemType").asText()).isEqualTo("Competency");
    }

    @Test
    void namesTheSameObjectsOnEveryImport() {
        MoodleConversion first = convert(oecd());
        MoodleConversion again = convert(oecd());
        assertThat(again.cfPackage().get("CFItems").get(5).get("identifier"))
                .isEqualTo(first.cfPackage().get("CFItems").get(5).get("identifier"));
        assertThat(first.frameworkIdentifier()).isEqualTo(MoodleToCase.frameworkIdentifier("OECD-CORE"));
    }

    @Test
    void readsTheNewerHeaderSpelling() {
        MoodleConversion c = convert(withHeader(oecd(), NEWER_HEADER));
        assertThat(c.cfPackage().get("CFItems")).hasSize(64);
        assertThat(associations(c, "isRelatedTo")).hasSize(39);
        assertThat(c.scale()).hasSize(2);
    }

    @Test
    void matchesHeadersIgnoringCaseAndSpacing() {
        String header =
                NEWER_HEADER.toUpperCase().replace("ID NUMBER\"", "IDNUMBER\"").replace("SHORT NAME", "shortname");
        assertThat(MoodleCsv.read(withHeader(oecd(), header)).competencies()).hasSize(64);
    }

    @Test
    void reportsUnknownParentAndCrossReferenceAndImportsTheRest() {
        String csv = oecd().replace("delivery,drafting-skills,", "delivry,drafting-skills,")
                .replace("S-DT-1,S-DT-2,", "S-DT-1,S-DT-9,");
        MoodleConversion c = convert(csv);
        assertThat(c.cfPackage().get("CFItems")).hasSize(64);
        assertThat(parents(c)).containsEntry("drafting-skills", "");
        assertThat(c.issues())
                .extracting(RowIssue::idNumber, RowIssue::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("drafting-skills", "Parent ID number"),
                        org.assertj.core.groups.Tuple.tuple("level-1", "Cross-referenced competency ID numbers"));
        assertThat(c.issues().get(0).row()).isEqualTo(15);
        assertThat(c.issues().get(1).issue()).contains("S-DT-9");
    }

    @Test
    void refusesParentsThatFormACycle() {
        String csv = oecd().replace(",competencies,Competencies,", "strategic,competencies,Competencies,");
        assertThatThrownBy(() -> convert(csv))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("competencies -> strategic -> competencies");
    }

    @Test
    void refusesMissingRequiredColumnsNamingThem() {
        String header = NEWER_HEADER.replace("\"Is framework\",", "").replace("\"ID number\",", "\"Identifier\",");
        assertThatThrownBy(() -> MoodleCsv.read(withHeader(oecd(), header)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem("/").errors())
                            .extracting(f -> f.message())
                            .contains("has no \"ID number\" column.", "has no \"Is framework\" column.");
                });
    }

    @Test
    void refusesAFileWithoutFrameworkRow() {
        String csv = oecd().replace(",1,\"competency,", ",0,\"competency,");
        assertThat(csv).isNotEqualTo(oecd());
        assertThatThrownBy(() -> MoodleCsv.read(csv))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("No row has");
    }

    @Test
    void refusesTwoFrameworkRows() {
        List<String> records = records(oecd());
        String csv = oecd() + records.get(1).replace("OECD-CORE", "OECD-COPY");
        assertThatThrownBy(() -> MoodleCsv.read(csv))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(422))
                .hasMessageContaining("Rows [2, 67]");
    }

    @Test
    void refusesMalformedCsv() {
        assertThatThrownBy(() -> MoodleCsv.read(oecd() + ",\"unclosed,x\r\n"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> MoodleCsv.read(oecd() + "a,b,c\r\n"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("Some rows");
        assertThatThrownBy(() -> MoodleCsv.read(""))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void refusesRepeatedIdNumbers() {
        String csv = oecd().replace("delivery,drafting-skills,", "delivery,analytical-thinking,");
        assertThatThrownBy(() -> convert(csv)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.toProblem("/").errors().get(0).field()).isEqualTo("rows[15].ID number");
        });
    }

    @Test
    void refusesAScaleWithoutProficientLevel() {
        String csv = oecd().replace("\"\"proficient\"\":1", "\"\"proficient\"\":0");
        assertThatThrownBy(() -> convert(csv))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(422))
                .satisfies(e -> assertThat(((ProblemException) e)
                                .toProblem("/")
                                .errors()
                                .get(0)
                                .message())
                        .contains("proficient"));
    }

    @Test
    void htmlBecomesPlainText() {
        assertThat(HtmlText.plain("<p>A &amp; B<br>\r\nnext &#8211; line</p><ul><li>one</li><li>two</li></ul>"))
                .isEqualTo("A & B\nnext – line\n\n- one\n- two");
    }

    @Test
    void stampsEveryObjectWithTheImportTimeOnAFirstImport() {
        MoodleConversion c = convert(oecd());
        MoodleStamps.apply(c.cfPackage(), null, NOW);
        assertThat(c.cfPackage().at("/CFDocument/lastChangeDateTime").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(c.cfPackage().get("CFItems"))
                .allSatisfy(
                        i -> assertThat(i.get("lastChangeDateTime").asText()).isEqualTo("2026-11-23T10:00:00Z"));
        assertThat(c.cfPackage().get("CFAssociations"))
                .allSatisfy(
                        a -> assertThat(a.get("lastChangeDateTime").asText()).isEqualTo("2026-11-23T10:00:00Z"));
    }

    @Test
    void keepsTheStampsOfWhatDidNotChange() {
        OffsetDateTime before = NOW.minusDays(30);
        PreviousVersion previous = previous(convert(oecd()), before);
        MoodleConversion same = convert(oecd());
        MoodleStamps.apply(same.cfPackage(), previous, NOW);
        assertThat(same.cfPackage().at("/CFDocument/lastChangeDateTime").asText())
                .isEqualTo("2026-10-24T10:00:00Z");
        assertThat(same.cfPackage().get("CFItems"))
                .allSatisfy(
                        i -> assertThat(i.get("lastChangeDateTime").asText()).isEqualTo("2026-10-24T10:00:00Z"));

        MoodleConversion changed = convert(oecd().replace(",level-3,\"Level 3\",", ",level-3,\"Level Three\","));
        MoodleStamps.apply(changed.cfPackage(), previous, NOW);
        assertThat(changed.cfPackage().at("/CFDocument/lastChangeDateTime").asText())
                .isEqualTo("2026-11-23T10:00:00Z");
        List<String> stampedNow = StreamSupport.stream(
                        changed.cfPackage().get("CFItems").spliterator(), false)
                .filter(i -> i.get("lastChangeDateTime").asText().equals("2026-11-23T10:00:00Z"))
                .map(i -> i.get("humanCodingScheme").asText())
                .toList();
        assertThat(stampedNow).containsExactly("level-3");
        // Its tree edge names it by title, so that association changed too; the others did not.
        assertThat(StreamSupport.stream(
                                changed.cfPackage().get("CFAssociations").spliterator(), false)
                        .filter(a -> a.get("lastChangeDateTime").asText().equals("2026-11-23T10:00:00Z")))
                .hasSize(1);
    }

    private static PreviousVersion previous(MoodleConversion c, OffsetDateTime stamp) {
        Map<String, PreviousVersion.Stamped> items = new HashMap<>();
        c.cfPackage()
                .get("CFItems")
                .forEach(i -> items.put(
                        i.get("identifier").asText(), new PreviousVersion.Stamped(MoodleStamps.item(i), stamp)));
        Map<String, PreviousVersion.Stamped> associations = new HashMap<>();
        c.cfPackage()
                .get("CFAssociations")
                .forEach(a -> associations.put(
                        a.get("identifier").asText(), new PreviousVersion.Stamped(MoodleStamps.association(a), stamp)));
        return new PreviousVersion(
                new PreviousVersion.Stamped(MoodleStamps.document(c.cfPackage().get("CFDocument")), stamp),
                items,
                associations);
    }
}
