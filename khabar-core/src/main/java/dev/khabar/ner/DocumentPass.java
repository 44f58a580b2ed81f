package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

import static dev.khabar.ner.EntityType.ORG;
import static dev.khabar.ner.EntityType.PERS;

/**
 * The NER stage's pass over a whole document, after each sentence was tagged: a news article names one entity
 * several times, and the sentence-level tagger often finds one mention and misses the others.
 *
 * <ol>
 *   <li>Repeated mentions: every other occurrence of a found entity's words that no mention covers is a mention of
 *       the same type ({@code فولكسفاغن} found once marks the other four). The first word is compared without its
 *       proclitics ({@code لفولكسفاغن}), which stay outside the span.</li>
 *   <li>Short forms: the first or last word of a person's name of several words, standing alone later in the
 *       document, is the same person ({@code جلال طالباني} … {@code طالباني}) and takes that person's name.</li>
 * </ol>
 * Before both, the model's person or place whose words the document gives as an organization by rule is that
 * organization. A one-word entity or short form spreads only when it is a name, not an ordinary word: at least
 * {@value #MIN_LETTERS} letters, not in {@code document-stops.tsv}, found with one type only in the document, and
 * taken for a name by the model when it reads the word alone (ordinary words it has seen, بعنوان or جمعة, it tags O
 * out of context; unknown foreign names and the names it knows it tags as names). Immutable and thread-safe; linear in
 * the text (a word trie walked from each token, as deep as the longest entity).
 */
final class DocumentPass {
    private static final int MIN_LETTERS = 3;

    private final Set<String> stops = new HashSet<>();
    /** org-cues.tsv: nouns before a club's name (نادي, فريق), whose name alone is then the club too. */
    private final Set<String> clubCues = new HashSet<>();
    /** Whether the model tags a word read alone as a name. */
    private final Predicate<String> nameAlone;
    /** {@code brand-triggers.tsv}, normalized, without the article. */
    private final Set<String> brandTriggers = new HashSet<>();
    /** Persons' titles (الملك): a name after a trigger that begins with one is a person's. */
    private final Predicate<String> title;
    /** Listed persons' names (صالح, ميركل): after a trigger they name whose body it is (قوات صالح, حزب ميركل). */
    private final Predicate<String> personName;

    DocumentPass(ArabicNormalizer normalizer, Predicate<String> nameAlone) {
        this(normalizer, nameAlone, word -> false, word -> true);
    }

    DocumentPass(ArabicNormalizer normalizer, Predicate<String> nameAlone, Predicate<String> title,
                 Predicate<String> personName) {
        this.nameAlone = nameAlone;
        this.title = title;
        for (NerData.Row row : NerData.rows("brand-triggers.tsv")) {
            brandTriggers.add(normalizer.normalizeWord(row.field(0)));
        }
        this.personName = personName;
        stops.addAll(NameParticles.all());
        for (NerData.Row row : NerData.rows("document-stops.tsv")) {
            stops.add(normalizer.normalizeWord(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("org-cues.tsv")) {
            clubCues.add(normalizer.normalizeWord(row.field(0)));
        }
    }

    /** The entities of one document by their words; a node where two types end is ambiguous and marks nothing. */
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        NameCandidate entity;
        boolean ambiguous;
    }

    /** A person's short form: the full mention it stands for, or ambiguous when two persons share the word. */
    private static final class ShortForm {
        NameCandidate full;
        String fullKey;
        boolean ambiguous;
    }

    /**
     * The document's mentions: {@code found} (the sentence-level mentions, sorted by first token) with the mentions the
     * pass adds, and with later one-word mentions of a person linked to the full name ({@code sameAs}); sorted by first
     * token. Tokens in {@code found}, in {@code blocked} or tagged by the model ({@code tags[i]} not O, MISC included)
     * are covered and never marked again.
     */
    List<NameCandidate> apply(List<Token> tokens, List<NameCandidate> found, String[] tags,
                                   boolean[] blocked) {
        return apply(tokens, found, List.of(), tags, blocked, f -> false, units -> { });
    }

    /**
     * Same; {@code aliases} are organizations' short names ({@link OrgShortNames}), which name the organization like
     * its whole name, a mention that {@code cued} accepts (a place after its noun: بالعاصمة روما) keeps its type, and
     * {@code work} is given the steps taken along the entities' words (for {@code Document.work}).
     */
    List<NameCandidate> apply(List<Token> tokens, List<NameCandidate> found,
                                   List<NameCandidate> aliases, String[] tags, boolean[] blocked,
                                   Predicate<NameCandidate> cued, LongConsumer work) {
        found = organizationsFirst(tokens, found, aliases, cued);
        int n = tokens.size();
        work.accept(2L * n); // the passes over the tokens
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n; i++) {
            covered[i] = blocked[i] || !tags[i].equals("O");
        }
        Node root = new Node();
        for (NameCandidate f : found) {
            for (int k = f.first(); k <= f.last(); k++) {
                covered[k] = true;
            }
            add(root, tokens, f);
        }
        for (NameCandidate alias : aliases) {
            add(root, tokens, alias);
        }
        // The model reads a word alone only when the word would spread, once a document.
        Map<String, Boolean> names = new HashMap<>();
        Predicate<String> modelName = word -> names.computeIfAbsent(word, nameAlone::test);
        List<NameCandidate> all = new ArrayList<>(found);
        repeats(tokens, root, covered, all, modelName, work);
        all.sort(Comparator.comparingInt(NameCandidate::first));
        all = shortForms(tokens, root, all, covered, modelName);
        all.sort(Comparator.comparingInt(NameCandidate::first));
        return all;
    }

