package org.proficio.assessment.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import org.proficio.assessment.evidence.EvidenceScore.CriterionLevel;

/**
 * Rubric criteria levels as JSON text, for a {@code jsonb} column mapped with {@link #READ} and {@link #WRITE}.
 * Hibernate Reactive's JSON type binds every JSON value as a Vert.x JsonObject, which a JSON array is not (the insert
 * fails); binding text and casting it in SQL works for arrays.
 */
@Converter
public class CriterionLevelsJson implements AttributeConverter<List<CriterionLevel>, String> {

    /** Reads the jsonb column {@code criteria} as text. */
    public static final String READ = "cast(criteria as text)";

    /** Writes text into the jsonb column; the inner cast keeps the driver from binding the text as a JSON string. */
    public static final String WRITE = "cast(cast(? as text) as jsonb)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<CriterionLevel>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<CriterionLevel> levels) {
        if (levels == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(levels);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("criteria levels cannot be written as JSON", e);
        }
    }

    @Override
    public List<CriterionLevel> convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return List.copyOf(JSON.readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored criteria levels are not valid JSON", e);
        }
    }
}
