package io.capokr.web;

/**
 * One option of a select: the value sent, the label shown, and whether it is the one chosen. A class, not a record:
 * a record's accessors ({@code selected()}) would be what Velocity resolves {@code $option.selected} to, outside the
 * allowlisted getters.
 */
public final class OptionView {

    private final String value;
    private final String label;
    private final boolean selected;

    public OptionView(String value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = selected;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}
