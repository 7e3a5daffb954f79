package org.firstsession.photo;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * The specialist's photo is personal data: the export carries it (address, size, the JPEG as base64),
 * the erasure deletes it. (The profile's {@code photo_url} is cleared with the profile's other texts.)
 */
@ApplicationScoped
class PhotoPersonalData implements PersonalData {

    record Part(Map<String, Object> specialistPhoto) implements ExportPart {
    }

    private final PhotoService photos;

    PhotoPersonalData(PhotoService photos) {
        this.photos = photos;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return photos.exportFor(subject.accountId()).map(Part::new).orElse(null);
    }

    @Override
    public void erase(DataSubject subject) {
        if (subject.isSpecialist()) {
            photos.eraseFor(subject.specialistId());
        }
    }

    /** The photo is bytea, not text: no text column of ours is about the person. */
    @Override
    public Set<String> personalColumns() {
        return Set.of();
    }
}
