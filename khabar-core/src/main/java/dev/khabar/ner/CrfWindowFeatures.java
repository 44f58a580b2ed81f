package dev.khabar.ner;

import edu.stanford.nlp.util.Index;

/**
 * A token's feature ids as the union of what each word of its window brings from its offset ({@link CrfWordFeatures}),
 * per clique: the node features of the token, and the label-pair features of it and the word before.
 */
final class CrfWindowFeatures {
    private final CrfWordPairs pairs;
    private final CrfWordFeatures.Word pad;
    /** {@code disjunctionWidth}: how far before and after a word its disjunct features reach. */
    private final int window;
    private final int sequenceFeature;

    CrfWindowFeatures(Index<String> index, CrfWordFeatures.Word pad, int window) {
        this.pairs = new CrfWordPairs(index);
        this.pad = pad;
        this.window = window;
        this.sequenceFeature = index.indexOf("PSEQ|CpC");
    }

    void forEachNodeFeature(CrfWordFeatures.Word[] w, int i, FeatureIdSink sink) {
        emit(w[i].self(), sink);
        emit(at(w, i - 1).asPrevious(), sink);
        emit(at(w, i + 1).asNext(), sink);
        // A word may stand twice within the window on one side (and the pad beyond an end stands for several
        // places): CoreNLP's features are a set, so each disjunct counts once.
        int[] seen = new int[window];
        int count = 0;
        for (int k = 1; k <= window; k++) {
            count = emitOnce(at(w, i - k).disjunctBefore(), seen, count, sink);
        }
        count = 0;
        for (int k = 1; k <= window; k++) {
            count = emitOnce(at(w, i + k).disjunctAfter(), seen, count, sink);
        }
    }

    void forEachEdgeFeature(CrfWordFeatures.Word[] w, int i, FeatureIdSink sink) {
        CrfWordFeatures.Word previous = at(w, i - 1);
        emitIfKnown(sequenceFeature, sink);
        emitIfKnown(w[i].sequenceWord(), sink);
        emitIfKnown(previous.sequencePrevious(), sink);
        emitIfKnown(pairs.idOf(previous.word(), w[i].word()), sink);
    }

    private CrfWordFeatures.Word at(CrfWordFeatures.Word[] w, int i) {
        return i < 0 || i >= w.length ? pad : w[i];
    }

    private static void emit(int[] ids, FeatureIdSink sink) {
        for (int id : ids) {
            sink.accept(id);
        }
    }

    private static void emitIfKnown(int id, FeatureIdSink sink) {
        if (id >= 0) {
            sink.accept(id);
        }
    }

    private static int emitOnce(int id, int[] seen, int count, FeatureIdSink sink) {
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
}
