package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names from a list such as {@code organizations.tsv} or {@code places.tsv} in a {@link PhraseIndex}. A match starts
 * at a word, with or without proclitics ({@code لمنظمة}, {@code وبالأمم}), continues over whole tokens, and the
 * longest name wins. Short names that are also common words (the club {@code الهلال}, "crescent") are in an index of
 * their own and match
 * only right after a cue word of {@code org-cues.tsv} ({@code فريق الهلال}, {@code لاعب النصر}); the cue stays out of
 * the match. A row whose fourth column is {@code *} has only such names ({@code عسير} "difficult" names a place only
 * after {@code منطقة}). Names may still be added ({@link #addKeyed}) until the first look-up builds the indexes;
 * immutable and thread-safe from then on.
 */
final class NameGazetteer {

    /** A match: tokens {@code [first, last]}, the chars of proclitics on the first token, and the canonical name. */
    record Match(int first, int last, int prefixLength, String canonical) {
    }

    /** The names and the short names, indexed once every name is in. */
    private record Indexes(PhraseIndex<String> names, PhraseIndex<String> shortNames) {
    }

    private static final String ALL_CUED = "*";

    /** How far back a list of short names (الهلال والنصر والاتحاد) is followed to its cue word. */
    private static final int MAX_LISTED_SHORT_NAMES = 4;

    private final String resource;
    /** The names while the stage is being built; null once {@link #indexes} is built. */
    private PhraseIndex.Builder<String> names = PhraseIndex.<String>builder().skipping(NameGazetteer::isAcronymDot);
    /** Short names (the fourth column), matched only after a cue word. */
    private PhraseIndex.Builder<String> shortNames =
            PhraseIndex.<String>builder().skipping(NameGazetteer::isAcronymDot);
    private volatile Indexes indexes;
    private final Set<String> cues;
    private final Set<String> singleWords = new HashSet<>();
    /** The normalized keys of each canonical name of the lists read first, cued ones included, in list order. */
    private final Map<String, List<String>> keysByCanonical = new HashMap<>();

    /** The names of {@code resource}, with the cue words of {@code org-cues.tsv}. */
    NameGazetteer(String resource, ArabicNormalizer normalizer, Tokenizer tokenizer) {
        this(resource, "org-cues.tsv", normalizer, tokenizer);
    }

    /** The names of {@code resource}, with the cue words of {@code cueResource} (null: a list without short names). */
    NameGazetteer(String resource, String cueResource, ArabicNormalizer normalizer, Tokenizer tokenizer) {
        this.resource = resource;
        load(resource, normalizer, tokenizer);
        Set<String> cueWords = new HashSet<>();
        if (cueResource != null) {
            for (NerData.Row row : NerData.rows(cueResource)) {
                cueWords.add(normalizer.normalizeWord(row.field(0)));
            }
        }
        this.cues = Set.copyOf(cueWords);
        checkNoShortNameIsAlsoAName();
    }

    /**
     * Adds a name given as its normalized tokens joined by one space ({@code knowledge/places.tsv}) unless a name of
     * either list already ends there; {@code cued}: only after a cue word. Only while the stage is being built,
     * before the first look-up.
     */
    synchronized void addKeyed(String key, String canonical, boolean cued) {
        if (names == null) {
            throw new IllegalStateException(resource + ": a name added after the first look-up: " + key);
        }
        String[] words = key.split(" ");
        if (names.get(words) == null && shortNames.get(words) == null) {
            (cued ? shortNames : names).add(words, canonical);
        }
    }

    /** The indexes, built at the first look-up: no name is added after it. */
    private Indexes indexes() {
        Indexes built = indexes;
        if (built == null) {
            synchronized (this) {
                built = indexes;
                if (built == null) {
                    built = new Indexes(names.build(), shortNames.build());
                    indexes = built;
                    names = null;
                    shortNames = null;
                }
            }
        }
        return built;
    }

    private void load(String resource, ArabicNormalizer normalizer, Tokenizer tokenizer) {
        for (NerData.Row row : NerData.rows(resource)) {
            String canonical = row.field(0);
            if (canonical.isEmpty()) {
                throw row.error("no canonical name");
            }
            // "*" in the fourth column: every name of the row is a word too, and matches only after a cue.
            boolean allCued = row.field(3).equals(ALL_CUED);
            PhraseIndex.Builder<String> list = allCued ? shortNames : names;
            add(list, canonical, canonical, normalizer, tokenizer, row);
            for (String alias : row.field(1).split("\\|")) {
                if (!alias.isBlank()) {
                    add(list, alias.strip(), canonical, normalizer, tokenizer, row);
                }
            }
            for (String shortName : allCued ? new String[0] : row.field(3).split("\\|")) {
                if (!shortName.isBlank()) {
                    add(shortNames, shortName.strip(), canonical, normalizer, tokenizer, row);
                }
            }
        }
    }

    /** A short name must not also be an unconditional name: it would match without its cue anyway. */
    private void checkNoShortNameIsAlsoAName() {
        shortNames.forEach((words, shortOf) -> {
            String nameOf = names.get(words);
            if (nameOf != null) {
                throw new IllegalStateException(resource + ": '" + String.join(" ", words) + "' is both a name of "
                        + nameOf + " and a short name of " + shortOf);
            }
        });
    }

    private void add(PhraseIndex.Builder<String> list, String name, String canonical, ArabicNormalizer normalizer,
            Tokenizer tokenizer, NerData.Row row) {
        List<Token> tokens = tokenizer.tokenize(normalizer.normalizeWord(name));
        if (tokens.isEmpty()) {
            throw row.error("empty name");
        }
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        String named = list.get(words);
        if (named != null && !named.equals(canonical)) {
            throw row.error("'" + name + "' already names " + named);
        }
        list.add(words, canonical);
        keysByCanonical.computeIfAbsent(canonical, k -> new ArrayList<>(2)).add(String.join(" ", words));
        if (list == names && words.length == 1) {
            singleWords.add(words[0]);
        }
    }

    /** The longest name starting at token {@code i}, or null. */
    Match longestAt(List<Token> tokens, int i) {
        return longestAt(tokens, i, null);
    }

    /**
     * The longest name starting at token {@code i}, or null. A short name matches after its cue word, or where
     * {@code cuedByText} accepts it: where the whole text is the cue (a sports report, for the clubs' short names).
     * It may then carry و, ف or ل (وتعادل الريان, للهلال), not ب or ك, which make it a place (ببرشلونة).
     */
    Match longestAt(List<Token> tokens, int i, Predicate<String> cuedByText) {
        Token first = tokens.get(i);
        if (!first.isWord()) {
            return null;
        }
        Indexes index = indexes();
        PhraseIndex<String> cued = index.shortNames();
        PhraseIndex.Match<String> best = null;
        if (cued.startsPhrase(first.text()) && afterCue(tokens, i)) {
            best = cued.longestAt(tokens, i); // لاعب الهلال
        } else if (Clitics.startsWithAnd(first.text()) && cued.startsPhrase(Clitics.afterProclitic(first.text()))
                && listedAfterCue(cued, tokens, i - 1, MAX_LISTED_SHORT_NAMES)) {
            // لاعبي الهلال والنصر
            best = cued.longestAt(tokens, i, 1, Clitics.afterProclitic(first.text()));
        } else if (cuedByText != null) {
            for (Clitics.Reading r : first.readings()) {
                String prefix = first.text().substring(0, r.prefixLength());
                if (prefix.indexOf(Clitics.BA) < 0 && prefix.indexOf(Clitics.KAF) < 0 && cued.startsPhrase(r.stem())
                        && cuedByText.test(r.stem())) {
                    best = longer(best, cued.longestAt(tokens, i, r.prefixLength(), r.stem()));
                }
            }
        }
        best = longer(best, index.names().longestWithProclitics(tokens, i));
        return best == null ? null : new Match(best.first(), best.last(), best.prefixLength(), best.value());
    }

    /** The longer match; of two as long, the one found first. */
    private static PhraseIndex.Match<String> longer(PhraseIndex.Match<String> a, PhraseIndex.Match<String> b) {
        return a == null || (b != null && b.last() > a.last()) ? b : a;
    }

    /**
     * True when token {@code j} is a one-word short name after a cue word, or after such a name and و
     * ({@code لاعبي الهلال والنصر والاتحاد}), looking back over at most {@code depth} names.
     */
    private boolean listedAfterCue(PhraseIndex<String> cued, List<Token> tokens, int j, int depth) {
        if (j < 1 || depth == 0 || !tokens.get(j).isWord()) {
            return false;
        }
        String word = tokens.get(j).text();
        if (cued.get(word) != null && afterCue(tokens, j)) {
            return true;
        }
        return Clitics.startsWithAnd(word) && cued.get(Clitics.afterProclitic(word)) != null
                && listedAfterCue(cued, tokens, j - 1, depth - 1);
    }

    /** A dot written between the letters of an acronym, with no space on either side (بي.بي.سي). */
    private static boolean isAcronymDot(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).text().equals(".")
                && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start()
                && tokens.get(k - 1).isWord() && tokens.get(k + 1).isWord();
    }

    /** True when the word before token {@code i} is a cue word, with or without proclitics (ولاعب). */
    private boolean afterCue(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isWord() && isCue(tokens.get(i - 1));
    }

    private boolean isCue(Token word) {
        for (Clitics.Reading r : word.readings()) {
            if (cues.contains(r.stem())) {
                return true;
            }
        }
        return false;
    }

    /** The normalized keys of a canonical name of the first list ({@code places.tsv}): its own first, then its others. */
    List<String> keysOf(String canonical) {
        return keysByCanonical.getOrDefault(canonical, List.of());
    }

    /** The canonical name of a normalized name (tokens joined by one space), or null. */
    String canonical(String normalizedKey) {
        return indexes().names().get(normalizedKey.split(" "));
    }

    /** The names that are one word, not counting short names matched only after a cue. */
    Set<String> oneWordNames() {
        return Set.copyOf(singleWords);
    }

    /** True when a one-word name is {@code word}: such a word is a proper noun. */
    boolean isOneWordName(String word) {
        return singleWords.contains(word);
    }

    /** True when {@code word} is a one-word name listed to match only after a cue (الباحة, عسير in places.tsv). */
    boolean isCuedOneWordName(String word) {
        return indexes().shortNames().get(word) != null;
    }
}
