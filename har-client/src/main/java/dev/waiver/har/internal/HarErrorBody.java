package dev.waiver.har.internal;

/**
 * The HAR error answer: {@code {"error": {"code", "message", "param", "type"}}}.
 *
 * @param error the error's fields, or {@code null} if the body had none
 */
public record HarErrorBody(Detail error) {

    /**
     * The fields of a HAR error.
     *
     * @param code    a short machine-readable code, if any
     * @param message a human-readable message, if any
     * @param param   the request field the error is about, if any
     * @param type    INVALID_REQUEST_ERROR, AUTHENTICATION_ERROR, PERMISSION_ERROR or API_ERROR
     */
    public record Detail(String code, String message, String param, String type) {
    }
}
