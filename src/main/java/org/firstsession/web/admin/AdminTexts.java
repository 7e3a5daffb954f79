package org.firstsession.web.admin;

import jakarta.enterprise.context.RequestScoped;

import org.firstsession.shared.i18n.AdminMsg;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.web.VisitorLanguage;

/** The admin bundle in the page's language, for the notices and form errors the admin pages word in Java. */
@RequestScoped
class AdminTexts {

    private final VisitorLanguage language;
    private final Languages languages;

    AdminTexts(VisitorLanguage language, Languages languages) {
        this.language = language;
        this.languages = languages;
    }

    AdminMsg get() {
        return languages.bundle(AdminMsg.class, language.locale());
    }
}
