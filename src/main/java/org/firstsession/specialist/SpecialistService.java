package org.firstsession.specialist;

import static org.firstsession.shared.i18n.Details.problem;
import static org.firstsession.shared.i18n.Details.profile;


import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.firstsession.account.Account;
import org.firstsession.place.Gazetteer;
import org.firstsession.place.Place;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.Text;
import org.firstsession.shared.idempotency.IdempotencyService;
import org.hibernate.exception.ConstraintViolationException;
import java.math.RoundingMode;

@ApplicationScoped
@Transactional
public class SpecialistService {

    private final EntityManager em;
    private final FirstSessionConfig config;
    private final IdempotencyService idempotency;
    private final Gazetteer gazetteer;
    private final Languages languages;

    SpecialistService(EntityManager em, FirstSessionConfig config, IdempotencyService idempotency, Gazetteer gazetteer,
            Languages languages) {
        this.gazetteer = gazetteer;
        this.languages = languages;
        this.em = em;
        this.config = config;
        this.idempotency = idempotency;
    }

    /** Creates the caller's profile; a replay with the same Idempotency-Key returns the first response. */
    public SpecialistView create(UUID accountId, String idempotencyKey, SpecialistRequest request) {
        return idempotency.once(accountId, idempotencyKey, "POST /api/specialists", request, SpecialistView.class,
                () -> create(accountId, request));
    }

