package io.capokr.host;

import java.util.List;

import io.capokr.okr.NumberField;

/** The host's issue fields, as far as the app asks about them. */
public interface IssueFields {

    /** The site's numeric custom fields, by name, each once: those story points may be read from. */
    List<NumberField> numberFields();
}
