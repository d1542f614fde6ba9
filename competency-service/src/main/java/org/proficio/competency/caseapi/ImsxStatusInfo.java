package org.proficio.competency.caseapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every CASE 1.0 API error ({@code imsx_StatusInfo} of the 1EdTech REST binding): major code and severity
 * ({@code failure}/{@code error}), a description, and one minor code naming the field and what is wrong with it.
 */
@Schema(name = "imsx_StatusInfo", description = "1EdTech status report of a failed CASE API call", example = """
                {"imsx_codeMajor": "failure", "imsx_severity": "error",
                 "imsx_description": "No CFItem 5b7c0a8e-6f1e-11e8-9a3a-0242ac120002.",
                 "imsx_codeMinor": {"imsx_codeMinorField": [
                   {"imsx_codeMinorFieldName": "sourcedId", "imsx_codeMinorFieldValue": "unknownobject"}]}}""")
public record ImsxStatusInfo(
        @JsonProperty("imsx_codeMajor") String codeMajor,
        @JsonProperty("imsx_severity") String severity,
        @JsonProperty("imsx_description") String description,
        @JsonProperty("imsx_codeMinor") CodeMinor codeMinor) {

    /** The minor status codes this API answers with (CASE 1.0 REST binding, plus invalid_filter_field). */
    public static final String UNKNOWN_OBJECT = "unknownobject";

    public static final String INVALID_SORT_FIELD = "invalid_sort_field";
    public static final String INVALID_SELECTION_FIELD = "invalid_selection_field";
    public static final String INVALID_FILTER_FIELD = "invalid_filter_field";
    public static final String UNAUTHORISED_REQUEST = "unauthorisedrequest";
    public static final String FORBIDDEN = "forbidden";
    public static final String INTERNAL_SERVER_ERROR = "internal_server_error";

    /** The minor codes of a status report. */
    public record CodeMinor(
            @JsonProperty("imsx_codeMinorField") List<CodeMinorField> fields) {}

    /** One minor code: which field (a parameter, or {@code sourcedId}) and the code. */
    public record CodeMinorField(
            @JsonProperty("imsx_codeMinorFieldName") String name,
            @JsonProperty("imsx_codeMinorFieldValue") String value) {}

    /** A failure report with one minor code. */
    public static ImsxStatusInfo failure(String description, String fieldName, String codeMinor) {
        return new ImsxStatusInfo(
                "failure", "error", description, new CodeMinor(List.of(new CodeMinorField(fieldName, codeMinor))));
    }
}
