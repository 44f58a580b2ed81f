package dev.khabar.ner;

import dev.khabar.data.DataFile;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The particles of persons' names ({@code name-particles.tsv}: بن, بنت, آل, عبد, أبو …), normalized, by kind. Every
 * rule that reads them takes its set from here, so a particle is listed once. Loaded once; immutable.
 */
final class NameParticles {

    /** The kinds of {@code name-particles.tsv}; the file's header says what each is. */
    enum Kind {
        SON_OF, DAUGHTER_OF, FAMILY, COMPOUND, COMPOUND_GENITIVE, MOTHER_OF, OTHER;

        /** The kind as the file writes it ({@code son-of}). */
        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private static final Map<Kind, Set<String>> BY_KIND = read(NerData.class, "name-particles.tsv");

    private NameParticles() {
    }

    /** The particles of a file in {@code name-particles.tsv}'s format, by kind; a bad kind or a repeated particle fails. */
    static Map<Kind, Set<String>> read(Class<?> owner, String resource) {
        Map<Kind, Set<String>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, new HashSet<>());
        }
        for (DataFile.Row row : DataFile.rows(owner, resource, 2)) {
            Kind kind = null;
            for (Kind k : Kind.values()) {
                if (k.label().equals(row.get(1))) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw row.error("KIND must be one of " + EnumSet.allOf(Kind.class).stream().map(Kind::label).toList());
            }
            out.get(kind).add(row.word(0));
        }
        out.replaceAll((k, words) -> Set.copyOf(words));
        return out;
    }

    /** The particles of the given kinds. */
    static Set<String> of(Kind first, Kind... more) {
        Set<String> out = new HashSet<>(BY_KIND.get(first));
        for (Kind k : more) {
            out.addAll(BY_KIND.get(k));
        }
        return Set.copyOf(out);
    }

    /** Every particle of the file. */
    static Set<String> all() {
        return of(Kind.SON_OF, Kind.values());
    }
}
