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
 * <p>So each word's feature ids are computed once and cached ({@link CrfWordFeatures}), a token's are gathered from
 * its window ({@link CrfWindowFeatures}), and a sentence costs a few array sums. The decoding is CoreNLP's: the best label sequence given that the label before the sentence is the background
 * label. {@link #forModel} checks the templates against
 * CoreNLP's own features on a probe sentence and declines a model trained with other flags, which then keeps
 * CoreNLP's decoding. {@code CrfTaggerTest} compares features and tags with CoreNLP's on real sentences.
 */
final class CrfTagger {
    private static final String PROBE = "وقال الرئيس محمد مرسي في القاهره ان البنك المركزي المصري و صندوق النقد";

    private final CRFClassifier<CoreLabel> crf;
    private final WordClasses classes;
    private final float[][] weights;
    private final int labels;
    /** The weight column of each label pair, at {@code previous * labels + current}. */
    private final int[] pairColumn;
    private final int background;
    private final CrfWordFeatures words;
    private final CrfWindowFeatures windows;

    private CrfTagger(CRFClassifier<CoreLabel> crf, WordClasses classes, Index<String> index, float[][] weights,
                      List<Index<CRFLabel>> labelIndices, Map<String, Collection<String>> gazette) {
        this.crf = crf;
        this.classes = classes;
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
        this.words = new CrfWordFeatures(classes, index, crf.flags.maxNGramLeng, gazette);
        this.windows = new CrfWindowFeatures(index, words.pad(), crf.flags.disjunctionWidth);
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
    int[] bestLabels(List<String> sentence) {
        int n = sentence.size();
        CrfWordFeatures.Word[] w = words.of(sentence);
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
        return backtrack(score, from);
    }

    /** The labels of the best path, from the last token's scores and each token's best previous label. */
    private int[] backtrack(double[] score, int[][] from) {
        int n = from.length;
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
    int[][][] featureIds(List<String> sentence) {
        int n = sentence.size();
        CrfWordFeatures.Word[] w = words.of(sentence);
        int[][][] out = new int[n][2][];
        for (int i = 0; i < n; i++) {
            FeatureIdList node = new FeatureIdList();
            windows.forEachNodeFeature(w, i, node);
            FeatureIdList edge = new FeatureIdList();
            windows.forEachEdgeFeature(w, i, edge);
            out[i][0] = node.toArray();
            out[i][1] = edge.toArray();
        }
        return out;
    }

    private void nodeScores(CrfWordFeatures.Word[] w, int i, double[] node) {
        Arrays.fill(node, 0);
        windows.forEachNodeFeature(w, i, id -> {
            float[] row = weights[id];
            for (int y = 0; y < labels; y++) {
                node[y] += row[y];
            }
        });
    }

    private void edgeScores(CrfWordFeatures.Word[] w, int i, double[] edge) {
        Arrays.fill(edge, 0);
        windows.forEachEdgeFeature(w, i, id -> {
            float[] row = weights[id];
            for (int pc = 0; pc < edge.length; pc++) {
                edge[pc] += row[pairColumn[pc]];
            }
        });
    }

    /** Whether this class gives exactly CoreNLP's feature ids for every token of {@code sentence}. */
    boolean sameFeaturesAsCoreNlp(List<String> sentence) {
        int[][][] mine = featureIds(sentence);
        int[][][] theirs = crf.documentToDataAndLabels(labels(sentence, classes)).first();
        for (int i = 0; i < sentence.size(); i++) {
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
}
