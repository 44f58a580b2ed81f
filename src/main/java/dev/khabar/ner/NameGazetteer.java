package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organization names from {@code organizations.tsv} in a trie of normalized tokens. A match starts at a word, with
 * or without proclitics ({@code لمنظمة}, {@code وبالأمم}), continues over whole tokens, and the longest name wins.
 * Immutable and thread-safe after construction.
 */
final class NameGazetteer {

    /** A match: tokens {@code [first, last]}, the chars of proclitics on the first token, and the canonical name. */
    record Match(int first, int last, int prefixLength, String canonical) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        String canonical;
    }

    private final Node root = new Node();
    private final Map<String, String> canonicalByKey = new HashMap<>();
    private final Set<String> singleWords = new HashSet<>();

    NameGazetteer(String resource, ArabicNormalizer normalizer, Tokenizer tokenizer) {
        for (NerData.Row row : NerData.rows(resource)) {
            String canonical = row.field(0);
            if (canonical.isEmpty()) {
                throw row.error("no canonical name");
            }
            add(canonical, canonical, normalizer, tokenizer, row);
            for (String alias : row.field(1).split("\\|")) {
                if (!alias.isBlank()) {
                    add(alias.strip(), canonical, normalizer, tokenizer, row);
                }
            }
        }
    }

    private void add(String name, String canonical, ArabicNormalizer normalizer, Tokenizer tokenizer, NerData.Row row) {
        List<Token> tokens = tokenizer.tokenize(normalizer.normalizeWord(name));
        if (tokens.isEmpty()) {
            throw row.error("empty name");
        }
        Node node = root;
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.text(), k -> new Node());
            key.append(key.length() == 0 ? "" : " ").append(t.text());
        }
        if (node.canonical != null && !node.canonical.equals(canonical)) {
            throw row.error("'" + name + "' already names " + node.canonical);
        }
        node.canonical = canonical;
        canonicalByKey.put(key.toString(), canonical);
        if (tokens.size() == 1) {
            singleWords.add(tokens.get(0).text());
        }
    }

    /** The longest name starting at token {@code i}, or null. */
    Match longestAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!first.isWord()) {
            return null;
        }
        Match best = null;
        for (Clitics.Reading r : Clitics.readings(first.text())) {
            Node node = root.next.get(r.stem());
            int j = i;
            while (node != null) {
                if (node.canonical != null && (best == null || j > best.last())) {
                    best = new Match(i, j, r.prefixLength(), node.canonical);
                }
                if (j + 1 >= tokens.size()) {
                    break;
                }
                node = node.next.get(tokens.get(++j).text());
            }
        }
        return best;
    }

    /** The canonical name of a normalized name (tokens joined by one space), or null. */
    String canonical(String normalizedKey) {
        return canonicalByKey.get(normalizedKey);
    }

    /** True when a one-word name is {@code word}: such a word is a proper noun. */
    boolean isOneWordName(String word) {
        return singleWords.contains(word);
    }
}
