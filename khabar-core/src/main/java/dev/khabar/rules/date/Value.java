package dev.khabar.rules.date;



/** A value: one point, or a range from one point to another (both included). */
record Value(Point from, Point to) {
    String iso() {
        return to == null ? from.iso() : from.iso() + "/" + to.iso();
    }
}
