package dev.khabar.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Viterbi decoding of a CoreNLP first-order CRF with its features cached per word. CoreNLP builds every feature of
 * every token as a string and looks it up in the feature index, which took three quarters of the NER time; but with
 * Khabar's flags (see {@code crf-flags.properties}) a token's features are the union of what each word in its window
 * contributes from its offset, plus one word-pair feature:
 *
 * <ul>
 *   <li>the word itself: word, lemma, character n-grams, gazette entries, the class feature (CoreNLP's own feature
 *       factory computes these, once per word);</li>
 *   <li>the neighbours: {@code PW}, {@code PLEM} of the word before, {@code NW}, {@code NLEM} of the word after, and
 *       {@code DISJP} / {@code DISJN} of any word up to four places before / after;</li>
 *   <li>label pairs: {@code PSEQ}, {@code PSEQW} of the word, {@code PSEQpW} of the word before, and
 *       {@code PSEQW2} of the two words together.</li>
 * </ul>
 *
 * <p>So each word's feature ids are computed once and kept (up to {@value #MAX_CACHED_WORDS} words; the cache is
 * emptied when full), and a sentence costs a few array sums. The decoding is CoreNLP's: the best label sequence given
 * that the label before the sentence is the background label. {@link #forModel} checks the templates against
 * CoreNLP's own features on a probe sentence and declines a model trained with other flags, which then keeps
 * CoreNLP's decoding. {@code CrfTaggerTest} compares features and tags with CoreNLP's on real sentences.
 */
final class CrfTagger {
    static final int MAX_CACHED_WORDS = 50_000;
    /** {@code disjunctionWidth} in the flags. */
    private static final int WINDOW = 4;
    /** What CoreNLP puts beyond the ends of a sentence: a token whose word and lemma are empty. */
    private static final String PAD = "";
    private static final String PROBE = "وقال الرئيس محمد مرسي في القاهره ان البنك المركزي المصري و صندوق النقد";

    private final CRFClassifier<CoreLabel> crf;
    private final Index<String> index;
    private final float[][] weights;
    private final int labels;
    /** The weight column of each label pair, at {@code previous * labels + current}. */
    private final int[] pairColumn;
    private final int background;
    private final int sequenceFeature;
    private final Map<String, WordFeatures> cache = new ConcurrentHashMap<>();
    private final WordFeatures pad;

    /** The feature ids a word brings to the tokens around it, by its place relative to them. */
    private record WordFeatures(String word, int[] self, int[] asPrevious, int[] asNext, int disjunctBefore,
                                int disjunctAfter, int sequenceWord, int sequencePrevious) {
    }

    private CrfTagger(CRFClassifier<CoreLabel> crf, Index<String> index, float[][] weights,
                      List<Index<CRFLabel>> labelIndices) {
        this.crf = crf;
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
        this.pad = contextOnly(PAD, PAD);
    }

    /**
     * A tagger for {@code crf} with the given features and weights, or empty when the model's features are not the
     * ones this class rebuilds (another window, other templates): such a model keeps CoreNLP's own decoding.
     */
    static Optional<CrfTagger> forModel(CRFClassifier<CoreLabel> crf, Index<String> index, float[][] weights,
                                        List<Index<CRFLabel>> labelIndices) {
        if (crf.windowSize != 2 || labelIndices.size() != 2 || crf.flags.useReverse) {
            return Optional.empty();
        }
        CrfTagger tagger = new CrfTagger(crf, index, weights, labelIndices);
        List<String> probe = List.of(PROBE.split(" "));
        return tagger.sameFeaturesAsCoreNlp(probe) ? Optional.of(tagger) : Optional.empty();
    }

    /** The best label index of each word. */
    int[] bestLabels(List<String> words) {
        int n = words.size();
        WordFeatures[] w = new WordFeatures[n];
        for (int i = 0; i < n; i++) {
            w[i] = features(words.get(i));
        }
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
        WordFeatures[] w = new WordFeatures[n];
        for (int i = 0; i < n; i++) {
            w[i] = features(words.get(i));
        }
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
        java.util.Arrays.fill(node, 0);
        forEachNodeFeature(w, i, id -> {
            float[] row = weights[id];
            for (int y = 0; y < labels; y++) {
                node[y] += row[y];
            }
        });
    }

    private void edgeScores(WordFeatures[] w, int i, double[] edge) {
        java.util.Arrays.fill(edge, 0);
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
        int[] seen = new int[WINDOW];
        int count = 0;
        for (int k = 1; k <= WINDOW; k++) {
            count = emitOnce(at(w, i - k).disjunctBefore, seen, count, sink);
        }
        count = 0;
        for (int k = 1; k <= WINDOW; k++) {
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

    private WordFeatures features(String word) {
        WordFeatures f = cache.get(word);
        if (f == null) {
            f = compute(word);
            if (cache.size() >= MAX_CACHED_WORDS) {
                cache.clear();
            }
            cache.put(word, f);
        }
        return f;
    }

    /**
     * The word's own features come from CoreNLP's feature factory, run on the word as a one-token sentence; what
     * that sentence adds for the pad around it is taken out again.
     */
    private WordFeatures compute(String word) {
        String lemma = CrfTokens.stem(word);
        WordFeatures context = contextOnly(word, lemma);
        List<String> padAround = new ArrayList<>();
        padAround.addAll(previousTemplates(PAD, PAD));
        padAround.addAll(nextTemplates(PAD, PAD));
        padAround.add(PAD + "-DISJP|C");
        padAround.add(PAD + "-DISJN|C");
        Collection<String> own = crf.makeDatum(List.of(label(word, lemma)), 0, crf.featureFactories)
                .asFeatures().get(0);
        IdList self = new IdList();
        for (String f : own) {
            if (!padAround.contains(f)) {
                int id = index.indexOf(f);
                if (id >= 0) {
                    self.accept(id);
                }
            }
        }
        return new WordFeatures(word, self.toArray(), context.asPrevious, context.asNext, context.disjunctBefore,
                context.disjunctAfter, context.sequenceWord, context.sequencePrevious);
    }

    /** What the word brings to the tokens around it, from the templates in the class comment. */
    private WordFeatures contextOnly(String word, String lemma) {
        return new WordFeatures(word, new int[0], ids(previousTemplates(word, lemma)), ids(nextTemplates(word, lemma)),
                index.indexOf(word + "-DISJP|C"), index.indexOf(word + "-DISJN|C"),
                index.indexOf(word + "-PSEQW|CpC"), index.indexOf(word + "-PSEQpW|CpC"));
    }

    private static List<String> previousTemplates(String word, String lemma) {
        return lemma.isEmpty() ? List.of(word + "-PW|C") : List.of(word + "-PW|C", lemma + "-PLEM|C");
    }

    private static List<String> nextTemplates(String word, String lemma) {
        return lemma.isEmpty() ? List.of(word + "-NW|C") : List.of(word + "-NW|C", lemma + "-NLEM|C");
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
        int[][][] theirs = crf.documentToDataAndLabels(labels(words)).first();
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
        return java.util.Arrays.stream(ids).sorted().boxed().toList();
    }

    static List<CoreLabel> labels(List<String> words) {
        List<CoreLabel> doc = new ArrayList<>(words.size());
        for (String w : words) {
            doc.add(label(w, CrfTokens.stem(w)));
        }
        return doc;
    }

    private static CoreLabel label(String word, String lemma) {
        CoreLabel l = new CoreLabel();
        l.setWord(word);
        l.setValue(word);
        l.setLemma(lemma);
        return l;
    }

    /** A growable list of ids. */
    private static final class IdList implements IdSink {
        private int[] ids = new int[32];
        private int size;

        @Override
        public void accept(int id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(ids, size);
        }
    }
}
