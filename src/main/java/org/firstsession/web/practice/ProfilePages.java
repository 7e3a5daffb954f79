package org.firstsession.web.practice;

import static org.firstsession.web.WebPaths.seeOther;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.photo.PhotoService;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.PracticeMsg;
import org.firstsession.shared.web.RequestValidator;
import org.firstsession.specialist.ProfileText;
import org.firstsession.specialist.SpecialistRequest;
import org.firstsession.place.Gazetteer;
import org.firstsession.specialist.SpecialistService;
import org.firstsession.specialist.SpecialistView;
import org.firstsession.specialist.Taxonomy;
import org.firstsession.web.FormErrors;
import org.firstsession.web.FormFields;
import org.firstsession.web.TimeZonePage;
import org.firstsession.web.VisitorLanguage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** Creating and editing the specialist's own profile, publishing and unpublishing it. */
@Path("/specialist/profile")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ProfilePages {

    public record Country(String code, String name) {
    }

    /** Every country by its name in {@code language}, in that language's alphabetical order. */
    static List<Country> countries(Locale language) {
        Collator order = Collator.getInstance(language);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(language)))
                .sorted(Comparator.comparing(Country::name, order)).toList();
    }

    @CheckedTemplate(basePath = "practice")
    static class Templates {
        static native TemplateInstance profile(SpecialistView profile, ProfileForm form, FormErrors errors, String notice,
                List<Taxonomy.Term> specialtyTerms, List<Taxonomy.Term> approachTerms, List<String> zones,
                List<Country> countries, ProfileTextsForm.Fields texts);
    }

    private final MyProfile me;
    private final SpecialistService specialists;
    private final RequestValidator validator;
    private final PhotoService photos;

    private final Gazetteer gazetteer;
    private final VisitorLanguage language;
    private final Languages languages;
    private final PracticeTexts words;

    ProfilePages(MyProfile me, SpecialistService specialists, RequestValidator validator, PhotoService photos, Gazetteer gazetteer,
            VisitorLanguage language, Languages languages, PracticeTexts words) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.language = language;
        this.languages = languages;
        this.me = me;
        this.photos = photos;
        this.specialists = specialists;
        this.validator = validator;
    }

    @GET
    public TemplateInstance profileForm(@QueryParam("done") String done) {
        Optional<SpecialistView> profile = me.find();
        PracticeMsg m = words.practice();
        String notice = "saved".equals(done) ? m.pf_saved()
                : "created".equals(done) ? m.pf_created()
                : "published".equals(done) ? m.pf_published()
                : "unpublished".equals(done) ? m.pf_unpublished()
                : "photo".equals(done) ? m.pf_photo_saved()
                : "photo-removed".equals(done) ? m.pf_photo_removed() : null;
        return page(profile.orElse(null), profile.map(ProfileForm::of).orElseGet(ProfileForm::empty),
                FormErrors.none(), notice);
    }

    @POST
    public Response saveProfile(@BeanParam ProfileForm posted, @BeanParam ProfileTextsForm texts) {
        ProfileForm form = posted.posted();
        Optional<SpecialistView> existing = me.find();
        PracticeMsg m = words.practice();
        FormErrors errors = FormErrors.none();
        SpecialistRequest request = form.toRequest(errors, gazetteer, m);
        // The texts' language and translations: a block of their own (ProfileTextsForm), checked with the page's wording.
        Map<String, ProfileText> translations = texts.read(FormFields.text(form.headline()), FormFields.text(form.bio()),
                existing.map(SpecialistView::textLanguage).orElse(null), errors, language.locale(), languages);
        ProfileTextsForm.Fields textsShown = texts.languages() == null
                ? ProfileTextsForm.of(existing.orElse(null), language.locale(), languages)
                : texts.shown(request == null ? List.of() : request.languages(), languages);
        if (request != null) {
            request = request.withTexts(texts.language(), translations);
        }
        if (request != null) {
            try {
                validator.valid(request);
            } catch (ConstraintViolationException invalid) {
                ProfileForm.addViolations(invalid, errors, m);
            }
        }
        if (errors.any()) {
            return Response.status(400).entity(page(existing.orElse(null), form, textsShown, errors,
                    m.pf_check_fields())).build();
        }
        try {
            if (existing.isEmpty()) {
                specialists.create(me.accountId(), form.idempotencyKey(), request);
                return seeOther("/specialist/profile?done=created");
            }
            specialists.update(existing.get().id(), me.accountId(), request);
            return seeOther("/specialist/profile?done=saved");
        } catch (ProblemException refusal) {
            FormErrors fieldErrors = ProfileForm.labelled(FormErrors.of(refusal), m);
            String notice = "profile-incomplete".equals(refusal.slug())
                    ? m.pf_must_stay_complete(ProfileForm.missing(fieldErrors, m))
                    : fieldErrors.any() ? m.pf_check_fields_nothing_saved() : FormErrors.message(refusal);
            return Response.status(refusal.status()).entity(page(existing.orElse(null), form, textsShown, fieldErrors, notice))
                    .build();
        }
    }

    @POST
    @Path("/publish")
    public Response publish() {
        SpecialistView profile = me.require();
        try {
            specialists.publish(profile.id(), me.accountId());
            return seeOther("/specialist/profile?done=published");
        } catch (ProblemException refusal) {
            PracticeMsg m = words.practice();
            FormErrors errors = ProfileForm.labelled(FormErrors.of(refusal), m);
            return Response.status(refusal.status()).entity(page(profile, ProfileForm.of(profile), errors,
                    m.pf_cannot_publish(ProfileForm.missing(errors, m)))).build();
        }
    }

    @POST
    @Path("/unpublish")
    public Response unpublish() {
        SpecialistView profile = me.require();
        try {
            specialists.unpublish(profile.id(), me.accountId());
            return seeOther("/specialist/profile?done=unpublished");
        } catch (ProblemException refusal) {
            return Response.status(refusal.status()).entity(page(profile, ProfileForm.of(profile),
                    FormErrors.none(), FormErrors.message(refusal))).build();
        }
    }

    /** The photo: the same upload as {@code PUT /api/me/specialist/photo} (checked and re-encoded there). */
    @POST
    @Path("/photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadPhoto(@RestForm("photo") FileUpload photo) {
        SpecialistView profile = me.require();
        try {
            byte[] bytes = photo == null || photo.uploadedFile() == null ? new byte[0] : Files.readAllBytes(photo.uploadedFile());
            photos.upload(me.accountId(), bytes);
            return seeOther("/specialist/profile?done=photo");
        } catch (ProblemException refusal) {
            PracticeMsg m = words.practice();
            FormErrors errors = FormErrors.none().add("photo", m.pf_photo_error(FormErrors.message(refusal)));
            return Response.status(refusal.status()).entity(page(profile, ProfileForm.of(profile), errors,
                    m.pf_photo_not_saved(FormErrors.message(refusal)))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("/photo/remove")
    public Response removePhoto() {
        me.require();
        photos.remove(me.accountId());
        return seeOther("/specialist/profile?done=photo-removed");
    }

    private TemplateInstance page(SpecialistView profile, ProfileForm form, FormErrors errors, String notice) {
        return page(profile, form, ProfileTextsForm.of(profile, language.locale(), languages), errors, notice);
    }

    private TemplateInstance page(SpecialistView profile, ProfileForm form, ProfileTextsForm.Fields texts, FormErrors errors,
            String notice) {
        return Templates.profile(profile, form, errors, notice, Taxonomy.SPECIALTIES, Taxonomy.APPROACHES,
                TimeZonePage.ZONES, countries(words.locale()), texts);
    }
}
