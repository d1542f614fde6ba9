package org.proficio.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value the platform refuses although it is valid JSON: text with the NUL character, a number too large to
 * be finite. A {@link JsonMappingException}, so it carries the path of the field it was found in; answered as a 400
 * naming that field.
 */
public class RefusedValueException extends JsonMappingException {

    static final String NUL = StrictJson.NUL_REFUSED;
    static final String NOT_FINITE = "must be a finite number";

    private final String rule;

    RefusedValueException(JsonParser parser, String rule) {
        super(parser, rule);
        this.rule = rule;
    }

    /** What the value must be, as a field error's message. */
    public String rule() {
        return rule;
    }
}
