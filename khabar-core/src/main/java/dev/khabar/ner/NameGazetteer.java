package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
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
 * Names from a list such as {@code organizations.tsv} or {@code places.tsv} in a trie of normalized tokens. A match starts at a word, with
 * or without proclitics ({@code لمنظمة}, {@code وبالأمم}), continues over whole tokens, and the longest name wins.
 * Short names that are also common words (the club {@code الهلال}, "crescent") are in a trie of their own and match
 * only right after a cue word of {@code org-cues.tsv} ({@code فريق الهلال}, {@code لاعب النصر}); the cue stays out of
 * the match. A row whose fourth column is {@code *} has only such names ({@code عسير} "difficult" names a place only
 * after {@code منطقة}). Immutable and thread-safe after construction.
 */
final class NameGazetteer {

    /** A match: tokens {@code [first, last]}, the chars of proclitics on the first token, and the canonical name. */
    record Match(int first, int last, int prefixLength, String canonical) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        String canonical;
    }

    private static final String ALL_CUED = "*";

    /** How far back a list of short names (الهلال والنصر والاتحاد) is followed to its cue word. */
    private static final int MAX_LISTED_SHORT_NAMES = 4;

    private final Node root = new Node();
    /** Short names (the fourth column), matched only after a cue word. */
    private final Node cuedRoot = new Node();
    private final Set<String> cues = new HashSet<>();
    private final Map<String, String> canonicalByKey = new HashMap<>();
    private final Set<String> singleWords = new HashSet<>();
    /** The normalized keys of each canonical name of the lists read first, cued ones included, in list order. */
    private final Map<String, List<String>> keysByCanonical = new HashMap<>();

    /** The names of {@code resource}, with the cue words of {@code org-cues.tsv}. */
    NameGazetteer(String resource, ArabicNormalizer normalizer, Tokenizer tokenizer) {
        this(resource, "org-cues.tsv", normalizer, tokenizer);
    }

    /** The names of {@code resource}, with the cue words of {@code cueResource} (null: a list without short names). */
    NameGazetteer(String resource, String cueResource, ArabicNormalizer normalizer, Tokenizer tokenizer) {
        load(resource, normalizer, tokenizer);
        if (cueResource != null) {
            for (NerData.Row row : NerData.rows(cueResource)) {
                cues.add(normalizer.normalizeWord(row.field(0)));
            }
        }
        checkNoShortNameIsAlsoAName(resource, root, cuedRoot, "");
    }

    /**
     * Adds a name given as its normalized tokens joined by one space ({@code knowledge/places.tsv}) unless a name of
     * either trie already ends there; {@code cued}: only after a cue word. Only while the stage is being built.
     */
    void addKeyed(String key, String canonical, boolean cued) {
        String[] words = key.split(" ");
        if (endsName(root, words) || endsName(cuedRoot, words)) {
            return;
        }
        Node node = cued ? cuedRoot : root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new Node());
        }
        node.canonical = canonical;
        if (!cued) {
            canonicalByKey.putIfAbsent(key, canonical);
        }
    }

    private static boolean endsName(Node trie, String[] words) {
        Node node = trie;
        for (String w : words) {
            node = node.next.get(w);
            if (node == null) {
                return false;
            }
        }
        return node.canonical != null;
    }

    private void load(String resource, ArabicNormalizer normalizer, Tokenizer tokenizer) {
        for (NerData.Row row : NerData.rows(resource)) {
            String canonical = row.field(0);
            if (canonical.isEmpty()) {
                throw row.error("no canonical name");
            }
            // "*" in the fourth column: every name of the row is a word too, and matches only after a cue.
            boolean allCued = row.field(3).equals(ALL_CUED);
            Node names = allCued ? cuedRoot : root;
            add(names, canonical, canonical, normalizer, tokenizer, row);
            for (String alias : row.field(1).split("\\|")) {
                if (!alias.isBlank()) {
                    add(names, alias.strip(), canonical, normalizer, tokenizer, row);
                }
            }
            for (String shortName : allCued ? new String[0] : row.field(3).split("\\|")) {
                if (!shortName.isBlank()) {
                    add(cuedRoot, shortName.strip(), canonical, normalizer, tokenizer, row);
                }
            }
        }
    }

    /** A short name must not also be an unconditional name: it would match without its cue anyway. */
    private static void checkNoShortNameIsAlsoAName(String resource, Node names, Node shortNames, String path) {
        if (shortNames.canonical != null && names.canonical != null) {
            throw new IllegalStateException(resource + ": '" + path.strip() + "' is both a name of "
                    + names.canonical + " and a short name of " + shortNames.canonical);
        }
        shortNames.next.forEach((token, next) -> {
            Node other = names.next.get(token);
            if (other != null) {
                checkNoShortNameIsAlsoAName(resource, other, next, path + " " + token);
            }
        });
    }

    private void add(Node trie, String name, String canonical, ArabicNormalizer normalizer, Tokenizer tokenizer,
            NerData.Row row) {
        List<Token> tokens = tokenizer.tokenize(normalizer.normalizeWord(name));
        if (tokens.isEmpty()) {
            throw row.error("empty name");
        }
        Node node = trie;
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.text(), k -> new Node());
            key.append(key.length() == 0 ? "" : " ").append(t.text());
        }
        if (node.canonical != null && !node.canonical.equals(canonical)) {
            throw row.error("'" + name + "' already names " + node.canonical);
        }
        node.canonical = canonical;
        keysByCanonical.computeIfAbsent(canonical, k -> new ArrayList<>(2)).add(key.toString());
        if (trie == root) {
            canonicalByKey.put(key.toString(), canonical);
            if (tokens.size() == 1) {
                singleWords.add(tokens.get(0).text());
            }
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
        Match best = null;
        if (cuedRoot.next.containsKey(first.text()) && afterCue(tokens, i)) {
            best = longestIn(cuedRoot, tokens, i, 0, first.text(), null); // لاعب الهلال
        } else if (first.text().startsWith("و") && cuedRoot.next.containsKey(first.text().substring(1))
                && listedAfterCue(tokens, i - 1, MAX_LISTED_SHORT_NAMES)) {
            best = longestIn(cuedRoot, tokens, i, 1, first.text().substring(1), null); // لاعبي الهلال والنصر
        } else if (cuedByText != null) {
            for (Clitics.Reading r : first.readings()) {
                String prefix = first.text().substring(0, r.prefixLength());
                if (prefix.indexOf('ب') < 0 && prefix.indexOf('ك') < 0 && cuedRoot.next.containsKey(r.stem())
                        && cuedByText.test(r.stem())) {
                    best = longestIn(cuedRoot, tokens, i, r.prefixLength(), r.stem(), best);
                }
            }
        }
        for (Clitics.Reading r : first.readings()) {
            best = longestIn(root, tokens, i, r.prefixLength(), r.stem(), best);
        }
        return best;
    }

    /**
     * True when token {@code j} is a one-word short name after a cue word, or after such a name and و
     * ({@code لاعبي الهلال والنصر والاتحاد}), looking back over at most {@code depth} names.
     */
    private boolean listedAfterCue(List<Token> tokens, int j, int depth) {
        if (j < 1 || depth == 0 || !tokens.get(j).isWord()) {
            return false;
        }
        String word = tokens.get(j).text();
        if (isShortName(word) && afterCue(tokens, j)) {
            return true;
        }
        return word.startsWith("و") && isShortName(word.substring(1)) && listedAfterCue(tokens, j - 1, depth - 1);
    }

    private boolean isShortName(String word) {
        Node node = cuedRoot.next.get(word);
        return node != null && node.canonical != null;
    }

    /** The longer of {@code best} and the longest name of {@code trie} at token {@code i} read as {@code stem}. */
    private static Match longestIn(Node trie, List<Token> tokens, int i, int prefixLength, String stem, Match best) {
        Node node = trie.next.get(stem);
        int j = i;
        while (node != null) {
            if (node.canonical != null && (best == null || j > best.last())) {
                best = new Match(i, j, prefixLength, node.canonical);
            }
            if (j + 1 < tokens.size() && isAcronymDot(tokens, j + 1)) {
                j++; // بي.بي.سي is بي بي سي
            }
            if (j + 1 >= tokens.size()) {
                break;
            }
            node = node.next.get(tokens.get(++j).text());
        }
        return best;
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
        return canonicalByKey.get(normalizedKey);
    }

    /** The names that are one word, not counting short names matched only after a cue. */
    Set<String> oneWordNames() {
        return Set.copyOf(singleWords);
    }

    /** True when a one-word name is {@code word}: such a word is a proper noun. */
    boolean isOneWordName(String word) {
        return singleWords.contains(word);
    }
}
