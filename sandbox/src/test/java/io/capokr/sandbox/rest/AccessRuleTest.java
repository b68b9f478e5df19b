package io.capokr.sandbox.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.junit.Test;

/** The REST v2 access annotations, read as Jira 10+ reads them. */
public class AccessRuleTest {

    @AdminOnly
    static class AdminResource {
        public void plain() {
        }

        @UnrestrictedAccess
        public void open() {
        }
    }

    static class UnannotatedResource {
        public void plain() {
        }

        @AnonymousSiteAccess
        public void anonymous() {
        }

        @AdminOnly
        public void admin() {
        }
    }

    @LicensedOnly
    static class LicensedResource {
        @LicensedOnly
        @AdminOnly
        public void confused() {
        }
    }

    @Test
    public void theMethodsAnnotationWinsOverItsClasss() throws Exception {
        assertEquals(AccessRule.ADMINISTRATOR, rule(AdminResource.class, "plain"));
        assertEquals(AccessRule.ANYONE, rule(AdminResource.class, "open"));
        assertEquals(AccessRule.ANYONE, rule(UnannotatedResource.class, "anonymous"));
        assertEquals(AccessRule.ADMINISTRATOR, rule(UnannotatedResource.class, "admin"));
    }

    @Test
    public void unannotatedMeansLicensedOnly() throws Exception {
        assertEquals(AccessRule.LOGGED_IN, rule(UnannotatedResource.class, "plain"));
    }

    @Test
    public void twoAnnotationsOnOneElementAreRefused() {
        assertThrows(IllegalStateException.class, () -> rule(LicensedResource.class, "confused"));
    }

    private static AccessRule rule(Class<?> type, String method) throws NoSuchMethodException {
        return AccessRule.of(type.getMethod(method), type);
    }
}
