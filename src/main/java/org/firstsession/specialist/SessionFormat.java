package org.firstsession.specialist;

import static org.firstsession.shared.i18n.Details.problem;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.firstsession.shared.error.InvalidValueException;

/** Where consultations take place. JSON and query values: {@code online}, {@code in_person}. */
public enum SessionFormat {
    ONLINE("online"),
    IN_PERSON("in_person");

    private final String code;

    SessionFormat(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Null for an unknown code; Jackson then reports the field as invalid. */
    @JsonCreator
    public static SessionFormat fromCode(String code) {
        for (SessionFormat format : values()) {
            if (format.code.equals(code)) {
                return format;
            }
        }
        throw new InvalidValueException(problem(m -> m.field_unknown_value("online, in_person")));
    }

    @Override
    public String toString() {
        return code;
    }
}
