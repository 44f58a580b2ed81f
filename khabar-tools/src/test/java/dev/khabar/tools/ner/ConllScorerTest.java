package dev.khabar.tools.ner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** conlleval's chunk rule and exact-span scoring. */
class ConllScorerTest {

    @Test
    void chunksFollowConllevalIncludingStrayInsideTags() {
        assertEquals(List.of(new ConllScorer.Chunk("ORG", 0, 1), new ConllScorer.Chunk("LOC", 2, 2),
                        new ConllScorer.Chunk("LOC", 3, 3), new ConllScorer.Chunk("PERS", 5, 5)),
                ConllScorer.chunks(List.of("B-ORG", "I-ORG", "B-LOC", "B-LOC", "O", "I-PERS")));
    }

    @Test
    void aChunkWithTheWrongBoundaryIsBothAFalseAlarmAndAMiss() {
        ConllScorer s = new ConllScorer();
        s.add(List.of("B-ORG", "I-ORG", "O", "B-LOC"), List.of("B-ORG", "O", "O", "B-LOC"));
        assertEquals(0, s.byType().get("ORG").truePositives);
        assertEquals(1, s.byType().get("ORG").falsePositives);
        assertEquals(1, s.byType().get("ORG").falseNegatives);
        assertEquals(1, s.byType().get("LOC").truePositives);
        assertEquals(0.5, s.overall(Set.of()).f1(), 1e-9);
    }

    @Test
    void overallWithoutMiscIgnoresMisc() {
        ConllScorer s = new ConllScorer();
        s.add(List.of("B-MISC", "B-LOC"), List.of("O", "B-LOC"));
        assertEquals(1.0, s.overall(Set.of("MISC")).f1(), 1e-9);
        assertEquals(2.0 / 3, s.overall(Set.of()).f1(), 1e-9);
    }
}
