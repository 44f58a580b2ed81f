package demo;

/** Must not compile: the normalizer is internal to the module dev.khabar. */
final class Internal {
    dev.khabar.normalize.ArabicNormalizer normalizer;
}
