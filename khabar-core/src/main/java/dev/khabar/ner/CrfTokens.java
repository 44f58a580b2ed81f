package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the tokens of a CoNLL sentence into the tokens Khabar's tokenizer makes at run time, so that the model is
 * trained and used on the same units: each token is normalized with {@link ArabicNormalizer} and split again with
 * {@link Tokenizer} ({@code (د} becomes {@code (} and {@code د}). Tags follow the split and come back to the CoNLL
 * tokens for scoring. Thread-safe.
 */
public final class CrfTokens {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();

    /** The run-time tokens of a sentence; {@code origin[i]} is the CoNLL token that token i came from. */
    public record Split(List<String> words, int[] origin, boolean[] edge) {
    }

    public Split split(List<String> conllWords) {
        List<String> words = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        List<Boolean> edge = new ArrayList<>();
        for (int w = 0; w < conllWords.size(); w++) {
            List<Token> parts = tokenizer.tokenize(normalizer.normalizeWord(conllWords.get(w)));
            if (parts.isEmpty()) {
                continue; // a token made only of removed marks
            }
            int first = 0;
            int last = parts.size() - 1;
            while (first < last && parts.get(first).kind() == Token.Kind.PUNCT) {
                first++;
            }
            while (last > first && parts.get(last).kind() == Token.Kind.PUNCT) {
                last--;
            }
            for (int i = 0; i < parts.size(); i++) {
                words.add(parts.get(i).text());
                origin.add(w);
                edge.add(i < first || i > last);
            }
        }
        int[] o = origin.stream().mapToInt(Integer::intValue).toArray();
        boolean[] e = new boolean[edge.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = edge.get(i);
        }
        return new Split(List.copyOf(words), o, e);
    }

    /**
     * The word without its proclitics and article, a feature that lets {@code وبيروت}, {@code لبيروت} and
     * {@code بيروت} share what the model learned: و/ف, then ب/ل/ك, then ال come off while three letters remain.
     * It over-strips some words (بيروت → يروت), always the same way, which is all a feature needs.
     */
    public static String stem(String word) {
        List<String> forms = withoutProclitics(word);
        String w = forms.get(forms.size() - 1);
        return w.length() > 4 && Clitics.hasArticle(w) ? Clitics.afterArticle(w) : w;
    }

    /**
     * The word, then each shorter form as و/ف and then ب/ل/ك come off while three letters remain ({@code للدولة} →
     * {@code الدولة}): what {@link #stem} strips before the article, and the forms {@link WordClasses} looks up.
     */
    static List<String> withoutProclitics(String word) {
        List<String> forms = new ArrayList<>(3);
        String w = word;
        forms.add(w);
        if (w.length() > 3 && Clitics.startsWithConjunction(w)) {
            w = Clitics.afterProclitic(w);
            forms.add(w);
        }
        if (w.length() > 3 && Clitics.startsWithPreposition(w)) {
            w = Clitics.hasLamArticle(w) ? Clitics.lamArticleAsArticle(w) : Clitics.afterProclitic(w);
            forms.add(w);
        }
        return forms;
    }

    /** Training tags for the split: punctuation at a token's edges is O, the rest continues the token's entity. */
    public static List<String> splitTags(Split split, List<String> conllTags) {
        List<String> out = new ArrayList<>(split.words().size());
        int prevOrigin = -1;
        boolean begun = false;
        for (int i = 0; i < split.words().size(); i++) {
            int o = split.origin()[i];
            if (o != prevOrigin) {
                begun = false;
                prevOrigin = o;
            }
            String tag = conllTags.get(o);
            if (split.edge()[i] || tag.equals("O")) {
                out.add("O");
            } else if (!begun) {
                out.add(tag);
                begun = true;
            } else {
                out.add("I-" + tag.substring(2));
            }
        }
        return out;
    }

    /** Tags for the CoNLL tokens from tags of the split: each token takes the tag of its first inner part. */
    public static List<String> joinTags(Split split, List<String> splitTags, int conllSize) {
        String[] out = new String[conllSize];
        java.util.Arrays.fill(out, "O");
        boolean[] set = new boolean[conllSize];
        for (int i = 0; i < splitTags.size(); i++) {
            int o = split.origin()[i];
            if (!set[o] && !split.edge()[i]) {
                out[o] = splitTags.get(i);
                set[o] = true;
            }
        }
        return List.of(out);
    }
}
