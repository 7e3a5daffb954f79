package org.firstsession.shared.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Put {@code @Convert(converter = EncryptedText.class)} on a private-text column to encrypt it at rest. */
@ApplicationScoped
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Inject
    FieldCipher cipher;

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decrypt(dbData);
    }
}
