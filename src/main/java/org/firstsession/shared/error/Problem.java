package org.firstsession.shared.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details: the one error format of the API. {@code type} is a stable URI a client can
 * switch on; {@code errors} lists invalid fields for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://firstsession.org/problems/";

    public static String type(String slug) {
        return TYPE_BASE + slug;
    }
}
