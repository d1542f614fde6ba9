package org.proficio.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.List;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.ProblemException;

/**
 * How every Proficio service reads JSON: exactly what was sent, or a 400 that names the field. Jackson's defaults
 * are lenient in ways that let bad input through and get committed:
 *
 * <ul>
 *   <li>text after the JSON value ({@code {...}xyz}) was ignored: refused ({@code FAIL_ON_TRAILING_TOKENS});
 *   <li>scalars were coerced: {@code "title": 12345} became text, {@code "completedOn": 12345} a date,
 *       {@code "kind": 0} an enum constant, {@code 2.7} an integer, {@code "true"} a boolean: all refused;
 *   <li>numbers too large for a double ({@code 1e400}) became Infinity: refused ({@link NumberRules});
 *   <li>the NUL character, which PostgreSQL can't store, reached the database: refused in every string and object
 *       key ({@link TextRules}); JSON trees are checked by their readers with {@link #violations}.
 * </ul>
 *
 * Unknown properties stay ignored (Quarkus' default): integrations send extra fields and must keep working.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** What the text rule says of a field or parameter that breaks it. */
    public static final String NUL_REFUSED = "must not contain the NUL character (U+0000)";

    /** The text rule, for text that is not read through the mapper (paths, queries, CSV files). */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same rules for a mapper made outside CDI (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // Dates and times from numbers (epoch days, seconds) only when lenient.
        mapper.setDefaultLeniency(false);
        for (CoercionInputShape scalar : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);

        SimpleModule rules = new SimpleModule("proficio-strict-json");
        TextRules.register(rules);
        NumberRules.register(rules);
        TimeRules.register(rules);
        mapper.registerModule(rules);
        return mapper;
    }

    /**
     * What a JSON tree breaks of these rules (NUL in text or keys, numbers too large to be finite), each with its path
     * in the tree ({@code statements[2].actor.name}); empty when nothing. The mapper binds a {@code JsonNode} as sent,
     * so code that reads a tree itself checks it: a batch refuses just the item, anything else the request.
     */
    public static List<Problem.FieldError> violations(JsonNode tree) {
        return tree == null ? List.of() : TextRules.violations(tree);
    }

    /** The tree, or a 400 naming every field that breaks the rules (see {@link #violations}). */
    public static JsonNode requireValid(JsonNode tree) {
        List<Problem.FieldError> violations = violations(tree);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(v -> new Problem.FieldError(v.field().isEmpty() ? "body" : v.field(), v.message()))
                    .toList());
        }
        return tree;
    }
}
