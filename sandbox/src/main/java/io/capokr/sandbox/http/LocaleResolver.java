package io.capokr.sandbox.http;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of a request, standing in for a Jira user's language setting: {@code ?lang=fr} switches and
 * is remembered in a cookie; without either, the browser's Accept-Language decides; English otherwise.
 * Only languages the plugin ships a bundle for are chosen.
 */
final class LocaleResolver {

    static final String PARAMETER = "lang";
    static final String COOKIE = "capokr-sandbox-lang";
    /** The plugin's bundles: capokr.properties (English) and capokr_fr.properties. */
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    Locale resolve(HttpServletRequest request, HttpServletResponse response) {
        Optional<Locale> asked = QueryString.parameter(request, PARAMETER).flatMap(LocaleResolver::supported);
        if (asked.isPresent()) {
            Cookie cookie = new Cookie(COOKIE, asked.get().getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(ONE_YEAR_SECONDS);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return asked.get();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Locale> remembered = supported(cookie.getValue());
                    if (remembered.isPresent()) {
                        return remembered.get();
                    }
                }
            }
        }
        // Without the header the servlet API reports the server's locale, which is not the visitor's choice.
        if (request.getHeader("Accept-Language") != null) {
            for (Locale accepted : Collections.list(request.getLocales())) {
                Optional<Locale> match = supported(accepted.getLanguage());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return Locale.ENGLISH;
    }

    static Optional<Locale> supported(String language) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(language.trim())).findFirst();
    }
}
