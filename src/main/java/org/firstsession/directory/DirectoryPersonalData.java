package org.firstsession.directory;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * What the directory derives from profiles: the spelling vocabulary ({@code search_word}: words of
 * visible profiles, names included) and the rank postings ({@code directory_term}: each visible
 * profile's words and lower-cased name). Both are kept by triggers (migration V20) in the same
 * transaction as the profile: when erasure takes the profile out of the directory, its postings go and
 * every word no other visible profile uses leaves the vocabulary. Nothing to export (it is the profile,
 * which the specialist part exports); erasure only checks that nothing of the profile is left.
 */
@ApplicationScoped
@Priority(85)
class DirectoryPersonalData implements PersonalData {

    private final EntityManager em;

    DirectoryPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return null;
    }

    @Override
    public void erase(DataSubject subject) {
        if (subject.isSpecialist()) {
            // The profile is unpublished by now (specialist part, priority 90), so the trigger has removed
            // these already; a profile that was never visible had none. Deleting again costs nothing.
            em.createNativeQuery("DELETE FROM directory_term WHERE specialist_id = ?1")
                    .setParameter(1, subject.specialistId()).executeUpdate();
        }
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("search_word.word", "directory_term.lexeme", "directory_term.name_key");
    }
}