    /**
     * The model's persons and places whose words the document names as an organization elsewhere, by a listed name
     * or a trigger noun, are that organization ({@code ريفربليت}, {@code الخليج} in a club report): one name is one
     * entity in an article. So are those whose words are an organization's short name ({@code aliases}). For the
     * model's persons the name after a trigger noun of {@code brand-triggers.tsv} counts too, without a nationality
     * adjective after it ({@code انرون} of {@code شركة انرون الامريكية}), and a name of two words by its last; not
     * one that begins with a title ({@code مؤسسة الملك خالد}: خالد is the king), nor a listed person's name
     * ({@code قوات صالح}: the body is Saleh's). A club named with its cue noun ({@code بنادي الخليج}) names it by its
     * name alone too ({@code مسؤولي الخليج}).
     */
    private List<NameCandidate> organizationsFirst(List<Token> tokens, List<NameCandidate> found,
                                                        List<NameCandidate> aliases,
                                                        Predicate<NameCandidate> cued) {
        Map<String, NameCandidate> organizations = new HashMap<>();
        Map<String, NameCandidate> namedAfterTrigger = new HashMap<>();
        for (NameCandidate f : found) {
            if (f.is(ORG) && f.source() != Source.CRF) {
                organizations.putIfAbsent(key(tokens, f), f);
                if (f.first() < f.last() && clubCues.contains(firstWord(tokens, f))) {
                    organizations.putIfAbsent(key(tokens, new NameCandidate(f.type(), f.first() + 1, f.last(),
                            0, f.source(), null, null)), f);
                }
                for (String name : namesAfterTrigger(tokens, f)) {
                    namedAfterTrigger.putIfAbsent(name, f);
                }
            }
        }
        for (NameCandidate alias : aliases) {
            organizations.putIfAbsent(key(tokens, alias), alias);
        }
        if (organizations.isEmpty()) {
            return found;
        }
        List<NameCandidate> out = new ArrayList<>(found.size());
        for (NameCandidate f : found) {
            NameCandidate org = f.is(ORG) || f.source() != Source.CRF || cued.test(f) ? null
                    : organizations.get(key(tokens, f));
            if (org == null && f.is(PERS) && f.source() == Source.CRF) {
                org = namedAfterTrigger.get(key(tokens, f));
                if (org == null && f.first() < f.last() && namedAfterTrigger.get(firstWord(tokens, f)) != null) {
                    // انرون ديونا ("Enron debts"): the company's name, and a noun the model ran on to
                    NameCandidate company = namedAfterTrigger.get(firstWord(tokens, f));
                    f = new NameCandidate(f.type(), f.first(), f.first(), f.prefixLength(), f.source(), null, null);
                    org = company;
                }
            }
            out.add(org == null ? f : new NameCandidate(ORG, f.first(), f.last(), f.prefixLength(), f.source(),
                    org.sameAs() == null ? org.canonical() : null, null));
        }
        return out;
    }

