package org.proficio.assessment.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.proficio.assessment.evidence.EvidenceRequests;
import org.proficio.platform.json.StrictJson;

/**
 * Reads one xAPI statement as it was sent, before anything is looked up: its id, the agent it is about, the activity,
 * the result and the time, or every reason found in the statement itself why it cannot become evidence.
 */
final class StatementReader {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    static final String VOIDING_REFUSED = "voiding statements are not applied: evidence, once submitted, is corrected"
            + " by the district, not withdrawn by an LRS";

    static final String GROUP_REFUSED =
            "evidence is about one learner; a Group actor is not mapped (send one" + " statement per learner)";

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Pattern VERSION = Pattern.compile("1\\.0(\\.\\d+)?");

    private static final Pattern IRI = Pattern.compile("\\S+");

    /** ISO 8601 date-time with an offset written +hh:mm, +hhmm, +hh or Z. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private StatementReader() {}

    /** result.score as sent; any part may be absent. */
    record Score(BigDecimal scaled, BigDecimal raw, BigDecimal min, BigDecimal max) {}

    /**
     * A statement as read.
     *
     * @param id the statement's id, assigned when it sent none; null when its id is not a UUID
     * @param hash what tells it from another statement with the same id (see {@link StatementComparison}); null when
     *     it is not a JSON object
     * @param problems why it cannot become evidence, from the statement alone; empty when it may
     */
    record Read(
            UUID id,
            boolean idAssigned,
            String hash,
            List<String> problems,
            Ifi agent,
            String activityId,
            String activityName,
            String moreInfo,
            Score score,
            Boolean success,
            String response,
            OffsetDateTime timestamp) {}

