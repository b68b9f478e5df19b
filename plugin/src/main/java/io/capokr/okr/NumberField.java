package io.capokr.okr;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A numeric custom field of the site, one an administrator may choose to read story points from. */
public record NumberField(String id, String name) {

    /** The names Jira Software gives its story points field, most common first (Jira Software Cloud-era name second). */
    public static final List<String> STORY_POINT_NAMES = List.of("Story Points", "Story point estimate");

    /**
     * The field story points come from when the administrator chose none: Jira Software's, the first field named as
     * {@link #STORY_POINT_NAMES} says, in that order (custom field names are not unique; the first wins).
     */
    public static Optional<NumberField> storyPointsDefault(List<NumberField> fields) {
        for (String name : STORY_POINT_NAMES) {
            for (NumberField field : fields) {
                if (field.name() != null && field.name().trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }
}
