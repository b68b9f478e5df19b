package io.capokr.web;

/** Where an item stands in its list, so that "move up" and "move down" are offered only where they can go. */
record Place(boolean first, boolean last) {

    static Place of(int index, int size) {
        return new Place(index == 0, index == size - 1);
    }
}
