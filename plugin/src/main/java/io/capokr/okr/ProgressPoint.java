package io.capokr.okr;

import java.time.LocalDate;

/** A key result's (or an objective's) progress at the end of a day: one point of its history. */
public record ProgressPoint(LocalDate day, double progress) {
}
