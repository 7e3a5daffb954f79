package org.firstsession.shared.error;

import java.util.List;

import org.firstsession.shared.i18n.Text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details: the one error format of the API. {@code type} is a stable URI a client can
 * switch on; {@code errors} lists invalid fields for validation problems. {@code text} is the detail as a
 * bundle text, so that {@link ProblemLanguage} and the pages can give it in the reader's language (not sent).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties("text")
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, Text text) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://firstsession.org/problems/";

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    public static String type(String slug) {
        return TYPE_BASE + slug;
    }
}
