package dev.khabar.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Viterbi decoding of a CoreNLP first-order CRF with its features cached per word. CoreNLP builds every feature of
 * every token as a string and looks it up in the feature index, which took three quarters of the NER time; but with
 * Khabar's flags (see {@code crf-flags.properties}) a token's features are the union of what each word in its window
 * contributes from its offset, plus one word-pair feature:
 *
 * <ul>
 *   <li>the word itself: word, lemma, word class ({@link WordClasses}, given to CoreNLP as the tag), character
 *       n-grams, gazette entries, the class feature;</li>
 *   <li>the neighbours: {@code PW}, {@code PLEM}, {@code PTAG} of the word before, {@code NW}, {@code NLEM},
 *       {@code NTAG} of the word after, and
 *       {@code DISJP} / {@code DISJN} of any word up to four places before / after;</li>
 *   <li>label pairs: {@code PSEQ}, {@code PSEQW} of the word, {@code PSEQpW} of the word before, and
 *       {@code PSEQW2} of the two words together.</li>
 * </ul>
 *
 * <p>So each word's feature ids are computed once and kept in a {@link WordCache}, and a sentence costs a few array
 * sums. The decoding is CoreNLP's: the best label sequence given that the label before the sentence is the background
 * label. {@link #forModel} checks the templates against
 * CoreNLP's own features on a probe sentence and declines a model trained with other flags, which then keeps
 * CoreNLP's decoding. {@code CrfTaggerTest} compares features and tags with CoreNLP's on real sentences.
 */
final class CrfTagger {
    /**
     * Words per cache generation. 5,000 news articles hold about 107,000 distinct tokens, of which the 40,000 most
     * frequent make up 95% of the text; a cached word takes about 300 bytes.
     */
    static final int CACHED_WORDS = 40_000;
    /** Longer tokens (glued text, garbage) are computed each time: rare, and the cache counts words, not chars. */
    private static final int MAX_CACHED_LENGTH = 40;
    /** What CoreNLP puts beyond the ends of a sentence: a token whose word and lemma are empty. */
    private static final String PAD = "";
    private static final String PROBE = "وقال الرئيس محمد مرسي في القاهره ان البنك المركزي المصري و صندوق النقد";

    private final CRFClassifier<CoreLabel> crf;
    private final WordClasses classes;
    private final Index<String> index;
    private final float[][] weights;
    private final int labels;
    /** The weight column of each label pair, at {@code previous * labels + current}. */
    private final int[] pairColumn;
    private final int background;
    private final int sequenceFeature;
    private final int maxNGram;
    /** {@code disjunctionWidth}: how far before and after a word its disjunct features reach. */
    private final int window;
    /** Each word's gazette features ({@code LOC-GAZ}, {@code LOC-GAZ2}, …), from the model's feature factory. */
    private final Map<String, Collection<String>> gazette;
    private final WordCache<WordFeatures> cache = new WordCache<>(CACHED_WORDS);
    private final WordFeatures pad;

    /** The feature ids a word brings to the tokens around it, by its place relative to them. */
    private record WordFeatures(String word, int[] self, int[] asPrevious, int[] asNext, int disjunctBefore,
                                int disjunctAfter, int sequenceWord, int sequencePrevious) {
    }

    private CrfTagger(CRFClassifier<CoreLabel> crf, WordClasses classes, Index<String> index, float[][] weights,
                      List<Index<CRFLabel>> labelIndices, Map<String, Collection<String>> gazette) {
        this.crf = crf;
        this.classes = classes;
        this.gazette = gazette;
        this.maxNGram = crf.flags.maxNGramLeng;
        this.window = crf.flags.disjunctionWidth;
        this.index = index;
        this.weights = weights;
        this.labels = crf.classIndex.size();
        this.background = crf.classIndex.indexOf(crf.flags.backgroundSymbol);
        this.pairColumn = new int[labels * labels];
        Index<CRFLabel> pairs = labelIndices.get(1);
        for (int p = 0; p < labels; p++) {
            for (int c = 0; c < labels; c++) {
                pairColumn[p * labels + c] = pairs.indexOf(new CRFLabel(new int[]{p, c}));
            }
        }
        this.sequenceFeature = index.indexOf("PSEQ|CpC");
        this.pad = contextOnly(PAD, PAD, PAD);
    }

    /**
     * A tagger for {@code crf} with the given features and weights, or empty when the model's features are not the
     * ones this class rebuilds (another window, other templates): such a model keeps CoreNLP's own decoding.
     */
    static Optional<CrfTagger> forModel(CRFClassifier<CoreLabel> crf, WordClasses classes, Index<String> index,
                                        float[][] weights, List<Index<CRFLabel>> labelIndices) {
        SeqClassifierFlags f = crf.flags;
        boolean plainNGrams = f.useNGrams && !f.noMidNGrams && f.maxNGramLeng > 0 && !f.lowercaseNGrams
                && !f.dehyphenateNGrams && !f.greekifyNGrams && !f.conjoinShapeNGrams;
        boolean sloppyGazettes = !f.useGazettes || (f.sloppyGazette && !f.cleanGazette);
        if (crf.windowSize != 2 || labelIndices.size() != 2 || f.useReverse || !plainNGrams || !sloppyGazettes
                || crf.featureFactories.size() != 1
                || !(crf.featureFactories.get(0) instanceof NERFeatureFactory<CoreLabel> factory)) {
            return Optional.empty();
        }
        CrfTagger tagger = new CrfTagger(crf, classes, index, weights, labelIndices, gazetteOf(factory));
        List<String> probe = List.of(PROBE.split(" "));
        return tagger.sameFeaturesAsCoreNlp(probe) ? Optional.of(tagger) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Collection<String>> gazetteOf(NERFeatureFactory<CoreLabel> factory) {
        try {
            Field f = NERFeatureFactory.class.getDeclaredField("wordToGazetteEntries");
            f.setAccessible(true);
            return (Map<String, Collection<String>>) f.get(factory);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach NERFeatureFactory.wordToGazetteEntries in this CoreNLP", e);
        }
    }

    /** The best label index of each word. */
    int[] bestLabels(List<String> words) {
        int n = words.size();
        WordFeatures[] w = features(words);
        double[] score = new double[labels];
        double[] next = new double[labels];
        int[][] from = new int[n][labels];
        double[] node = new double[labels];
        double[] edge = new double[labels * labels];
        for (int i = 0; i < n; i++) {
            nodeScores(w, i, node);
            edgeScores(w, i, edge);
            for (int c = 0; c < labels; c++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < labels; p++) {
                    if (i == 0 && p != background) {
                        continue;
                    }
                    double s = (i == 0 ? 0 : score[p]) + edge[p * labels + c];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                next[c] = best + node[c];
                from[i][c] = arg;
            }
            double[] t = score;
            score = next;
            next = t;
        }
        int[] out = new int[n];
        int last = 0;
        for (int c = 1; c < labels; c++) {
            if (score[c] > score[last]) {
                last = c;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = last;
            last = from[i][last];
        }
        return out;
    }

    /** The feature ids of each token, per clique (node, then label pair), as CoreNLP would index them. */
    int[][][] featureIds(List<String> words) {
        int n = words.size();
        WordFeatures[] w = features(words);
        int[][][] out = new int[n][2][];
        for (int i = 0; i < n; i++) {
            IdList node = new IdList();
            forEachNodeFeature(w, i, node);
            IdList edge = new IdList();
            forEachEdgeFeature(w, i, edge);
            out[i][0] = node.toArray();
            out[i][1] = edge.toArray();
        }
        return out;
    }

    private void nodeScores(WordFeatures[] w, int i, double[] node) {
        Arrays.fill(node, 0);
        forEachNodeFeature(w, i, id -> {
            float[] row = weights[id];
            for (int y = 0; y < labels; y++) {
                node[y] += row[y];
            }
        });
    }

    private void edgeScores(WordFeatures[] w, int i, double[] edge) {
        Arrays.fill(edge, 0);
        forEachEdgeFeature(w, i, id -> {
            float[] row = weights[id];
            for (int pc = 0; pc < edge.length; pc++) {
                edge[pc] += row[pairColumn[pc]];
            }
        });
    }

    private interface IdSink {
        void accept(int id);
    }

    private void forEachNodeFeature(WordFeatures[] w, int i, IdSink sink) {
        emit(w[i].self, sink);
        emit(at(w, i - 1).asPrevious, sink);
        emit(at(w, i + 1).asNext, sink);
        // A word may stand twice within the window on one side (and the pad beyond an end stands for several
        // places): CoreNLP's features are a set, so each disjunct counts once.
        int[] seen = new int[window];
        int count = 0;
        for (int k = 1; k <= window; k++) {
            count = emitOnce(at(w, i - k).disjunctBefore, seen, count, sink);
        }
        count = 0;
        for (int k = 1; k <= window; k++) {
            count = emitOnce(at(w, i + k).disjunctAfter, seen, count, sink);
        }
    }

    private void forEachEdgeFeature(WordFeatures[] w, int i, IdSink sink) {
        WordFeatures previous = at(w, i - 1);
        emitIfKnown(sequenceFeature, sink);
        emitIfKnown(w[i].sequenceWord, sink);
        emitIfKnown(previous.sequencePrevious, sink);
        emitIfKnown(index.indexOf(previous.word + '-' + w[i].word + "-PSEQW2|CpC"), sink);
    }

    private WordFeatures at(WordFeatures[] w, int i) {
        return i < 0 || i >= w.length ? pad : w[i];
    }

    private static void emit(int[] ids, IdSink sink) {
        for (int id : ids) {
            sink.accept(id);
        }
    }

    private static void emitIfKnown(int id, IdSink sink) {
        if (id >= 0) {
            sink.accept(id);
        }
    }

    private static int emitOnce(int id, int[] seen, int count, IdSink sink) {
        if (id < 0) {
            return count;
        }
        for (int s = 0; s < count; s++) {
            if (seen[s] == id) {
                return count;
            }
        }
        sink.accept(id);
        seen[count] = id;
        return count + 1;
    }

    private WordFeatures[] features(List<String> words) {
        WordFeatures[] w = new WordFeatures[words.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = features(words.get(i));
        }
        return w;
    }

    private WordFeatures features(String word) {
        WordFeatures f = cache.get(word);
        if (f == null) {
            f = compute(word);
            if (word.length() <= MAX_CACHED_LENGTH) {
                cache.put(word, f);
            }
        }
        return f;
    }

    /**
     * The word's own features, by CoreNLP's templates for Khabar's flags: the class feature, the word, its lemma,
     * its character n-grams of two to {@code maxNGramLeng} letters with {@code <} and {@code >} marking its ends, and
     * the gazette entries it is part of. CoreNLP's own feature factory takes about 40 µs a word for these.
     */
    private WordFeatures compute(String word) {
        String lemma = CrfTokens.stem(word);
        String wordClass = classes.classOf(word);
        WordFeatures context = contextOnly(word, lemma, wordClass);
        IdList self = new IdList();
        emitIfKnown(index.indexOf("###|C"), self);
        emitIfKnown(index.indexOf(word + "-WORD|C"), self);
        emitIfKnown(index.indexOf(wordClass + "-TAG|C"), self);
        if (!lemma.isEmpty()) {
            emitIfKnown(index.indexOf(lemma + "-LEM|C"), self);
        }
        String marked = '<' + word + '>';
        StringBuilder b = new StringBuilder(maxNGram + 4);
        for (int i = 0; i < marked.length(); i++) {
            for (int j = i + 2, max = Math.min(marked.length(), i + maxNGram); j <= max; j++) {
                b.setLength(0);
                b.append('#').append(marked, i, j).append("#|C");
                emitIfKnown(index.indexOf(b.toString()), self);
            }
        }
        for (String entry : gazette.getOrDefault(word, Set.of())) {
            emitIfKnown(index.indexOf(entry + "|C"), self);
        }
        return new WordFeatures(word, self.distinct(), context.asPrevious, context.asNext, context.disjunctBefore,
                context.disjunctAfter, context.sequenceWord, context.sequencePrevious);
    }

    /** What the word brings to the tokens around it, from the templates in the class comment. */
    private WordFeatures contextOnly(String word, String lemma, String wordClass) {
        return new WordFeatures(word, new int[0], ids(previousTemplates(word, lemma, wordClass)),
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
        IdList out = new IdList();
        for (String f : featureNames) {
            emitIfKnown(index.indexOf(f), out);
        }
        return out.toArray();
    }

    /** Whether this class gives exactly CoreNLP's feature ids for every token of {@code words}. */
    boolean sameFeaturesAsCoreNlp(List<String> words) {
        int[][][] mine = featureIds(words);
        int[][][] theirs = crf.documentToDataAndLabels(labels(words, classes)).first();
        for (int i = 0; i < words.size(); i++) {
            for (int k = 0; k < 2; k++) {
                if (!sortedCopy(mine[i][k]).equals(sortedCopy(theirs[i][k]))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Integer> sortedCopy(int[] ids) {
        return Arrays.stream(ids).sorted().boxed().toList();
    }

    /** A sentence as CoreNLP's tokens: word, lemma ({@link CrfTokens#stem}) and word class as the tag. */
    static List<CoreLabel> labels(List<String> words, WordClasses classes) {
        List<CoreLabel> doc = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setLemma(CrfTokens.stem(w));
            l.setTag(classes.classOf(w));
            doc.add(l);
        }
        return doc;
    }

    /**
     * A bounded map that keeps what is used often: two generations, and when the young one is full the old one is
     * dropped and the young one takes its place. A word found in the old generation moves to the young one, so a
     * frequent word survives every turn while a rare one is dropped by the second. Safe for concurrent use; a race
     * can only compute a word twice or let a generation grow a few entries past its size.
     */
    static final class WordCache<V> {
        private final int generation;
        private volatile Map<String, V> young = new ConcurrentHashMap<>();
        private volatile Map<String, V> old = new ConcurrentHashMap<>();

        WordCache(int generation) {
            this.generation = generation;
        }

        V get(String word) {
            V v = young.get(word);
            if (v == null) {
                v = old.get(word);
                if (v != null) {
                    put(word, v);
                }
            }
            return v;
        }

        void put(String word, V value) {
            if (young.size() >= generation) {
                turn();
            }
            young.put(word, value);
        }

        private synchronized void turn() {
            if (young.size() >= generation) {
                old = young;
                young = new ConcurrentHashMap<>();
            }
        }

        int size() {
            return young.size() + old.size();
        }
    }

    /** A growable list of ids. */
    private static final class IdList implements IdSink {
        private int[] ids = new int[32];
        private int size;

        @Override
        public void accept(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] toArray() {
            return Arrays.copyOf(ids, size);
        }

        /** The ids once each, sorted: a word may hold the same n-gram twice, and CoreNLP's features are a set. */
        int[] distinct() {
            return Arrays.stream(ids, 0, size).sorted().distinct().toArray();
        }
    }
}
