package dev.kakehashi.platform.rest;

import java.util.List;

/**
 * The one shape of every error the REST API returns: the HTTP status, a message for people in their language, and
 * the problems of single fields (empty when the error concerns the whole request).
 */
public record ErrorJson(int status, String message, List<FieldError> errors) {
    /** A problem with one input field. */
    public record FieldError(String field, String message) {
    }
}
