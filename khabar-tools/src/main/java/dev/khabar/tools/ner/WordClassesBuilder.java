package dev.khabar.tools.ner;

import dev.khabar.normalize.ArabicNormalizer;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code word-classes.tsv} from the word → tag counts in the dictionary of CoreNLP's Arabic POS tagger (the
 * {@code models-arabic} jar, which only the {@code corenlp} Maven profile puts on the class path):
 * <pre>
 * mvn -B -q -Pword-classes compile exec:exec
 * </pre>
 * Words are normalized as at run time; forms that fold together add their counts, and each keeps its most frequent
 * tag (the first in tag order on a tie). The tagger keeps its dictionary in private fields, reached by reflection.
 */
public final class WordClassesBuilder {
    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/arabic.tagger";
    private static final String HEADER = """
            # Word classes for the NER model's TAG features (TAG, PTAG, NTAG): each word's most frequent part of speech in the
            # Penn Arabic Treebank, as counted in the dictionary of the Stanford Arabic POS tagger (CoreNLP models-arabic,
            # pos-tagger/arabic.tagger, GPL-3.0-or-later), words normalized with ArabicNormalizer. A word the model never saw
            # still tells it what kind of word it is (NNP a proper noun, DTJJ a definite adjective), and a word the treebank
            # does not know at all (UNK) is often a foreign name. WordClasses strips proclitics (و ف ب ل ك) before looking a
            # word up. Written by WordClassesBuilder (see its comment for the command); do not edit by hand.
            # FORMAT: WORD<TAB>CLASS
            # EXAMPLE: الروسي	DTJJ
            """;

    private WordClassesBuilder() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length != 1) {
            System.err.println("usage: WordClassesBuilder OUT.tsv");
            System.exit(2);
        }
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : taggerCounts().entrySet()) {
            String word = normalizer.normalizeWord(e.getKey());
            if (word.isEmpty() || word.contains(" ")) {
                continue;
            }
            Map<String, Integer> tags = counts.computeIfAbsent(word, w -> new TreeMap<>());
            e.getValue().forEach((tag, n) -> tags.merge(tag, n, Integer::sum));
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.print(HEADER);
            counts.forEach((word, tags) -> out.print(word + '\t' + mostFrequent(tags) + '\n'));
        }
        System.out.println(counts.size() + " words written to " + args[0]);
    }

    private static String mostFrequent(Map<String, Integer> tags) {
        String best = null;
        for (Map.Entry<String, Integer> t : tags.entrySet()) {
            if (best == null || t.getValue() > tags.get(best)) {
                best = t.getKey();
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Integer>> taggerCounts() throws ReflectiveOperationException {
        MaxentTagger tagger = new MaxentTagger(TAGGER);
        Object dictionary = field(MaxentTagger.class, "dict").get(tagger);
        Map<String, Object> words = (Map<String, Object>) field(dictionary.getClass(), "dict").get(dictionary);
        Field tagCounts = field(Class.forName("edu.stanford.nlp.tagger.maxent.TagCount"), "map");
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (Map.Entry<String, Object> e : words.entrySet()) {
            out.put(e.getKey(), (Map<String, Integer>) tagCounts.get(e.getValue()));
        }
        return out;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
