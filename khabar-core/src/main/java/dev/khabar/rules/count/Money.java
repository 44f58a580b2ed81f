package dev.khabar.rules.count;

import dev.khabar.data.DataFile;
import dev.khabar.rules.number.NumberMatch;
import dev.khabar.rules.number.NumberReader;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.WordForms;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Currencies of {@code currencies.tsv}: nouns, country adjectives, symbols and subunits. Read-only once built. */
final class Money {
    /** A currency: its unit (ISO code, or the noun when ambiguous) and the normalized singular noun it came from. */
    record Currency(String unit, String noun, boolean dual) {
        Currency(String unit, String noun) {
            this(unit, noun, false);
        }
    }

    /** A subunit: the currencies it is a share of, that share, and its own noun (the unit of a subunit alone). */
    private record Subunit(Set<String> parents, BigDecimal share, String noun) {
    }

    private final PhraseIndex<Currency> nouns;
    private final PhraseIndex<Currency> symbols;
    private final PhraseIndex<Subunit> subunits;
    /** "noun adjective" (both normalized, masculine singular) → ISO code. */
    private final Map<String, String> adjectives = new HashMap<>();
    /** Every unit a currency gives a count: ISO codes and the nouns of currencies no country is said for. */
    private final Set<String> units = new HashSet<>();

    Money() {
        PhraseIndex.Builder<Currency> nouns = PhraseIndex.builder();
        PhraseIndex.Builder<Currency> symbols = PhraseIndex.builder();
        PhraseIndex.Builder<Subunit> subunits = PhraseIndex.builder();
        for (DataFile.Row row : DataFile.rows(Money.class, "currencies.tsv", 3)) {
            String[] forms = row.get(1).split(",");
            switch (row.get(0)) {
                case "NOUN" -> {
                    String noun = PhraseIndex.words(forms[0])[0];
                    for (String form : forms) {
                        String[] w = PhraseIndex.words(form);
                        Currency c = new Currency(row.get(2), noun, w.length == 1 && Units.duals(noun).contains(w[0]));
                        units.add(c.unit());
                        nouns.add(w, c);
                        if (!w[0].endsWith("ا")) {
                            nouns.add(new String[] {w[0] + "ا"}, c); // دولارًا، جنيهًا
                        }
                    }
                }
                case "ADJECTIVE" -> {
                    String[] w = PhraseIndex.words(row.get(1));
                    if (w.length != 2) {
                        throw row.error("an adjective row is a noun and an adjective: " + row.get(1));
                    }
                    adjectives.put(w[0] + " " + w[1], row.get(2));
                    units.add(row.get(2));
                }
                case "SYMBOL" -> {
                    symbols.add(row.get(1), new Currency(row.get(2), null));
                    units.add(row.get(2));
                }
                case "SUBUNIT" -> {
                    Subunit s;
                    try {
                        s = new Subunit(Set.of(row.get(2).split(",")), new BigDecimal(row.get(3)), forms[0]);
                        units.addAll(s.parents());
                        units.add(s.noun());
                    } catch (NumberFormatException e) {
                        throw row.error("bad share: " + row.get(3));
                    }
                    for (String form : forms) {
                        String[] w = PhraseIndex.words(form);
                        subunits.add(w, s);
                        if (w.length == 1 && Character.isLetter(w[0].charAt(0)) && !w[0].endsWith("ه")) {
                            subunits.add(new String[] {w[0] + "ا"}, s); // سنتًا
                        }
                    }
                }
                default -> throw row.error("unknown kind " + row.get(0));
            }
        }
        this.nouns = nouns.build();
        this.symbols = symbols.build();
        this.subunits = subunits.build();
    }

    /** True when {@code unit} is one a currency gives a count: an ISO code, or a currency's noun. */
    boolean isUnit(String unit) {
        return units.contains(unit);
    }

    /** The first tokens of symbols and currency nouns. */
    java.util.Set<String> firstWords() {
        java.util.Set<String> all = new java.util.HashSet<>(symbols.firstWords());
        all.addAll(nouns.firstWords());
        return all;
    }

    PhraseIndex.Match<Currency> symbolAt(List<Token> tokens, int i) {
        return symbols.longestAt(tokens, i);
    }