    static Read read(JsonNode statement) {
        if (statement == null || !statement.isObject()) {
            return new Read(
                    null,
                    false,
                    null,
                    List.of("a statement is a JSON object, not " + kind(statement)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        List<String> problems = new ArrayList<>();
        // The platform's rules for JSON trees (no NUL in text, finite numbers), for this statement alone.
        StrictJson.violations(statement).forEach(refused -> problems.add(refused.field() + " " + refused.message()));
        UUID id = null;
        boolean assigned = false;
        JsonNode idNode = statement.get("id");
        if (idNode == null || idNode.isNull()) {
            id = UUID.randomUUID();
            assigned = true;
        } else if (idNode.isTextual() && UUID_FORM.matcher(idNode.asText()).matches()) {
            id = UUID.fromString(idNode.asText());
        } else {
            problems.add("id must be a UUID in standard form (8-4-4-4-12 hexadecimal digits)");
        }
        JsonNode version = statement.get("version");
        if (version != null
                && !version.isNull()
                && !(version.isTextual() && VERSION.matcher(version.asText()).matches())) {
            problems.add("version " + version + " is not 1.0.x");
        }
        boolean voiding = verb(statement.get("verb"), problems);
        Ifi agent = actor(statement.get("actor"), problems);
        JsonNode object = statement.get("object");
        String activityId = activity(object, voiding, problems);
        JsonNode definition = object == null ? null : object.get("definition");
        String activityName = definition == null ? null : languageValue(definition.get("name"));
        JsonNode moreInfo = definition == null ? null : definition.get("moreInfo");

        JsonNode result = statement.get("result");
        Score score = null;
        Boolean success = null;
        String response = null;
        if (result != null && !result.isNull()) {
            if (!result.isObject()) {
                problems.add("result must be an object");
            } else {
                score = score(result.get("score"), problems);
                JsonNode s = result.get("success");
                if (s != null && !s.isNull()) {
                    if (s.isBoolean()) {
                        success = s.asBoolean();
                    } else {
                        problems.add("result.success must be true or false");
                    }
                }
                JsonNode r = result.get("response");
                if (r != null && !r.isNull()) {
                    if (!r.isTextual()) {
                        problems.add("result.response must be a string");
                    } else if (r.asText().length() > EvidenceRequests.MAX_TEXT) {
                        problems.add("result.response has " + r.asText().length() + " characters; evidence text"
                                + " holds at most " + EvidenceRequests.MAX_TEXT
                                + " (link longer work through object.definition.moreInfo)");
                    } else {
                        response = r.asText();
                    }
                }
            }
        }
        OffsetDateTime timestamp = null;
        JsonNode t = statement.get("timestamp");
        if (t != null && !t.isNull()) {
            try {
                timestamp = OffsetDateTime.parse(t.asText(), TIMESTAMP);
            } catch (DateTimeParseException e) {
                problems.add("timestamp " + t + " is not an ISO 8601 date and time with a time zone offset");
            }
        }
        return new Read(
                id,
                assigned,
                StatementComparison.hash(statement),
                List.copyOf(problems),
                agent,
                activityId,
                activityName,
                moreInfo != null && moreInfo.isTextual() ? moreInfo.asText() : null,
                score,
                success,
                response,
                timestamp);
    }

    /** Checks the verb; true when it voids another statement. */
    private static boolean verb(JsonNode verb, List<String> problems) {
        JsonNode id = verb == null ? null : verb.get("id");
        if (id == null || !id.isTextual() || !IRI.matcher(id.asText()).matches()) {
            problems.add("verb.id is required (an IRI)");
            return false;
        }
        if (VOIDED.equals(id.asText())) {
            problems.add(VOIDING_REFUSED);
            return true;
        }
        return false;
    }

    /** The identifier of the Agent the statement is about, or null (with the reason in problems). */
    private static Ifi actor(JsonNode actor, List<String> problems) {
        if (actor == null || !actor.isObject()) {
            problems.add("actor is required: the Agent (learner) the statement is about");
            return null;
        }
        String objectType = actor.path("objectType").asText("Agent");
        if (objectType.equals("Group")) {
            problems.add(GROUP_REFUSED);
            return null;
        }
        if (!objectType.equals("Agent")) {
            problems.add("actor.objectType must be Agent, not " + objectType);
            return null;
        }
        List<String> named = new ArrayList<>();
        for (Ifi.Kind kind : Ifi.Kind.values()) {
            if (actor.hasNonNull(kind.prefix)) {
                named.add(kind.prefix);
            }
        }
        if (named.size() != 1) {
            problems.add(
                    named.isEmpty()
                            ? "actor has no identifier: an Agent is identified by one of mbox, mbox_sha1sum, openid"
                                    + " or account"
                            : "actor has " + named.size() + " identifiers (" + String.join(", ", named)
                                    + "); an Agent has exactly one");
            return null;
        }
        JsonNode value = actor.get(named.get(0));
        switch (named.get(0)) {
            case "mbox" -> {
                if (value.isTextual() && Ifi.MBOX.matcher(value.asText()).matches()) {
                    return Ifi.mbox(value.asText());
                }
                problems.add("actor.mbox must be a mailto: IRI with one e-mail address");
            }
            case "mbox_sha1sum" -> {
                if (value.isTextual() && Ifi.SHA1.matcher(value.asText()).matches()) {
                    return Ifi.sha1(value.asText());
                }
                problems.add("actor.mbox_sha1sum must be 40 hexadecimal digits");
            }
            case "openid" -> {
                if (value.isTextual() && IRI.matcher(value.asText()).matches()) {
                    return Ifi.openid(value.asText());
                }
                problems.add("actor.openid must be a URI");
            }
            default -> {
                JsonNode homePage = value.get("homePage");
                JsonNode name = value.get("name");
                if (homePage != null
                        && homePage.isTextual()
                        && IRI.matcher(homePage.asText()).matches()
                        && name != null
                        && name.isTextual()
                        && !name.asText().isBlank()) {
                    return Ifi.account(homePage.asText(), name.asText());
                }
                problems.add("actor.account needs a homePage (an IRL) and a name");
            }
        }
        return null;
    }

    /** The id of the Activity the statement is about, or null (with the reason in problems). */
    private static String activity(JsonNode object, boolean voiding, List<String> problems) {
        if (object == null || !object.isObject()) {
            problems.add("object is required: the Activity the statement is about");
            return null;
        }
        String objectType = object.path("objectType").asText("Activity");
        if (objectType.equals("Activity")) {
            JsonNode id = object.get("id");
            if (id != null && id.isTextual() && IRI.matcher(id.asText()).matches()) {
                return id.asText();
            }
            problems.add("object.id is required: the activity's IRI");
            return null;
        }
        if (voiding) {
            return null; // a voiding statement's StatementRef: the voiding reason says it all
        }
        problems.add(
                switch (objectType) {
                    case "StatementRef" ->
                        "the object is a StatementRef (a statement about another statement);"
                                + " only statements about an Activity become evidence";
                    case "SubStatement" ->
                        "the object is a SubStatement; only statements about an Activity become" + " evidence";
                    case "Agent", "Group" ->
                        "the object is an " + objectType + ", not an Activity; only statements"
                                + " about an Activity become evidence";
                    default -> "object.objectType " + objectType + " is not an xAPI object type";
                });
        return null;
    }

    private static Score score(JsonNode score, List<String> problems) {
        if (score == null || score.isNull()) {
            return null;
        }
        if (!score.isObject()) {
            problems.add("result.score must be an object");
            return null;
        }
        BigDecimal scaled = number(score, "scaled", problems);
        BigDecimal raw = number(score, "raw", problems);
        BigDecimal min = number(score, "min", problems);
        BigDecimal max = number(score, "max", problems);
        if (scaled != null && (scaled.compareTo(BigDecimal.ONE) > 0 || scaled.compareTo(BigDecimal.ONE.negate()) < 0)) {
            problems.add("result.score.scaled must lie between -1 and 1");
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            problems.add("result.score.min must be less than result.score.max");
        } else if (raw != null
                && ((min != null && raw.compareTo(min) < 0) || (max != null && raw.compareTo(max) > 0))) {
            problems.add("result.score.raw must lie between result.score.min and result.score.max");
        }
        if (scaled == null && raw != null && (min == null || max == null)) {
            problems.add("result.score.raw (" + raw.toPlainString() + ") cannot be placed on the scale without"
                    + " result.score.min and result.score.max; send them, or result.score.scaled");
        }
        return new Score(scaled, raw, min, max);
    }

    private static BigDecimal number(JsonNode score, String field, List<String> problems) {
        JsonNode value = score.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add("result.score." + field + " must be a number");
            return null;
        }
        if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            return null; // too large to be finite: already named by the platform's rules for the whole statement
        }
        return value.decimalValue();
    }

    /** The en-US, en or else first text of a language map, or null. */
    private static String languageValue(JsonNode map) {
        if (map == null || !map.isObject() || map.isEmpty()) {
            return null;
        }
        for (String language : List.of("en-US", "en")) {
            if (map.path(language).isTextual()) {
                return map.get(language).asText();
            }
        }
        JsonNode first = map.elements().next();
        return first.isTextual() ? first.asText() : null;
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        return node.isArray() ? "an array" : node.isTextual() ? "a string" : node.isNumber() ? "a number" : "a value";
    }
}
