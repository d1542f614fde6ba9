package org.proficio.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Numbers must be finite: JSON has no Infinity, but a literal too large for a double ({@code 1e400}) is read as one
 * and broke whatever computed with it. Refused where a double or float is read, naming the field.
 */
final class NumberRules {

    private NumberRules() {}

    static void register(SimpleModule module) {
        module.addDeserializer(
                Double.class, new Finite<>(new NumberDeserializers.DoubleDeserializer(Double.class, null)));
        module.addDeserializer(
                double.class, new Finite<>(new NumberDeserializers.DoubleDeserializer(double.class, 0.0d)));
        module.addDeserializer(Float.class, new Finite<>(new NumberDeserializers.FloatDeserializer(Float.class, null)));
        module.addDeserializer(float.class, new Finite<>(new NumberDeserializers.FloatDeserializer(float.class, 0.0f)));
    }

    /** Jackson's own deserializer of a floating-point type, refusing what is not finite. */
    private static final class Finite<T extends Number> extends StdScalarDeserializer<T> {

        private final StdScalarDeserializer<T> numbers;

        @SuppressWarnings("unchecked")
        Finite(StdScalarDeserializer<T> numbers) {
            super((Class<T>) numbers.handledType());
            this.numbers = numbers;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = numbers.deserialize(parser, context);
            if (value != null && !Double.isFinite(value.doubleValue())) {
                throw new RefusedValueException(parser, RefusedValueException.NOT_FINITE);
            }
            return value;
        }

        @Override
        public T getNullValue(DeserializationContext context) throws JsonMappingException {
            return numbers.getNullValue(context);
        }
    }
}
