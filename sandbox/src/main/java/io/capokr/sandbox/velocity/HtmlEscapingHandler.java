package io.capokr.sandbox.velocity;

import io.capokr.sandbox.web.Html;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Jira's default for Velocity: every reference is HTML-escaped on output, unless its last name segment ends
 * in {@code Html} ({@code $fooHtml}, {@code $view.bodyHtml}, {@code $view.getBodyHtml()}), which is how a
 * template says "this is markup already". So a template that forgets nothing is safe in both hosts.
 */
public final class HtmlEscapingHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isDeclaredHtml(reference)) {
            return value;
        }
        return Html.escape(String.valueOf(value));
    }

    /** Whether the reference as written, e.g. {@code $!{a.b("x.y").cHtml}}, names something ending in Html. */
    static boolean isDeclaredHtml(String reference) {
        String skeleton = withoutArguments(reference);
        String last = skeleton.substring(skeleton.lastIndexOf('.') + 1);
        last = last.replaceAll("[^A-Za-z0-9_-]", "");
        return last.endsWith("Html");
    }

    /** The reference with method arguments and index expressions cut out, so dots inside them do not count. */
    private static String withoutArguments(String reference) {
        StringBuilder skeleton = new StringBuilder(reference.length());
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (depth > 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }
}
