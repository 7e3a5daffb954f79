package org.firstsession.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.firstsession.account.AccountProblem;
import org.firstsession.admin.AdminProblem;
import org.firstsession.article.ArticleProblem;
import org.firstsession.booking.BookingProblem;
import org.firstsession.calendar.CalendarProblem;
import org.firstsession.community.CommunityProblem;
import org.firstsession.directory.DirectoryProblem;
import org.firstsession.messaging.MessagingProblem;
import org.firstsession.notification.EmailProblem;
import org.firstsession.photo.PhotoProblem;
import org.firstsession.privacy.PrivacyProblem;
import org.firstsession.shared.error.CommonProblem;
import org.firstsession.shared.error.ProblemType;
import org.firstsession.specialist.SpecialistProblem;
import org.firstsession.waitlist.WaitlistProblem;

/**
 * Every problem type the API can answer, from the features' enums: what {@code /problems} lists, what
 * {@code /problems/{type}} explains and what the OpenAPI document names. {@code ProblemCatalogueTest} fails
 * when an enum of problem types is missing here or a slug is written twice.
 */
public final class ProblemCatalogue {

    /** The enums, in the order the list shows them: the common ones first, then by feature. */
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(CommonProblem.class, AccountProblem.class,
            SpecialistProblem.class, PhotoProblem.class, DirectoryProblem.class, BookingProblem.class, CalendarProblem.class,
            PrivacyProblem.class, MessagingProblem.class, CommunityProblem.class, ArticleProblem.class,
            AdminProblem.class, EmailProblem.class, WaitlistProblem.class);

    private static final Map<String, ProblemType> BY_SLUG;

    static {
        Map<String, ProblemType> bySlug = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                ProblemType problem = (ProblemType) constant;
                bySlug.putIfAbsent(problem.slug(), problem);
            }
        }
        BY_SLUG = Collections.unmodifiableMap(bySlug);
    }

    private ProblemCatalogue() {
    }

    /** Every problem type, each slug once. */
    public static List<ProblemType> all() {
        return List.copyOf(BY_SLUG.values());
    }

    /** Every constant of every enum, duplicates included (for the test that there are none). */
    static List<ProblemType> everyDefinition() {
        List<ProblemType> all = new ArrayList<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                all.add((ProblemType) constant);
            }
        }
        return all;
    }

    public static Optional<ProblemType> find(String slug) {
        return Optional.ofNullable(slug == null ? null : BY_SLUG.get(slug));
    }

    /** The feature an enum belongs to, for grouping: {@code booking} for {@code BookingProblem}. */
    public static String feature(ProblemType type) {
        if (type instanceof CommonProblem) {
            return "common";
        }
        String name = type.getClass().getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
