package org.firstsession.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.booking.SlotWindow;
import org.firstsession.article.ArticleQuery;
import org.firstsession.article.ArticleService;
import org.firstsession.article.ArticleViews.ArticleSummary;
import org.firstsession.booking.SlotService;
import org.firstsession.booking.SlotView;
import org.firstsession.directory.DirectoryItem;
import org.firstsession.directory.DirectoryQuery;
import org.firstsession.directory.DirectoryService;
import org.firstsession.privacy.Consents;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Msg;
import org.firstsession.shared.i18n.FindMsg;
import org.firstsession.specialist.PublicSpecialistView;
import org.firstsession.specialist.SpecialistService;
import org.firstsession.specialist.Taxonomy;
import org.firstsession.directory.DirectoryConfig;
import org.firstsession.place.Gazetteer;
import org.firstsession.place.Place;
import org.firstsession.waitlist.WaitlistService;
import org.firstsession.waitlist.WaitlistViews;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.Arrays;
import java.util.Comparator;

/** The directory ({@code /specialists}) and a specialist's public profile with booking and messaging. */
@Path("/specialists")
@Produces(MediaType.TEXT_HTML)
public class DirectoryPages {

    static final String LOGIN_TO_BOOK = "You need to be logged in to book a free consultation";
    /** How far ahead the profile lists open slots. */
    static final Duration SLOT_WINDOW = Duration.ofDays(21);
    static final List<String> LANGUAGES = List.of("ar", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he",
            "hi", "hr", "hu", "it", "ja", "ko", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sr", "sv", "tr", "uk", "zh");
    static final List<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .sorted(Comparator.comparing(Labels::countryLabel)).toList();

    /** The directory's filters exactly as typed, so the form keeps them and the page links repeat them. */
    public static class Filters {
        @QueryParam("q") public String q;
        @QueryParam("specialty") public String specialty;
        @QueryParam("approach") public String approach;
        @QueryParam("language") public String language;
        @QueryParam("format") public String format;
        @QueryParam("country") public String country;
        @QueryParam("city") public String city;
        @QueryParam("maxFee") public String maxFee;
        @QueryParam("currency") public String currency;
        @QueryParam("reducedFee") public String reducedFee;
        /** The "Near" field as typed (a place name); {@code near} is the suggestion's place id, set by the script. */
        @QueryParam("place") public String place;
        @QueryParam("near") public String near;
        @QueryParam("radiusKm") public String radiusKm;
        @QueryParam("includeOnline") public String includeOnline;
        /** "1" when the search comes from the guided start (/start): the page says what was chosen. */
        @QueryParam("guided") public String guided;
        @QueryParam("freeConsultation") public String freeConsultation;
        @QueryParam("waitlistOpen") public String waitlistOpen;
        @QueryParam("verified") public String verified;
        @QueryParam("sort") public String sort;
        @QueryParam("page") public String page;
        @QueryParam("size") public String size;

        /** The query string for another page of the same search. */
        public String pageLink(int number) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", q);
            params.put("specialty", specialty);
            params.put("approach", approach);
            params.put("language", language);
            params.put("format", format);
            params.put("country", country);
            params.put("city", city);
            params.put("maxFee", maxFee);
            params.put("currency", currency);
            params.put("reducedFee", reducedFee);
            params.put("place", place);
            params.put("near", near);
            params.put("radiusKm", radiusKm);
            params.put("includeOnline", includeOnline);
            params.put("guided", guided);
            params.put("freeConsultation", freeConsultation);
            params.put("waitlistOpen", waitlistOpen);
            params.put("verified", verified);
            params.put("sort", sort);
            params.put("size", size);
            StringBuilder link = new StringBuilder("/specialists?");
            params.forEach((key, value) -> {
                if (value != null && !value.isBlank()) {
                    link.append(key).append('=').append(WebTemplateExtensions.urlEncode(value)).append('&');
                }
            });
            return link.append("page=").append(number).toString();
        }

        /** The guided start again, with these answers filled in (they live in the address only). */
        public String startLink() {
            String link = pageLink(0);
            return "/start?" + link.substring("/specialists?".length()).replaceAll("&?page=0$", "");
        }

        public boolean is(String field, String value) {
            String current = switch (field) {
                case "specialty" -> specialty;
                case "approach" -> approach;
                case "language" -> language;
                case "format" -> format;
                case "country" -> country;
                case "sort" -> sort;
                case "radiusKm" -> radiusKm == null || radiusKm.isBlank() ? "25" : radiusKm;
                case "currency" -> currency;
                case "freeConsultation" -> freeConsultation == null ? "" : freeConsultation;
                case "maxFee" -> maxFee == null ? "" : maxFee;
                default -> null;
            };
            return value.equals(current);
        }
    }

