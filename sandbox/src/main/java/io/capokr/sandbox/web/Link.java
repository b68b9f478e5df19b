package io.capokr.sandbox.web;

/** A link in the header or the sidebar; {@code id} and {@code iconClass} may be empty. */
public record Link(String label, String url, boolean current, String id, String iconClass) {

    public static Link of(String label, String url, boolean current) {
        return new Link(label, url, current, "", "");
    }
}
