package dev.khabar.ner;

/**
 * The classes of names the model tags, named as in its labels ({@code B-ORG}, {@code I-PERS}) and in
 * {@link NameCandidate#type()}. {@link #MISC} is tagged but never reported.
 */
enum EntityType {
    ORG, PERS, LOC, MISC;

    private final String begin = "B-" + name();
    private final String inside = "I-" + name();

    /** The type of a label other than {@code O}: {@code B-LOC} → {@link #LOC}. */
    static EntityType ofLabel(String label) {
        return valueOf(label.substring(2));
    }

    /** Whether {@code label} begins a name of this type ({@code B-PERS}). */
    boolean begins(String label) {
        return label.equals(begin);
    }

    /** Whether {@code label} continues a name of this type ({@code I-LOC}). */
    boolean continues(String label) {
        return label.equals(inside);
    }

    /** Whether {@code label} is this type's, beginning or continuing a name. */
    boolean tags(String label) {
        return label.endsWith(name());
    }
}