    /**
     * Reads money at token j after a number whose value is in f: a symbol, a currency noun with its country
     * adjective, or a subunit alone (10 سنتات: 10, its unit the subunit's noun). Fills f and returns true, or returns false.
     */
    boolean read(List<Token> tokens, int j, CountDraft f, NumberReader numbers) {
        PhraseIndex.Match<Currency> s = symbols.longestAt(tokens, j);
        Currency currency = null;
        int last = -1;
        if (s != null) {
            currency = s.value();
            last = s.last();
        } else {
            PhraseIndex.Match<Currency> n = nouns.longestAt(tokens, j);
            if (n != null) {
                currency = n.value();
                last = n.last();
                if (last + 1 < tokens.size() && tokens.get(last + 1).isWord()) {
                    String adjective = WordForms.nisbaBase(Clitics.withoutArticle(tokens.get(last + 1).text()));
                    String iso = adjective == null ? null : adjectives.get(currency.noun() + " " + adjective);
                    if (iso != null) {
                        currency = new Currency(iso, currency.noun(), currency.dual());
                        last++;
                    }
                }
            }
        }
        if (currency != null) {
            f.unit = currency.unit();
            f.rule = "money";
            f.lastToken = last;
            f.end = tokens.get(last).end();
            addSubunit(tokens, f, numbers, currency);
            return true;
        }
        PhraseIndex.Match<Subunit> sub = subunits.longestAt(tokens, j);
        if (sub != null) {
            // 29 سنتًا alone is 29 in its own currency (POLICY: money is the amount in its currency), not 0.29 USD
            f.unit = sub.value().noun();
            f.rule = "money";
            f.lastToken = sub.last();
            f.end = tokens.get(sub.last()).end();
            return true;
        }
        return false;
    }

    /** 20 دولارًا و43 سنتًا: adds a subunit amount joined by و to the money count in f. */
    void addSubunit(List<Token> tokens, CountDraft f, NumberReader numbers, Currency currency) {
        int k = f.lastToken + 1;
        if (k >= tokens.size() || !tokens.get(k).isWord() || !Clitics.startsWithAnd(tokens.get(k).text())) {
            return;
        }
        NumberMatch m = tokens.get(k).is("و") ? numbers.read(tokens, k + 1) : numbers.read(tokens, k);
        if (m == null || (tokens.get(k).is("و") ? m.start() != tokens.get(k + 1).start()
                : m.start() != tokens.get(k).start() + 1)) {
            return;
        }
        PhraseIndex.Match<Subunit> sub = subunits.longestAt(tokens, m.lastToken() + 1);
        if (sub == null || !(sub.value().parents().contains(currency.unit())
                || sub.value().parents().contains(defaultUnit(currency)))) {
            return;
        }
        f.value = f.value.add(m.value().multiply(sub.value().share())).stripTrailingZeros();
        if (f.value.scale() < 0) {
            f.value = f.value.setScale(0);
        }
        f.lastToken = sub.last();
        f.end = tokens.get(sub.last()).end();
    }

    private String defaultUnit(Currency c) {
        if (c.noun() == null) {
            return c.unit();
        }
        Currency n = nouns.get(c.noun());
        return n == null ? c.unit() : n.unit();
    }

    /** The currency noun (with its country adjective) at token j, or null: for a noun before its number. */
    PhraseIndex.Match<Currency> nounAt(List<Token> tokens, int j) {
        PhraseIndex.Match<Currency> n = nouns.longestAt(tokens, j);
        if (n == null) {
            return null;
        }
        int last = n.last();
        Currency currency = n.value();
        if (last + 1 < tokens.size() && tokens.get(last + 1).isWord()) {
            String adjective = WordForms.nisbaBase(Clitics.withoutArticle(tokens.get(last + 1).text()));
            String iso = adjective == null ? null : adjectives.get(currency.noun() + " " + adjective);
            if (iso != null) {
                return new PhraseIndex.Match<>(j, last + 1, 0, new Currency(iso, currency.noun(), currency.dual()));
            }
        }
        return n;
    }

    /** A definite plural currency noun after a vague quantity (آلاف الدولارات): its unit, or null. */
    String pluralNounAt(List<Token> tokens, int j) {
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return null;
        }
        PhraseIndex.Match<Currency> n = nouns.longestWithoutArticle(tokens, j);
        return n == null || n.last() != j ? null : n.value().unit();
    }
}