    /** The name after an organization's trigger noun and, for a name of two words, its last word; or none. */
    private List<String> namesAfterTrigger(List<Token> tokens, NameCandidate f) {
        int last = f.last();
        while (last > f.first() && (OrgRules.isDefinite(tokens.get(last).text())
                && OrgRules.isNisba(tokens.get(last).text()) || Clitics.hasLamArticle(tokens.get(last).text()))) {
            last--; // شركة انرون الامريكية, شركة ارثر اندرسون للمحاسبة: the country, the field
        }
        int words = last - f.first();
        if (words < 1 || words > 2 || !brandTriggers.contains(Clitics.withoutArticle(firstWord(tokens, f)))
                || title.test(tokens.get(f.first() + 1).text())) {
            return List.of();
        }
        String lastWord = tokens.get(last).text();
        if (words == 1 && personName.test(lastWord)) {
            return List.of(); // حزب ميركل is Merkel's; شركة ارثر اندرسون is named after a whole name
        }
        return words == 1 ? List.of(lastWord) : List.of(tokens.get(f.first() + 1).text() + " " + lastWord, lastWord);
    }

    private static String key(List<Token> tokens, NameCandidate f) {
        StringBuilder key = new StringBuilder(firstWord(tokens, f));
        for (int k = f.first() + 1; k <= f.last(); k++) {
            key.append(' ').append(tokens.get(k).text());
        }
        return key.toString();
    }

    private void add(Node root, List<Token> tokens, NameCandidate f) {
        String first = firstWord(tokens, f);
        if (f.first() == f.last() && !mayBeName(first)) {
            return;
        }
        Node node = root.next.computeIfAbsent(first, w -> new Node());
        for (int k = f.first() + 1; k <= f.last(); k++) {
            node = node.next.computeIfAbsent(tokens.get(k).text(), w -> new Node());
        }
        if (node.entity == null) {
            node.entity = f;
        } else if (!node.entity.type().equals(f.type())) {
            node.ambiguous = true;
        }
    }

    private static String firstWord(List<Token> tokens, NameCandidate f) {
        return tokens.get(f.first()).text().substring(f.prefixLength());
    }

    /**
     * A word that may stand alone for an entity: long enough, and not an ordinary word or a name particle of the stop
     * list. The model's answer for the word alone is asked later, when the word is about to spread.
     */
    private boolean mayBeName(String word) {
        return word.length() >= MIN_LETTERS && !stops.contains(word) && !stops.contains(Clitics.withoutArticle(word));
    }

    /** Marks the uncovered occurrences of the entities' words, longest entity first, left to right. */
    private void repeats(List<Token> tokens, Node root, boolean[] covered, List<NameCandidate> out,
                         Predicate<String> modelName, LongConsumer work) {
        int i = 0;
        while (i < tokens.size()) {
            boolean candidate = !covered[i] && tokens.get(i).isWord() && !stops.contains(tokens.get(i).text());
            NameCandidate match = candidate ? longestAt(tokens, root, covered, i, modelName, work) : null;
            if (match == null) {
                i++;
                continue;
            }
            out.add(match);
            for (int k = match.first(); k <= match.last(); k++) {
                covered[k] = true;
            }
            i = match.last() + 1;
        }
    }

    /**
     * The longest entity whose words start at token i (the first without proclitics), or null; a one-word entity only
     * when the model takes its word alone for a name.
     */
    private static NameCandidate longestAt(List<Token> tokens, Node root, boolean[] covered, int i,
                                                Predicate<String> modelName, LongConsumer work) {
        for (Clitics.Reading r : NerAnnotator.nameReadings(tokens.get(i))) {
            Node node = root.next.get(r.stem());
            NameCandidate best = null;
            int j = i;
            if (node != null) {
                work.accept(1);
            }
            while (node != null) {
                if (node.entity != null && !node.ambiguous && (j > i || modelName.test(r.stem()))) {
                    NameCandidate e = node.entity;
                    String canonical = e.sameAs() == null ? e.canonical() : null;
                    best = new NameCandidate(e.type(), i, j, r.prefixLength(), Source.DOCUMENT, canonical, null);
                }
                j++;
                if (j >= tokens.size() || covered[j]) {
                    break;
                }
                work.accept(1);
                node = node.next.get(tokens.get(j).text());
            }
            if (best != null) {
                return best; // the word as written before readings without proclitics
            }
        }
        return null;
    }

