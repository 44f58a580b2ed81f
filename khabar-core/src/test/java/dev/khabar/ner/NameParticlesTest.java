package dev.khabar.ner;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static dev.khabar.ner.NameParticles.Kind.COMPOUND;
import static dev.khabar.ner.NameParticles.Kind.DAUGHTER_OF;
import static dev.khabar.ner.NameParticles.Kind.FAMILY;
import static dev.khabar.ner.NameParticles.Kind.MOTHER_OF;
import static dev.khabar.ner.NameParticles.Kind.OTHER;
import static dev.khabar.ner.NameParticles.Kind.SON_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameParticlesTest {

    @Test
    void particlesAreReadByKindAndNormalized() {
        Map<NameParticles.Kind, Set<String>> read = NameParticles.read(NameParticlesTest.class, "particles/few.tsv");
        assertEquals(Set.of("بن"), read.get(SON_OF));
        assertEquals(Set.of("بنت"), read.get(DAUGHTER_OF));
        assertEquals(Set.of("ال"), read.get(FAMILY), "آل as the tokens have it");
        assertEquals(Set.of("ام"), read.get(MOTHER_OF));
        assertEquals(Set.of(), read.get(COMPOUND));
    }

    @Test
    void aParticleListedTwiceOnceNormalizedFails() {
        String message = assertThrows(IllegalStateException.class,
                () -> NameParticles.read(NameParticlesTest.class, "particles/repeated.tsv")).getMessage();
        assertTrue(message.contains("repeated.tsv:4") && message.contains("repeats the key"), message);
    }

    @Test
    void anUnknownKindFailsNamingTheKinds() {
        String message = assertThrows(IllegalStateException.class,
                () -> NameParticles.read(NameParticlesTest.class, "particles/unknown-kind.tsv")).getMessage();
        assertTrue(message.contains("unknown-kind.tsv:3") && message.contains("son-of"), message);
    }

    @Test
    void theUnionsTheRulesRead() {
        assertEquals(Set.of("بن", "ابن"), NameParticles.of(SON_OF));
        assertTrue(NameParticles.of(SON_OF, DAUGHTER_OF, FAMILY).containsAll(Set.of("بن", "ابن", "بنت", "ال")));
        assertTrue(NameParticles.of(COMPOUND).containsAll(Set.of("عبد", "ابو")));
        assertFalse(NameParticles.of(COMPOUND).contains("ام"), "أم is also \"or\"");
        assertTrue(NameParticles.all().containsAll(NameParticles.of(OTHER)) && NameParticles.all().contains("ولد"));
    }
}
