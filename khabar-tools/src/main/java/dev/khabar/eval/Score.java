package dev.khabar.eval;

/** Counts for one type: true positives, false positives, false negatives, and what follows from them. */
public final class Score {
    public int truePositives;
    public int falsePositives;
    public int falseNegatives;

    /** Nothing in gold and nothing found: precision, recall and F1 are undefined (NaN). */
    public boolean isEmpty() {
        return truePositives + falsePositives + falseNegatives == 0;
    }

    public double precision() {
        int d = truePositives + falsePositives;
        return isEmpty() ? Double.NaN : d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return isEmpty() ? Double.NaN : d == 0 ? 0 : (double) truePositives / d;
    }

    public double f1() {
        if (isEmpty()) {
            return Double.NaN;
        }
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Score o) {
        truePositives += o.truePositives;
        falsePositives += o.falsePositives;
        falseNegatives += o.falseNegatives;
    }
}