    private SpecialistView create(UUID accountId, SpecialistRequest request) {
        if (Specialist.findByAccount(accountId).isPresent()) {
            throw alreadyHasProfile();
        }
        Specialist specialist = new Specialist();
        specialist.accountId = accountId;
        specialist.textLanguage = accountLanguage(accountId);
        apply(specialist, request);
        try {
            specialist.persist();
            em.flush();
        } catch (PersistenceException e) {
            // Two creates racing each other: the unique constraint on account_id lets one through.
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw alreadyHasProfile();
            }
            throw e;
        }
        return view(specialist);
    }

    /**
     * The owner sees their profile in any status; everyone else sees published profiles only, with headline and
     * bio in the first of {@code readerLanguages} the specialist wrote them in (else as written).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView read(UUID id, UUID callerAccountId, List<String> readerLanguages) {
        Specialist specialist = Specialist.<Specialist>findByIdOptional(id).orElseThrow(SpecialistService::notFound);
        if (callerAccountId != null && specialist.isOwnedBy(callerAccountId)) {
            return view(specialist);
        }
        if (!specialist.isPublic()) {
            throw notFound();
        }
        return PublicSpecialistView.of(specialist, shareUrl(specialist.id), place(specialist), readerLanguages);
    }

    /** A published profile as anyone sees it (its owner too), texts in a reader's language as {@link #read}; otherwise 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicSpecialistView readPublic(UUID id, List<String> readerLanguages) {
        Specialist specialist = Specialist.<Specialist>findByIdOptional(id).filter(Specialist::isPublic)
                .orElseThrow(SpecialistService::notFound);
        return PublicSpecialistView.of(specialist, shareUrl(specialist.id), place(specialist), readerLanguages);
    }

    /** The owner's own profile in any status; 404 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SpecialistView readOwn(UUID id, UUID ownerAccountId) {
        return Specialist.<Specialist>findByIdOptional(id).filter(s -> s.isOwnedBy(ownerAccountId))
                .map(this::view).orElseThrow(SpecialistService::notFound);
    }

    public void update(UUID id, UUID callerAccountId, SpecialistRequest request) {
        Specialist specialist = owned(id, callerAccountId);
        apply(specialist, request);
        if (specialist.isPublished()) {
            // A published profile must stay complete enough for clients to choose.
            requireComplete(specialist);
        }
    }

    public SpecialistView publish(UUID id, UUID callerAccountId) {
        Specialist specialist = owned(id, callerAccountId);
        requireComplete(specialist);
        if (!specialist.isPublished()) {
            specialist.status = SpecialistStatus.PUBLISHED;
            specialist.publishedAt = Instant.now();
        }
        return view(specialist);
    }

    public SpecialistView unpublish(UUID id, UUID callerAccountId) {
        Specialist specialist = owned(id, callerAccountId);
        if (specialist.status == SpecialistStatus.DRAFT) {
            throw SpecialistProblem.NOT_PUBLISHED.exception(profile(m -> m.profile_never_published()));
        }
        specialist.status = SpecialistStatus.UNPUBLISHED;
        return view(specialist);
    }

    /** Sets only the buffer around booked consultations (the slots page's own form); 0–60, else 400. */
    public SpecialistView setBufferMinutes(UUID callerAccountId, int minutes) {
        if (minutes < 0 || minutes > 60) {
            throw ProblemException.invalid("bufferMinutes", profile(m -> m.profile_buffer_range()));
        }
        Specialist specialist = Specialist.findByAccount(callerAccountId).orElseThrow(SpecialistService::notFound);
        specialist.bufferMinutes = minutes;
        return view(specialist);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> profileIdOf(UUID accountId) {
        return Specialist.findByAccount(accountId).map(s -> s.id);
    }

    public String shareUrl(UUID specialistId) {
        return config.link("/specialists/" + specialistId);
    }

    /** The caller's own profile; a profile they may not see is 404, one they may see but not edit 403. */
    private Specialist owned(UUID id, UUID callerAccountId) {
        Specialist specialist = Specialist.<Specialist>findByIdOptional(id).orElseThrow(SpecialistService::notFound);
        if (specialist.isOwnedBy(callerAccountId)) {
            return specialist;
        }
        if (specialist.isPublic()) {
            throw SpecialistProblem.NOT_OWNER.exception(profile(m -> m.profile_owner_only()));
        }
        throw notFound();
    }

    private static void requireComplete(Specialist s) {
        List<FieldError> missing = new ArrayList<>();
        Text required = profile(m -> m.profile_required_to_publish());
        Text oneRequired = profile(m -> m.profile_one_required_to_publish());
        if (blank(s.professionalTitle)) {
            missing.add(new FieldError("professionalTitle", required));
        }
        if (blank(s.bio)) {
            missing.add(new FieldError("bio", required));
        }
        if (s.specialties.isEmpty()) {
            missing.add(new FieldError("specialties", oneRequired));
        }
        if (s.languages.isEmpty()) {
            missing.add(new FieldError("languages", oneRequired));
        }
        if (s.sessionFormats.isEmpty()) {
            missing.add(new FieldError("sessionFormats", oneRequired));
        }
        if (blank(s.timeZone)) {
            missing.add(new FieldError("timeZone", required));
        }
        if (!missing.isEmpty()) {
            throw SpecialistProblem.PROFILE_INCOMPLETE.exception(profile(m -> m.profile_incomplete()), missing);
        }
    }

    private void apply(Specialist s, SpecialistRequest r) {
        s.displayName = trim(r.displayName());
        s.professionalTitle = trim(r.professionalTitle());
        s.headline = trim(r.headline());
        s.bio = trim(r.bio());
        String photo = trim(r.photoUrl());
        if (photo != null && !photo.equals(s.photoUrl)) {
            // Photos are uploaded and served by us (PUT /api/me/specialist/photo); a PUT may echo the current value.
            throw ProblemException.invalid("photoUrl", profile(m -> m.profile_photo_by_upload()));
        }
        s.specialties = distinct(r.specialties());
        s.approaches = distinct(r.approaches());
        s.languages = distinct(r.languages());
        s.sessionFormats = r.sessionFormats() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(r.sessionFormats().stream().map(SessionFormat::code).toList()));
        s.city = trim(r.city());
        s.country = r.country();
        s.timeZone = r.timeZone();
        s.feeAmount = r.fee() == null ? null : r.fee().amount().setScale(2, RoundingMode.UNNECESSARY);
        s.feeCurrency = r.fee() == null ? null : r.fee().currency();
        s.yearsOfPractice = r.yearsOfPractice();
        s.licenceNumber = r.licence() == null ? null : trim(r.licence().number());
        s.licenceBody = r.licence() == null ? null : trim(r.licence().licensingBody());
        s.licenceCountry = r.licence() == null ? null : r.licence().country();
        s.meetingUrl = trim(r.meetingUrl());
        s.videoRooms = r.videoRooms() == null ? VideoRooms.GENERATED : r.videoRooms();
        if (r.bufferMinutes() != null) {
            s.bufferMinutes = r.bufferMinutes();
        }
        SpecialistRequest.ReducedFee reduced = r.reducedFee() == null ? SpecialistRequest.ReducedFee.NONE : r.reducedFee();
        String note = trim(reduced.note());
        if (note != null && !reduced.available()) {
            throw ProblemException.invalid("reducedFee.note", profile(m -> m.profile_reduced_note_unavailable()));
        }
        s.reducedFeeAvailable = reduced.available();
        s.reducedFeeNote = note;
        if (r.placeId() == null) {
            s.placeId = null;
            s.placeLat = null;
            s.placeLon = null;
        } else {
            Place place = gazetteer.byId(r.placeId())
                    .orElseThrow(() -> ProblemException.invalid("placeId", problem(m -> m.field_place_id())));
            s.placeId = place.id();
            s.placeLat = place.lat();
            s.placeLon = place.lon();
        }
        if (s.sessionFormats.contains(SessionFormat.IN_PERSON.code()) && blank(s.city)) {
            throw ProblemException.invalid("city", profile(m -> m.profile_city_for_in_person()));
        }
        if (r.textLanguage() != null) {
            s.textLanguage = r.textLanguage();
        }
        // Checked against the texts as saved now: a translation must still match the originals after an edit.
        Map<String, ProfileText> translations = r.translations() != null ? r.translations() : s.translations;
        s.translations = ProfileTexts.checked(translations, s.headline, s.bio, s.textLanguage,
                languages.supported().stream().map(Locale::getLanguage).toList());
    }

    /** The account's chosen language, the default language of a new profile's texts; the platform's default without one. */
    private String accountLanguage(UUID accountId) {
        Account account = Account.findById(accountId);
        return Optional.ofNullable(account).map(a -> a.language).flatMap(languages::parse)
                .orElse(languages.fallback()).getLanguage();
    }

    /** The profile's place as the gazetteer has it (null without one). */
    private Place place(Specialist s) {
        return s.placeId == null ? null : gazetteer.byId(s.placeId).orElse(null);
    }

    SpecialistView view(Specialist s) {
        return SpecialistView.of(s, shareUrl(s.id), place(s));
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static ProblemException notFound() {
        return ProblemException.notFound(problem(m -> m.not_found_specialist()));
    }

    private static ProblemException alreadyHasProfile() {
        return SpecialistProblem.PROFILE_EXISTS.exception(profile(m -> m.profile_exists()));
    }

}
