package io.capokr.okr;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Issue keys as people type them, made comparable: trimmed and upper-cased, as Jira matches them. */
public final class IssueKeys {

    /**
     * What any Jira issue key looks like once upper-cased: a project key, a dash, a number. Jira's issue numbers
     * are longs, so more than 18 digits cannot be a key.
     */
    private static final Pattern WELL_FORMED = Pattern.compile("\\S+-[0-9]{1,18}");

    private IssueKeys() {
    }

    /** The keys, trimmed and upper-cased, in the order given, without nulls, blanks or repeats. */
    public static Set<String> normalised(Collection<String> keys) {
        Set<String> normalised = new LinkedHashSet<>();
        if (keys != null) {
            for (String key : keys) {
                if (key != null && !key.isBlank()) {
                    normalised.add(key.trim().toUpperCase(Locale.ROOT));
                }
            }
        }
        return normalised;
    }

    /** Whether a normalised key could name an issue at all; one that cannot is simply not found. */
    public static boolean isWellFormed(String normalisedKey) {
        return WELL_FORMED.matcher(normalisedKey).matches();
    }
}
