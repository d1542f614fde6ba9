package org.proficio.competency.caseapi;

import jakarta.ws.rs.core.Response.Status;

/**
 * A refusal of the CASE API: becomes an {@link ImsxStatusInfo} body with its HTTP status. The rest of the service
 * answers problem+json; the CASE paths answer what the 1EdTech standard says.
 */
public class CaseApiException extends RuntimeException {

    private final int status;
    private final String fieldName;
    private final String codeMinor;

    public CaseApiException(int status, String fieldName, String codeMinor, String description) {
        super(description);
        this.status = status;
        this.fieldName = fieldName;
        this.codeMinor = codeMinor;
    }

    /** 404: no object of this kind with this identifier that the caller may see. */
    public static CaseApiException unknownObject(String kind, String sourcedId) {
        return new CaseApiException(
                Status.NOT_FOUND.getStatusCode(),
                "sourcedId",
                ImsxStatusInfo.UNKNOWN_OBJECT,
                "No " + kind + " " + sourcedId + ".");
    }

    public static CaseApiException invalidSort(String parameter, String description) {
        return badRequest(parameter, ImsxStatusInfo.INVALID_SORT_FIELD, description);
    }

    public static CaseApiException invalidSelection(String parameter, String description) {
        return badRequest(parameter, ImsxStatusInfo.INVALID_SELECTION_FIELD, description);
    }

    public static CaseApiException invalidFilter(String description) {
        return badRequest("filter", ImsxStatusInfo.INVALID_FILTER_FIELD, description);
    }

    private static CaseApiException badRequest(String parameter, String codeMinor, String description) {
        return new CaseApiException(Status.BAD_REQUEST.getStatusCode(), parameter, codeMinor, description);
    }

    public int status() {
        return status;
    }

    public ImsxStatusInfo toStatusInfo() {
        return ImsxStatusInfo.failure(getMessage(), fieldName, codeMinor);
    }
}
