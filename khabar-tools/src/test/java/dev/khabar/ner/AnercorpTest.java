package dev.khabar.ner;

import dev.khabar.tools.ner.ConllCorpus;
import dev.khabar.tools.ner.ConllScorer;
import dev.khabar.tools.ner.NerTraining;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped model on the ANERcorp test split (testdata/ner/anercorp), conlleval's exact-span rule. Guards the
 * figures stated in models/README.md; the same numbers come from {@code khabar eval-ner --stage}.
 */
class AnercorpTest {
    /** The figures models/README.md states for the shipped model (F1, percent), each rounded down. */
    private static final double OVERALL = 71;
    private static final double OVERALL_WITHOUT_MISC = 73;
    private static final double ORG = 58.5;

    private static final List<ConllCorpus.Sentence> TEST =
            ConllCorpus.read(Path.of("testdata/ner/anercorp/ANERcorp_camelstyle_test.txt"), null);

    @Test
    void crfAloneReachesTheStatedFigures() {
        ConllScorer scorer = new NerTraining().score(CrfModel.loadDefault(), TEST);
        scorer.print(System.out);
        double overall = 100 * scorer.overall(Set.of()).f1();
        double withoutMisc = 100 * scorer.overall(Set.of("MISC")).f1();
        double org = 100 * scorer.byType().get("ORG").f1();
        assertTrue(overall >= OVERALL, "overall F1 with MISC " + overall);
        assertTrue(withoutMisc >= OVERALL_WITHOUT_MISC, "overall F1 without MISC " + withoutMisc);
        assertTrue(org >= ORG, "ORG F1 " + org);
    }
}
