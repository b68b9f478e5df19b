package io.capokr.service;

import io.capokr.okr.Cycle;

/**
 * What the page says of a key result that closing a cycle touched: the cycle it was carried over from, the cycle
 * it was carried over to, or that it was dropped. Each part may be absent.
 */
public record CarryNote(Cycle carriedFrom, Cycle carriedTo, boolean dropped) {
}
