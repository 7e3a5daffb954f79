package org.firstsession.privacy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.firstsession.shared.privacy.ExportPart;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;

/**
 * Everything held about one person: {@code exportedAt} and each feature's {@link ExportPart}, written as
 * one flat JSON object ({@code account}, {@code specialistProfile}, {@code bookingsAsClient}, ...).
 */
@JsonSerialize(using = DataExport.Writer.class)
@Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class, description = "exportedAt, account, specialistProfile, bookingsAsClient, "
        + "bookingsAsSpecialist, conversations, questions, answers, contactRequests, reports, consents, emailsSentToMe")
public record DataExport(Instant exportedAt, List<ExportPart> parts) {

    /** Writes the parts' properties side by side at the top level. */
    static final class Writer extends StdSerializer<DataExport> {

        Writer() {
            super(DataExport.class);
        }

        @Override
        public void serialize(DataExport export, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            provider.defaultSerializeField("exportedAt", export.exportedAt(), gen);
            for (ExportPart part : export.parts()) {
                provider.findValueSerializer(part.getClass()).unwrappingSerializer(NameTransformer.NOP)
                        .serialize(part, gen, provider);
            }
            gen.writeEndObject();
        }
    }
}
