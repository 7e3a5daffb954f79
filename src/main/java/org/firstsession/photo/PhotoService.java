package org.firstsession.photo;

import static org.firstsession.shared.i18n.Details.profile;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.firstsession.shared.error.CommonProblem;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;

/**
 * Specialists' photos, served by us (issue #14: photos from any https host told a third party who looked
 * at which therapist). An upload is re-encoded ({@link PhotoImages}) and stored in the database under a
 * new random id, so its address changes with every upload and can be cached for long. The profile's
 * {@code photo_url} points at it ({@code /photos/{id}}). A photo is personal data: it is in the export and
 * removed by the erasure.
 */
@ApplicationScoped
@Transactional
public class PhotoService {

    static final String PATH = "/photos/";

    private final EntityManager em;
    private final PhotoConfig config;

    PhotoService(EntityManager em, PhotoConfig config) {
        this.em = em;
        this.config = config;
    }

    /** What the public address serves. */
    public record Served(UUID id, String contentType, byte[] content, boolean isPublic) {
    }

    /** The caller's new photo: replaces the old one; returns the new address. */
    public PhotoView upload(UUID accountId, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw PhotoProblem.PHOTO_UNUSABLE.exception(profile(m -> m.photo_no_image()));
        }
        if (upload.length > config.maxUploadSize().asLongValue()) {
            throw CommonProblem.PAYLOAD_TOO_LARGE.exception(profile(m -> m.photo_too_many_bytes(config.maxUploadSize().asLongValue())));
        }
        Specialist specialist = ownProfile(accountId);
        PhotoImages.Encoded encoded = PhotoImages.reencode(upload);
        em.lock(specialist, LockModeType.PESSIMISTIC_WRITE);
        deleteOf(specialist.id);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO specialist_photo (id, specialist_id, content_type, width, height, content)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, id).setParameter(2, specialist.id).setParameter(3, PhotoImages.CONTENT_TYPE)
                .setParameter(4, encoded.width()).setParameter(5, encoded.height()).setParameter(6, encoded.bytes())
                .executeUpdate();
        specialist.photoUrl = PATH + id;
        return new PhotoView(specialist.photoUrl, encoded.width(), encoded.height(), encoded.bytes().length);
    }

    /** Removes the caller's photo; removing none is not an error. */
    public void remove(UUID accountId) {
        Specialist specialist = ownProfile(accountId);
        em.lock(specialist, LockModeType.PESSIMISTIC_WRITE);
        deleteOf(specialist.id);
        specialist.photoUrl = null;
    }

    /** A photo by its id, with whether its profile is public (the owner may also see a draft's photo). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Served> find(UUID id, UUID viewerAccountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.content_type, p.content, s.status = 'PUBLISHED' AND s.suspended_at IS NULL, s.account_id
                FROM specialist_photo p JOIN specialist s ON s.id = p.specialist_id WHERE p.id = ?1""")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        boolean isPublic = (Boolean) row[2];
        if (!isPublic && (viewerAccountId == null || !viewerAccountId.equals(row[3]))) {
            return Optional.empty();
        }
        return Optional.of(new Served(id, (String) row[0], (byte[]) row[1], isPublic));
    }

    /** My photo for the data export: its address, size and the image itself (base64 JPEG); empty without one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Map<String, Object>> exportFor(UUID accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.content_type, p.width, p.height, p.content, p.created_at
                FROM specialist_photo p JOIN specialist s ON s.id = p.specialist_id WHERE s.account_id = ?1""")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Map<String, Object> photo = new LinkedHashMap<>();
            photo.put("url", PATH + row[0]);
            photo.put("contentType", row[1]);
            photo.put("width", row[2]);
            photo.put("height", row[3]);
            photo.put("uploadedAt", SqlValues.instant(row[5]));
            photo.put("base64", Base64.getEncoder().encodeToString((byte[]) row[4]));
            return photo;
        });
    }

    /** Erasure: the photo is gone (the profile's photo_url is cleared with its other texts). */
    void eraseFor(UUID specialistId) {
        deleteOf(specialistId);
    }

    private void deleteOf(UUID specialistId) {
        em.createNativeQuery("DELETE FROM specialist_photo WHERE specialist_id = ?1").setParameter(1, specialistId)
                .executeUpdate();
    }

    private static Specialist ownProfile(UUID accountId) {
        return Specialist.findByAccount(accountId).orElseThrow(() -> CommonProblem.NOT_FOUND.exception(profile(m -> m.photo_no_profile())));
    }

    /** The answer to an upload. */
    public record PhotoView(String photoUrl, int width, int height, int bytes) {
    }
}
