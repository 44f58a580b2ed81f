package dev.khabar.ner;

import dev.khabar.tools.ner.ConllCorpus;
import dev.khabar.tools.ner.NerTraining;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link CrfTagger} gives CoreNLP's own features and best labels, token for token, on real sentences. */
class CrfTaggerTest {
    private static final CrfModel SHIPPED = CrfModel.loadDefault();
    private static final List<List<String>> SENTENCES = sentences();

    private static List<List<String>> sentences() {
        CrfTokens tokens = new CrfTokens();
        return ConllCorpus.read(Path.of("testdata/ner/anercorp/ANERcorp_camelstyle_test.txt"), null).stream()
                .map(s -> tokens.split(s.words()).words())
                .filter(w -> !w.isEmpty())
                .toList();
    }

    @Test
    void theShippedModelIsDecodedByTheFastTagger() {
        assertTrue(SHIPPED.fast());
    }

    @Test
    void everyTokenHasCoreNlpsFeatures() {
        for (List<String> words : SENTENCES) {
            assertTrue(SHIPPED.tagger().sameFeaturesAsCoreNlp(words), String.join(" ", words));
        }
    }

    @Test
    void everySentenceGetsCoreNlpsBestLabels() {
        int names = 0;
        for (List<String> words : SENTENCES) {
            List<String> expected = SHIPPED.coreNlpLabels(words);
            int[] best = SHIPPED.tagger().bestLabels(words);
            List<String> actual = Arrays.stream(best).mapToObj(SHIPPED::label).toList();
            assertEquals(expected, actual, String.join(" ", words));
            names += (int) actual.stream().filter(t -> !t.equals("O")).count();
        }
        assertTrue(names > 2_000, "only " + names + " name tokens in the ANERcorp test split");
    }

    @Test
    void aWordSeenAgainKeepsItsFeatures() {
        List<String> words = SENTENCES.get(0);
        int[][][] first = SHIPPED.tagger().featureIds(words);
        int[][][] again = SHIPPED.tagger().featureIds(words);
        for (int i = 0; i < words.size(); i++) {
            assertArrayEquals(first[i][0], again[i][0]);
            assertArrayEquals(first[i][1], again[i][1]);
        }
    }

    @Test
    void theWordCacheKeepsFrequentWordsWithinItsBound() {
        WordCache<Integer> cache = new WordCache<>(100);
        for (int i = 0; i < 10_000; i++) {
            if (cache.get("frequent") == null) {
                assertEquals(0, i, "the frequent word was dropped at " + i);
                cache.put("frequent", 1);
            }
            cache.put("rare" + i, i);
            assertTrue(cache.size() <= 200, "size " + cache.size());
        }
        assertEquals(null, cache.get("rare0"));
        assertEquals(9_999, cache.get("rare9999"));
    }

    @Test
    void theWordCacheGivesOnlyRightValuesWhileThreadsTurnItsGenerations() throws Exception {
        WordCache<String> cache = new WordCache<>(64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> hits = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            hits.add(pool.submit(() -> {
                int found = 0;
                for (int i = 0; i < 200_000; i++) {
                    String key = "w" + ((i * 31 + seed) % 500);
                    String v = cache.get(key);
                    if (v == null) {
                        cache.put(key, key.toUpperCase());
                    } else {
                        assertEquals(key.toUpperCase(), v);
                        found++;
                    }
                }
                return found;
            }));
        }
        pool.shutdown();
        for (Future<Integer> h : hits) {
            assertTrue(h.get() > 0);
        }
        assertTrue(cache.size() <= 2 * 64 + 8, "size " + cache.size());
    }

    @Test
    void aModelWithOtherFeaturesKeepsCoreNlpsDecoding() {
        Properties flags = NerTraining.defaultFlags();
        flags.setProperty("maxIterations", "5");
        flags.setProperty("useGazettes", "false");
        flags.setProperty("useWordPairs", "true");
        List<ConllCorpus.Sentence> train = ConllCorpus.read(
                Path.of("testdata/ner/anercorp/ANERcorp_camelstyle_train.txt"), null).subList(0, 40);
        CrfModel model = new NerTraining().train(train, flags);
        assertFalse(model.fast());
        List<String> words = SENTENCES.get(0);
        assertEquals(words.size(), model.tag(words).size());
    }
}
