package org.firstsession.specialist;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * The specialist profile: exported as its owner sees it; erased by taking it out of the directory and
 * clearing every text about the person (the row stays for the clients' booking history). What the
 * directory derived from the profile (search vocabulary, rank postings) follows the row by trigger:
 * see {@code directory.DirectoryPersonalData}.
 */
@ApplicationScoped
@Priority(90)
class SpecialistPersonalData implements PersonalData {

    record Part(SpecialistView specialistProfile) implements ExportPart {
    }

    private final EntityManager em;
    private final SpecialistService specialists;

    SpecialistPersonalData(EntityManager em, SpecialistService specialists) {
        this.em = em;
        this.specialists = specialists;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return new Part(subject.isSpecialist()
                ? specialists.view(Specialist.<Specialist>findById(subject.specialistId()))
                : null);
    }

    @Override
    public void erase(DataSubject subject) {
        if (subject.isSpecialist()) {
            em.createNativeQuery("""
                    UPDATE specialist SET status = 'UNPUBLISHED', display_name = 'Former specialist',
                        professional_title = NULL, headline = NULL, bio = NULL, translations = '{}', photo_url = NULL, city = NULL,
                        place_id = NULL, place_lat = NULL, place_lon = NULL, reduced_fee_note = NULL,
                        licence_number = NULL, licence_body = NULL, meeting_url = NULL, featured_at = NULL,
                        featured_until = NULL, verification_note = NULL, suspension_reason = NULL
                    WHERE id = ?1""").setParameter(1, subject.specialistId()).executeUpdate();
        }
    }

    /** Text columns only (PersonalDataCoverageTest compares with them): {@code translations} (jsonb) is erased above too. */
    @Override
    public Set<String> personalColumns() {
        return Set.of("specialist.display_name", "specialist.professional_title", "specialist.headline",
                "specialist.bio", "specialist.photo_url", "specialist.city", "specialist.reduced_fee_note", "specialist.licence_number",
                "specialist.licence_body", "specialist.meeting_url", "specialist.verification_note",
                "specialist.suspension_reason");
    }
}
