package io.capokr.okr;

import java.util.Objects;

/**
 * What an edit says about one field, read as Jira's own REST reads a PUT: nothing (the field keeps its value), an
 * explicit null (the field is cleared: it takes what leaving it out means on create, and a required field refuses
 * it), or a new value. Absent and null are different requests, so a body can never erase what it does not mention.
 */
public final class Change<T> {

    private static final Change<?> KEEP = new Change<>(false, null);

    private final boolean given;
    private final T value;

    private Change(boolean given, T value) {
        this.given = given;
        this.value = value;
    }

    /** The field was not mentioned. */
    @SuppressWarnings("unchecked")
    public static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    /** The field was given this value; null clears it. */
    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    /** Null-safe: a change that is missing altogether (a Java null) keeps, like an unmentioned field. */
    public static <T> Change<T> orKeep(Change<T> change) {
        return change == null ? keep() : change;
    }

    /** The value after this change to a field whose value is {@code current}. */
    public T over(T current) {
        return given ? value : current;
    }

    /** The value given, or null when none was (what a create reads: unmentioned and null both mean the default). */
    public T orNull() {
        return value;
    }

    public boolean isGiven() {
        return given;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Change<?> change && given == change.given && Objects.equals(value, change.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(given, value);
    }

    @Override
    public String toString() {
        return given ? "Change.to(" + value + ")" : "Change.keep()";
    }
}
