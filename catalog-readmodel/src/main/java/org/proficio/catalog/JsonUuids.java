package org.proficio.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.UUID;

/** A list of ids kept as a JSON array in a text column (the competencies a course counts). */
@Converter
public class JsonUuids implements AttributeConverter<List<UUID>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<UUID>> UUIDS = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<UUID> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a list of ids", e);
        }
    }

    @Override
    public List<UUID> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : List.copyOf(JSON.readValue(column, UUIDS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column holds no JSON array of ids: " + column, e);
        }
    }
}
