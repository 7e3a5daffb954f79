package org.firstsession.shared.web;

import static org.firstsession.shared.i18n.Details.problem;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;
import org.firstsession.shared.error.InvalidValueException;

/**
 * A wrong JSON type is a 400, not a silent conversion: {@code "title": 42} is not a string and
 * {@code "yearsOfPractice": "8"} is not a number. A string with a control character (NUL...) is a 400
 * naming its field ({@link ControlCharacters}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("no-control-characters").addDeserializer(String.class, new TextWithoutControls()));
    }

    /** Jackson's own string reading, then the control-character rule; the error carries the JSON path. */
    static final class TextWithoutControls extends StdScalarDeserializer<String> {

        TextWithoutControls() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (ControlCharacters.present(value)) {
                throw JsonMappingException.from(parser, ControlCharacters.MESSAGE,
                        new InvalidValueException(problem(m -> m.field_control_characters())));
            }
            return value;
        }
    }
}
