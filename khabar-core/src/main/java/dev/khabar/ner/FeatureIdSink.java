package dev.khabar.ner;

/** Where the feature ids of a token go: summed into label scores, or collected into a {@link FeatureIdList}. */
interface FeatureIdSink {
    void accept(int id);
}