    /** One day of open slots in the visitor's zone. */
    public record SlotDay(String label, List<SlotChoice> slots) {
    }

    public record SlotChoice(UUID id, String time, String label, Instant startsAt) {
    }

    /** What the visitor typed into the profile's forms, kept when something went wrong. */
    public record ProfileInput(String slotId, String note, boolean consent, String message, String idempotencyKey) {
        static ProfileInput empty() {
            return new ProfileInput(null, null, false, null, UUID.randomUUID().toString());
        }
    }

    /**
     * The profile's waitlist box: how many wait (never who), the viewer's own place if they wait, and how
     * the last join or leave went ({@code ?waitlist=} after the form's redirect).
     */
    public record WaitlistBox(long waiting, WaitlistViews.Entry mine, String notice, boolean refused, List<DayChoice> days) {

        /** The notice after a join or leave ({@code ?waitlist=}); null for an unknown outcome. */
        static String notice(String outcome, Msg msg) {
            return switch (outcome == null ? "" : outcome) {
                case "joined" -> msg.waitlist_joined();
                case "left" -> msg.waitlist_left();
                case "already-waiting" -> msg.waitlist_already_waiting();
                case "too-many-waitlists" -> msg.waitlist_too_many();
                case "already-booked-with-specialist" -> msg.waitlist_already_booked();
                case "own-waitlist" -> msg.waitlist_own();
                case "validation" -> msg.waitlist_invalid_times();
                default -> null;
            };
        }

        static List<DayChoice> days(Locale locale) {
            return Arrays.stream(DayOfWeek.values())
                    .map(d -> new DayChoice(d.name(), d.getDisplayName(TextStyle.FULL, locale))).toList();
        }
    }

    public record DayChoice(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance directory(Filters filters, List<DirectoryItem> results, Paging paging,
                FormErrors errors, List<Taxonomy.Term> specialties, List<Taxonomy.Term> approaches,
                List<String> languages, List<String> countries, List<String> radii, List<String> currencies,
                boolean feeNeedsCurrency);

        static native TemplateInstance profile(PublicSpecialistView s, List<SlotDay> days, Consents.Wording consent,
                ProfileInput input, FormErrors errors, String notice, String bookNotice, String messageNotice,
                ShareLinks share, String ogDescription, String loginToBook, String loginToMessage,
                List<ArticleSummary> articles, WaitlistBox waitlist);
    }

    /** How many of the specialist's newest articles the profile lists. */
    static final int PROFILE_ARTICLES = 5;

    private final DirectoryService directory;
    private final SpecialistService specialists;
    private final SlotService slots;
    private final Consents consents;
    private final VisitorZone zone;
    private final VisitorLanguage language;
    private final ArticleService articles;
    private final WaitlistService waitlist;
    private final Viewer viewer;
    private final Gazetteer gazetteer;
    private final DirectoryConfig directoryConfig;

    DirectoryPages(DirectoryService directory, SpecialistService specialists, SlotService slots, Consents consents,
            VisitorZone zone, ArticleService articles, WaitlistService waitlist, Viewer viewer, VisitorLanguage language,
            Gazetteer gazetteer, DirectoryConfig directoryConfig) {
        this.language = language;
        this.gazetteer = gazetteer;
        this.directoryConfig = directoryConfig;
        this.articles = articles;
        this.waitlist = waitlist;
        this.viewer = viewer;
        this.directory = directory;
        this.specialists = specialists;
        this.slots = slots;
        this.consents = consents;
        this.zone = zone;
    }

