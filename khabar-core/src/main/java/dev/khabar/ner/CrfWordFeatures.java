package dev.khabar.ner;

import edu.stanford.nlp.util.Index;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feature ids each word brings to the tokens of its window, by CoreNLP's templates for Khabar's flags (see
 * {@link CrfTagger}), computed once per word and kept in a {@link WordCache}. CoreNLP's own feature factory takes
 * about 40 µs a word for these.
 */
final class CrfWordFeatures {
    /**
     * Words per cache generation. 5,000 news articles hold about 107,000 distinct tokens, of which the 40,000 most
     * frequent make up 95% of the text; a cached word takes about 300 bytes.
     */
    static final int CACHED_WORDS = 40_000;
    /** Longer tokens (glued text, garbage) are computed each time: rare, and the cache counts words, not chars. */
    private static final int MAX_CACHED_LENGTH = 40;
    /** What CoreNLP puts beyond the ends of a sentence: a token whose word and lemma are empty. */
    private static final String PAD = "";

    /** The feature ids a word brings to the tokens around it, by its place relative to them. */
    record Word(String word, int[] self, int[] asPrevious, int[] asNext, int disjunctBefore, int disjunctAfter,
                int sequenceWord, int sequencePrevious) {
    }

    private final WordClasses classes;
    private final Index<String> index;
    private final int maxNGram;
    /** Each word's gazette features ({@code LOC-GAZ}, {@code LOC-GAZ2}, …), from the model's feature factory. */
    private final Map<String, Collection<String>> gazette;
    private final CrfNGrams nGrams;
    private final WordCache<Word> cache = new WordCache<>(CACHED_WORDS);
    private final Word pad;

    CrfWordFeatures(WordClasses classes, Index<String> index, int maxNGram, Map<String, Collection<String>> gazette) {
        this.classes = classes;
        this.index = index;
        this.maxNGram = maxNGram;
        this.gazette = gazette;
        this.nGrams = new CrfNGrams(index);
        this.pad = contextOnly(PAD, PAD, PAD);
    }

    /** The features of the pad CoreNLP puts beyond either end of a sentence. */
    Word pad() {
        return pad;
    }

    Word[] of(List<String> words) {
        Word[] w = new Word[words.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = of(words.get(i));
        }
        return w;
    }

    Word of(String word) {
        Word f = cache.get(word);
        if (f == null) {
            f = compute(word);
            if (word.length() <= MAX_CACHED_LENGTH) {
                cache.put(word, f);
            }
        }
        return f;
    }

    /**
     * The word's own features: the class feature, the word, its word class, its lemma, its character n-grams of two
     * to {@code maxNGramLeng} letters with {@code <} and {@code >} marking its ends, and the gazette entries it is
     * part of.
     */
    private Word compute(String word) {
        String lemma = CrfTokens.stem(word);
        String wordClass = classes.classOf(word);
        Word context = contextOnly(word, lemma, wordClass);
        FeatureIdList self = new FeatureIdList();
        self.acceptIfKnown(index.indexOf("###|C"));
        self.acceptIfKnown(index.indexOf(word + "-WORD|C"));
        self.acceptIfKnown(index.indexOf(wordClass + "-TAG|C"));
        if (!lemma.isEmpty()) {
            self.acceptIfKnown(index.indexOf(lemma + "-LEM|C"));
        }
        addNGrams(word, self);
        for (String entry : gazette.getOrDefault(word, Set.of())) {
            self.acceptIfKnown(index.indexOf(entry + "|C"));
        }
        return new Word(word, self.distinct(), context.asPrevious, context.asNext, context.disjunctBefore,
                context.disjunctAfter, context.sequenceWord, context.sequencePrevious);
    }

    private void addNGrams(String word, FeatureIdList out) {
        char[] marked = new char[word.length() + 2];
        marked[0] = '<';
        word.getChars(0, word.length(), marked, 1);
        marked[marked.length - 1] = '>';
        for (int i = 0; i < marked.length; i++) {
            int h = 0;
            for (int j = i + 1, max = Math.min(marked.length, i + maxNGram); j <= max; j++) {
                h = 31 * h + marked[j - 1]; // the hash of marked[i, j), as CrfNGrams takes it
                if (j >= i + 2) {
                    out.acceptIfKnown(nGrams.idOf(marked, i, j, h));
                }
            }
        }
    }

    /** What the word brings to the tokens around it, from the templates in {@link CrfTagger}'s comment. */
    private Word contextOnly(String word, String lemma, String wordClass) {
        return new Word(word, new int[0], ids(previousTemplates(word, lemma, wordClass)),
                ids(nextTemplates(word, lemma, wordClass)),
                index.indexOf(word + "-DISJP|C"), index.indexOf(word + "-DISJN|C"),
                index.indexOf(word + "-PSEQW|CpC"), index.indexOf(word + "-PSEQpW|CpC"));
    }

    private static List<String> previousTemplates(String word, String lemma, String wordClass) {
        return lemma.isEmpty() ? List.of(word + "-PW|C", wordClass + "-PTAG|C")
                : List.of(word + "-PW|C", lemma + "-PLEM|C", wordClass + "-PTAG|C");
    }

    private static List<String> nextTemplates(String word, String lemma, String wordClass) {
        return lemma.isEmpty() ? List.of(word + "-NW|C", wordClass + "-NTAG|C")
                : List.of(word + "-NW|C", lemma + "-NLEM|C", wordClass + "-NTAG|C");
    }

    private int[] ids(List<String> featureNames) {
        FeatureIdList out = new FeatureIdList();
        for (String f : featureNames) {
            out.acceptIfKnown(index.indexOf(f));
        }
        return out.toArray();
    }
}
