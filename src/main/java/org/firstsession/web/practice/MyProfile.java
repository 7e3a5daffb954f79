package org.firstsession.web.practice;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.shared.error.ProblemException;
import org.firstsession.specialist.SpecialistService;
import org.firstsession.specialist.SpecialistView;
import org.firstsession.web.Viewer;

/** The viewer's own specialist profile: every page of the practice is about it. */
@ApplicationScoped
class MyProfile {

    private final SpecialistService specialists;
    private final Viewer viewer;

    MyProfile(SpecialistService specialists, Viewer viewer) {
        this.specialists = specialists;
        this.viewer = viewer;
    }

    Optional<SpecialistView> find() {
        return viewer.specialistProfile().map(id -> specialists.readOwn(id, viewer.accountId()));
    }

    /** The profile, or the 404 page for a viewer who has none yet. */
    SpecialistView require() {
        return find().orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_my_profile())));
    }

    UUID accountId() {
        return viewer.accountId();
    }
}