    @GET
    @PermitAll
    public Response search(@BeanParam Filters filters) {
        FindMsg texts = language.bundle(FindMsg.class);
        FormErrors errors = FormErrors.none();
        List<DirectoryItem> results = List.of();
        Paging paging = new Paging(1, 1, 0, true, null, null);
        // The page's own checks on the Near field, in the page's language; the query's checks follow.
        String placeId = nearPlace(filters, texts, errors);
        boolean place = placeId != null || errors.has("place");
        if (!place && "true".equals(filters.includeOnline)) {
            errors.add("includeOnline", texts.place_online_needs_place());
        }
        if (!place && filters.is("sort", "distance")) {
            errors.add("sort", texts.place_distance_needs_place());
        }
        // A highest fee is compared within one currency. Without one (and without DIRECTORY_DEFAULT_CURRENCY) the
        // guided start's answers go back to its budget question, unless the chosen place's country names a currency;
        // on the directory itself the amount stays in its field with a note and is not applied until one is chosen.
        String maxFee = filters.maxFee;
        boolean feeNeedsCurrency = false;
        if (isAmount(filters.maxFee) && blank(filters.currency) && directoryConfig.defaultCurrency().isEmpty()) {
            if ("1".equals(filters.guided) && !errors.any()) {
                Optional<String> byPlace = (placeId == null ? Optional.<Place>empty() : gazetteer.byId(placeId))
                        .flatMap(p -> BudgetCurrency.ofCountry(p.country()));
                if (byPlace.isEmpty()) {
                    return Response.seeOther(URI.create(filters.startLink() + "&missing=" + GuidedStartPage.MISSING_CURRENCY))
                            .build();
                }
                filters.currency = byPlace.get();
            } else {
                feeNeedsCurrency = true;
                maxFee = null;
            }
        }
        try {
            DirectoryQuery query = DirectoryQuery.parse(filters.q, filters.specialty, filters.approach,
                    filters.language, filters.format, filters.country, filters.city, maxFee, filters.freeConsultation,
                    filters.verified, errors.has("sort") ? null : filters.sort, filters.page, filters.size,
                    filters.waitlistOpen,
                    // The radius choice only means something around a place (and the form always sends one).
                    new DirectoryQuery.NearParams(placeId, null, null, placeId == null ? null : filters.radiusKm,
                            placeId == null ? null : filters.includeOnline),
                    new DirectoryQuery.PriceParams(filters.currency, filters.reducedFee), gazetteer,
                    directoryConfig.defaultCurrency().orElse(null));
            if (!errors.any()) {
                Page<DirectoryItem> page = directory.search(query, language.readerLanguages());
                results = page.items();
                int pages = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
                // Past the directory's count limit the total is "at least": a full page means there may be more.
                boolean more = page.totalExact() ? page.page() + 1 < pages : page.items().size() == page.size();
                paging = new Paging(page.page() + 1, Math.max(pages, page.page() + 1), page.total(), page.totalExact(),
                        page.page() > 0 ? filters.pageLink(page.page() - 1) : null,
                        more ? filters.pageLink(page.page() + 1) : null);
            }
        } catch (ProblemException e) {
            FormErrors.of(e.toProblem().errors()).all().forEach(errors::add);
        }
        return Response.status(errors.any() ? 400 : 200).entity(Templates.directory(filters, results, paging, errors,
                Taxonomy.SPECIALTIES, Taxonomy.APPROACHES, LANGUAGES, COUNTRIES, RADII, CURRENCIES, feeNeedsCurrency))
                .build();
    }

    /** The radius choices of the "Near" field, in km (the API takes any whole number from 1 to 500). */
    static final List<String> RADII = List.of("5", "10", "25", "50", "100", "200");
    static final List<String> CURRENCIES = List.of("EUR", "GBP", "CHF", "USD", "SEK", "NOK", "DKK", "PLN", "CZK");

