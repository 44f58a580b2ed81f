package dev.khabar.ner;

import dev.khabar.Source;

/**
 * A name the NER stage has found, in tokens: {@code [first, last]}, the proclitic chars on the first token, its type
 * and what found it; its canonical name when known, or the earlier candidate whose name it takes ({@code sameAs}: an
 * acronym, a person's short form). Candidates become {@link dev.khabar.Organization}s, {@link dev.khabar.Person}s and
 * {@link dev.khabar.Location}s in {@link MentionWriter}.
 */
record NameCandidate(EntityType type, int first, int last, int prefixLength, Source source, String canonical,
                     NameCandidate sameAs) {

    int length() {
        return last - first;
    }

    boolean overlaps(NameCandidate o) {
        return first <= o.last && o.first <= last;
    }

    boolean is(EntityType t) {
        return type == t;
    }
}
