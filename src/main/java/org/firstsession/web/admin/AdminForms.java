package org.firstsession.web.admin;

import java.util.Map;

import org.firstsession.shared.i18n.AdminMsg;
import org.firstsession.web.FormErrors;
import org.firstsession.web.Paging;

/**
 * The admin pages' own words for a refused filter: the services and {@link Paging} name a field and say what is
 * wrong in English for the API; the page shows the admin's language next to the same field.
 */
final class AdminForms {

    private AdminForms() {
    }

    /** {@code errors} with each field's message from {@code byField} ("page": there is no such page). */
    static FormErrors worded(FormErrors errors, AdminMsg t, Map<String, String> byField) {
        FormErrors out = FormErrors.none();
        errors.all().forEach((field, message) -> out.add(field,
                "page".equals(field) ? t.admin_no_such_page() : byField.getOrDefault(field, message)));
        return out;
    }

    /** The same list with its refusals worded for the admin. */
    static <T> Paging.Listing<T> worded(Paging.Listing<T> list, AdminMsg t, Map<String, String> byField) {
        return list.errors().any() ? new Paging.Listing<>(list.items(), list.paging(), worded(list.errors(), t, byField)) : list;
    }
}