    /**
     * The place id of the "Near" field, or null without a place: the script's pick ({@code near}) while the field
     * still shows one of that place's names, else the place of the typed name (in the chosen country), so the field
     * works as a plain search without JavaScript; a link may carry the id alone (the guided start, a shared search).
     * A name or id the gazetteer does not know is a message on the field.
     */
    private String nearPlace(Filters filters, FindMsg texts, FormErrors errors) {
        String country = blank(filters.country) ? null : filters.country.strip();
        if (blank(filters.place)) {
            if (blank(filters.near)) {
                return null;
            }
            Optional<Place> linked = gazetteer.byId(filters.near);
            if (linked.isEmpty()) {
                errors.add("place", texts.place_unknown_id());
                return null;
            }
            return String.valueOf(linked.get().id());
        }
        String name = filters.place.strip().split(",")[0].strip();
        Optional<Place> found = (blank(filters.near) ? Optional.<Place>empty() : gazetteer.byId(filters.near))
                .filter(p -> gazetteer.isCalled(p, name))
                .or(() -> gazetteer.named(name, country));
        if (found.isEmpty()) {
            errors.add("place", country == null ? texts.place_unknown() : texts.place_unknown_in_country());
            return null;
        }
        return String.valueOf(found.get().id());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A highest fee as the query would read it (a number of zero or more); anything else gets the query's message. */
    private static boolean isAmount(String value) {
        if (blank(value)) {
            return false;
        }
        try {
            return new BigDecimal(value.strip()).signum() >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public TemplateInstance profile(@PathParam("id") UUID id, @QueryParam("waitlist") String waitlistOutcome) {
        // Map.of refuses get(null): a profile opened without ?waitlist= has no notice.
        String waitlistNotice = WaitlistBox.notice(waitlistOutcome, language.messages());
        return profilePage(id, ProfileInput.empty(), FormErrors.none(), null, null, null, waitlistNotice,
                waitlistOutcome != null && !"joined".equals(waitlistOutcome) && !"left".equals(waitlistOutcome));
    }

    /** The profile, possibly re-shown after a booking or message attempt with its input and messages. */
    TemplateInstance profilePage(UUID id, ProfileInput input, FormErrors errors, String notice, String bookNotice,
            String messageNotice) {
        return profilePage(id, input, errors, notice, bookNotice, messageNotice, null, false);
    }

    private TemplateInstance profilePage(UUID id, ProfileInput input, FormErrors errors, String notice, String bookNotice,
            String messageNotice, String waitlistNotice, boolean waitlistRefused) {
        PublicSpecialistView s = specialists.readPublic(id, language.readerLanguages());
        List<SlotDay> days = new ArrayList<>();
        SlotView.SlotList open = slots.openSlots(id, SlotWindow.until(Instant.now().plus(SLOT_WINDOW)), null);
        Map<String, List<SlotChoice>> byDay = new LinkedHashMap<>();
        for (SlotView slot : open.items()) {
            byDay.computeIfAbsent(zone.day(slot.startsAt()), d -> new ArrayList<>())
                    .add(new SlotChoice(slot.id(), zone.time(slot.startsAt()), zone.format(slot.startsAt()), slot.startsAt()));
        }
        byDay.forEach((day, choices) -> days.add(new SlotDay(day, choices)));
        String title = s.displayName() + (s.professionalTitle() == null ? "" : ", " + s.professionalTitle());
        Msg msg = language.messages();
        String description = s.headline() != null ? s.headline() : msg.profile_description(s.displayName());
        return Templates.profile(s, days, consents.bookingWording(language.locale()), input, errors, notice, bookNotice, messageNotice,
                ShareLinks.of(s.shareUrl(), msg.share_title(title)), description, msg.gate_book(),
                msg.gate_message(), articles.list(ArticleQuery.newest(id, PROFILE_ARTICLES)).items(),
                new WaitlistBox(waitlist.waiting(id), viewer.loggedIn() ? waitlist.mineFor(viewer.accountId(), id).orElse(null) : null,
                        waitlistNotice, waitlistRefused, WaitlistBox.days(language.locale())));
    }
}
