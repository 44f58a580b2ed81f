package dev.khabar.ner;

import dev.khabar.tools.ner.ConllCorpus;
import dev.khabar.tools.ner.NerTraining;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model file: what is saved, pruned of features that decide nothing, tags exactly as the trained model did. */
class CrfModelTest {
    private static final List<ConllCorpus.Sentence> TRAIN =
            ConllCorpus.read(Path.of("testdata/ner/anercorp/ANERcorp_camelstyle_train.txt"), null).subList(0, 80);

    @Test
    void aSavedModelTagsLikeTheTrainedOne(@TempDir Path dir) throws Exception {
        Properties flags = NerTraining.defaultFlags();
        flags.setProperty("maxIterations", "15");
        flags.setProperty("useGazettes", "false");
        NerTraining training = new NerTraining();
        CrfModel trained = training.train(TRAIN, flags);
        double zeroed = trained.compact(0.01f, 0.001f);
        assertTrue(zeroed > 0.1, "compaction zeroed " + zeroed);
        Path file = dir.resolve("model.ser.gz");
        trained.save(file);
        CrfModel loaded = CrfModel.load(file);

        CrfTokens tokens = new CrfTokens();
        int entities = 0;
        for (ConllCorpus.Sentence s : TRAIN) {
            List<String> words = tokens.split(s.words()).words();
            List<String> tags = trained.tag(words);
            assertEquals(tags, loaded.tag(words), String.join(" ", words));
            entities += (int) tags.stream().filter(t -> t.startsWith("B-")).count();
        }
        assertTrue(entities > 20, "the model tagged only " + entities + " entities in its own training data");
    }

    @Test
    void theKnowledgeListsJoinTheGazetteAndKeepTheFastTagger() {
        Properties flags = NerTraining.defaultFlags();
        flags.setProperty("maxIterations", "5");
        flags.setProperty(NerTraining.KNOWLEDGE_GAZETTES, "persons,places,clubs,demonyms,clitics");
        CrfModel model = new NerTraining().train(TRAIN.subList(0, 40), flags);
        assertTrue(model.fast(), "the gazette entries must stay within what CrfTagger rebuilds");

        flags.setProperty(NerTraining.KNOWLEDGE_GAZETTES, "persons,planets");
        assertThrows(IllegalArgumentException.class, () -> new NerTraining().train(TRAIN.subList(0, 10), flags));
    }
}
