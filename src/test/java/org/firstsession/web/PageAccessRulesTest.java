package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import io.quarkus.security.Authenticated;

/**
 * Every page endpoint states who may call it (deny-unannotated-endpoints would refuse it otherwise, but a
 * page that silently answers 403 to everyone is a bug too), and no page is public by accident: the
 * reviewed list of public page methods below must be updated on purpose.
 */
class PageAccessRulesTest {

    static final List<Class<?>> PAGES = List.of(HomePage.class, DirectoryPages.class, BookingPages.class,
            MessagePages.class, QuestionPages.class, AccountPages.class, TimeZonePage.class, LanguagePage.class, AuthPages.class,
            ArticlePages.class, org.firstsession.web.practice.ArticleEditorPages.class, ArticleFeed.class, SitemapPage.class, WaitlistPages.class, CancelLinkPages.class);

    static final List<String> PUBLIC = List.of("HomePage.home", "DirectoryPages.search", "DirectoryPages.profile",
            "QuestionPages.list", "QuestionPages.askForm", "QuestionPages.question", "AccountPages.contactForm",
            "AccountPages.privacyPage", "AccountPages.deleted", "TimeZonePage.form", "TimeZonePage.choose",
            // The footer's language switcher: a cookie for visitors (POST + CSRF), the account's language when logged in.
            "LanguagePage.choose",
            "AuthPages.logout", "AuthPages.loginError", "AuthPages.forSpecialists", "ArticlePages.list", "ArticlePages.article", "ArticleFeed.feed",
            "SitemapPage.sitemap",
            // The emailed offer link: its unguessable token stands for the client (GET shows, POST + CSRF acts).
            "WaitlistPages.offer", "WaitlistPages.accept", "WaitlistPages.decline",
            // "I can't make it" in the client's reminder: the same kind of token link.
            "CancelLinkPages.show", "CancelLinkPages.cancel");

    @Test
    void every_page_endpoint_has_an_explicit_access_rule_and_public_ones_are_reviewed() {
        List<String> missing = new ArrayList<>();
        List<String> publicOnes = new ArrayList<>();
        int endpoints = 0;
        for (Class<?> page : PAGES) {
            for (Method method : page.getDeclaredMethods()) {
                boolean endpoint = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                        || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class);
                if (!endpoint) {
                    continue;
                }
                endpoints++;
                String name = page.getSimpleName() + "." + method.getName();
                boolean permitAll = method.isAnnotationPresent(PermitAll.class);
                boolean rule = permitAll || method.isAnnotationPresent(Authenticated.class)
                        || method.isAnnotationPresent(RolesAllowed.class);
                if (!rule) {
                    missing.add(name);
                }
                if (permitAll) {
                    publicOnes.add(name);
                }
            }
        }
        assertTrue(endpoints >= 30, "found the page endpoints (" + endpoints + ")");
        assertEquals(List.of(), missing, "page endpoints without @PermitAll/@Authenticated/@RolesAllowed");
        assertEquals(PUBLIC.stream().sorted().toList(), publicOnes.stream().sorted().toList());
    }
}
