package io.capokr.sandbox.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Who may call a REST method, read from the REST v2 access annotations as Jira 10+ reads them: the method's
 * annotation wins over its class's, and a method with neither is {@code @LicensedOnly}. The annotations
 * are matched by name in their package, so that ones host-api does not declare yet
 * ({@code UnlicensedSiteAccess}, {@code SystemAdminOnly}) are understood too.
 */
enum AccessRule {
    /** {@code @UnrestrictedAccess}, {@code @AnonymousSiteAccess}: anyone, logged in or not. */
    ANYONE,
    /** {@code @LicensedOnly}, {@code @UnlicensedSiteAccess}, or no annotation: a logged-in user (all sample users are licensed). */
    LOGGED_IN,
    /** {@code @AdminOnly}, {@code @SystemAdminOnly}: a Jira administrator. */
    ADMINISTRATOR;

    static final String ANNOTATION_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";

    static AccessRule of(Method method, Class<?> resourceClass) {
        AccessRule onMethod = declaredOn(method);
        if (onMethod != null) {
            return onMethod;
        }
        AccessRule onClass = declaredOn(resourceClass);
        return onClass != null ? onClass : LOGGED_IN;
    }

    private static AccessRule declaredOn(AnnotatedElement element) {
        List<Annotation> access = Arrays.stream(element.getAnnotations())
                .filter(annotation -> annotation.annotationType().getPackageName().equals(ANNOTATION_PACKAGE))
                .toList();
        if (access.isEmpty()) {
            return null;
        }
        if (access.size() > 1) {
            throw new IllegalStateException(element + " has more than one REST access annotation: " + access);
        }
        String name = access.get(0).annotationType().getSimpleName();
        return switch (name) {
            case "UnrestrictedAccess", "AnonymousSiteAccess" -> ANYONE;
            case "LicensedOnly", "UnlicensedSiteAccess" -> LOGGED_IN;
            case "AdminOnly", "SystemAdminOnly" -> ADMINISTRATOR;
            default -> throw new IllegalStateException("The sandbox does not know the REST access annotation @" + name);
        };
    }
}
