package org.proficio.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proficio.platform.problem.Problem;

/**
 * One rule for text in JSON: it may not contain U+0000 (PostgreSQL can't store it in text, and no legitimate value
 * needs it). Applied by the mapper to every string value and object key it binds; a JSON tree ({@code JsonNode}) is
 * bound as it was sent, and the code that reads it checks it with {@link StrictJson#violations} (where numbers must
 * also be finite, as {@link NumberRules} requires of typed fields), refusing the whole request or one item of a
 * batch.
 */
final class TextRules {

    private TextRules() {}

    static void register(SimpleModule module) {
        module.addDeserializer(String.class, new NulFreeString());
        module.addKeyDeserializer(String.class, new NulFreeKey());
    }

    /** Every value of a tree the rules refuse, with where it is (a JSON path like {@code a.b[2]}) and why. */
    static List<Problem.FieldError> violations(JsonNode tree) {
        List<Problem.FieldError> found = new ArrayList<>();
        collect(tree, "", found);
        return found;
    }

    private static void collect(JsonNode node, String path, List<Problem.FieldError> found) {
        if (node.isTextual() && StrictJson.hasNul(node.textValue())) {
            found.add(new Problem.FieldError(path, RefusedValueException.NUL));
        } else if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            found.add(new Problem.FieldError(path, RefusedValueException.NOT_FINITE));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (StrictJson.hasNul(field.getKey())) {
                    found.add(new Problem.FieldError(fieldPath.replace('\u0000', '?'), RefusedValueException.NUL));
                }
                collect(field.getValue(), fieldPath, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static final class NulFreeString extends StdDeserializer<String> {

        private final StringDeserializer strings = StringDeserializer.instance;

        NulFreeString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = strings.deserialize(parser, context);
            if (StrictJson.hasNul(text)) {
                throw new RefusedValueException(parser, RefusedValueException.NUL);
            }
            return text;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) throws JsonMappingException {
            return strings.getEmptyValue(context);
        }
    }

    private static final class NulFreeKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (StrictJson.hasNul(key)) {
                throw new RefusedValueException(context.getParser(), RefusedValueException.NUL);
            }
            return key;
        }
    }
}