    /**
     * Links the later one-word mentions of a person to the earliest mention of the full name, and marks the other
     * later occurrences of the word that no mention covers. A word that two persons of the document share, or that is
     * a one-word entity of another type, stands for nobody.
     */
    private List<NameCandidate> shortForms(List<Token> tokens, Node root, List<NameCandidate> all,
                                                boolean[] covered, Predicate<String> modelName) {
        Map<String, ShortForm> forms = new HashMap<>();
        for (NameCandidate f : all) {
            if (!f.is(PERS) || f.first() == f.last()) {
                continue;
            }
            StringBuilder key = new StringBuilder(firstWord(tokens, f));
            for (int k = f.first() + 1; k <= f.last(); k++) {
                key.append(' ').append(tokens.get(k).text());
            }
            for (String word : List.of(firstWord(tokens, f), tokens.get(f.last()).text())) {
                if (isOtherEntity(root.next.get(word)) || !mayBeName(word)) {
                    continue;
                }
                ShortForm form = forms.computeIfAbsent(word, w -> new ShortForm());
                if (form.full == null) {
                    form.full = f;
                    form.fullKey = key.toString();
                } else if (!sameGivenAndFamilyName(form.fullKey, key.toString())) {
                    form.ambiguous = true; // عمر الجاسر and عمر بن محمد الجاسر are one person, two names are two
                }
            }
        }
        if (forms.isEmpty()) {
            return all;
        }
        List<NameCandidate> out = new ArrayList<>(all.size());
        for (NameCandidate f : all) {
            f = withoutWrongProclitic(tokens, f, forms);
            ShortForm form = f.is(PERS) && f.first() == f.last() && f.sameAs() == null
                    ? forms.get(firstWord(tokens, f)) : null;
            boolean linked = form != null && !form.ambiguous && form.full.last() < f.first();
            out.add(linked ? new NameCandidate(f.type(), f.first(), f.last(), f.prefixLength(), f.source(),
                    null, form.full) : f);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !tokens.get(i).isWord() || stops.contains(tokens.get(i).text())) {
                continue;
            }
            for (Clitics.Reading r : NerAnnotator.nameReadings(tokens.get(i))) {
                ShortForm form = forms.get(r.stem());
                if (form != null && !form.ambiguous && form.full.last() < i && modelName.test(r.stem())) {
                    out.add(new NameCandidate(PERS, i, i, r.prefixLength(), Source.DOCUMENT, null, form.full));
                    covered[i] = true;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A one-word person read with a proclitic whose whole word is a word of a person of the document: the letter
     * belongs to the name ({@code وعانى بليك} after {@code جيمس بليك}, not ب + ليك).
     */
    private static NameCandidate withoutWrongProclitic(List<Token> tokens, NameCandidate f,
                                                           Map<String, ShortForm> forms) {
        if (!f.is(PERS) || f.first() != f.last() || f.prefixLength() == 0 || f.sameAs() != null) {
            return f;
        }
        ShortForm whole = forms.get(tokens.get(f.first()).text());
        return whole == null || whole.ambiguous ? f
                : new NameCandidate(f.type(), f.first(), f.last(), 0, f.source(), null, null);
    }

    /** Two full names (words joined by a space) with the same first and last word: one person, named more or less fully. */
    private static boolean sameGivenAndFamilyName(String a, String b) {
        return a.equals(b) || a.substring(0, a.indexOf(' ')).equals(b.substring(0, b.indexOf(' ')))
                && a.substring(a.lastIndexOf(' ')).equals(b.substring(b.lastIndexOf(' ')));
    }

    /** Whether a trie node holds a one-word entity that is not a person (or is ambiguous). */
    private static boolean isOtherEntity(Node node) {
        return node != null && (node.ambiguous || node.entity != null && !node.entity.is(PERS));
    }
}
