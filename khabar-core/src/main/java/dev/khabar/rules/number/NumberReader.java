package dev.khabar.rules.number;

import dev.khabar.data.DataFile;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads cardinal numbers from normalized tokens: digits with {@code ,} thousands groups and a {@code .} decimal
 * point ({@code 9,350}, {@code 27.6}; the normalizer has already turned ٫ ٬ and every script's digits into ASCII),
 * number words in every form (ثلاثة/ثلاث، عشرون/عشرين، مئة/مائة، ثلاثمئة، ألفًا، ألفين), compounds joined by و
 * ({@code سبعة آلاف وسبعمئة}), multipliers after digits or words ({@code 3 آلاف}، {@code 1.4 مليار}،
 * {@code نصف مليون}), a minus sign, and a proclitic و ب ل ك on the first word.
 *
 * <p>The vocabulary is {@code number-words.tsv}; the grammar is the Arabic order of a number: within each group
 * below a thousand, hundreds, then units, then tens ({@code مئة وخمسة وعشرون}), each group followed by a smaller
 * multiplier than the one before ({@code مليون ومئتان وخمسة وأربعون ألفًا وسبعمئة}). A part that does not fit
 * ends the number before it, so {@code عشرة وعشرين} (a range) reads as 10.
 *
 * <p>Digit runs that continue with a separator and more digits in a way no number is written
 * ({@code 12.03.2023}, {@code 1,2}) are not numbers: the reader returns null there. A comma before one, two or more
 * than three digits and then a word or {@code %} is a decimal comma ({@code 2,75 مليار} = 2.75 billion). Digits
 * followed by {@code /} or {@code -} are read as the plain number; telling dates, scores and ranges apart is the
 * caller's business.
 *
 * <p>Built once (loads its data file, failing with {@link IllegalStateException} if it is missing or malformed);
 * immutable and thread-safe. {@link #read} is a few hash lookups per token and never throws.
 */
public final class NumberReader {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Longest digit string read as a number: beyond quintillions news writes words, not digits. */
    private static final int MAX_DIGITS = 24;
    private static final int H = 4;
    private static final int U = 2;
    private static final int T = 1;
    private static final int FULL = H | U | T;

    enum Kind { UNIT, TEEN_HEAD, TEN, TEEN, TENS, HUNDRED, SCALE, SCALE_PLURAL, SCALE_DUAL, SCALE_ACC, FRACTION, POINT,
        NEGATIVE }

    record Word(BigDecimal value, Kind kind) {
    }

    /** A word form and how many chars of the token its proclitics take. */
    private record Form(Word word, int prefixLength) {
    }

    private final Map<String, Word> words = new HashMap<>();
    /** Word forms with a proclitic of {@link Clitics#prefixes}: وثلاثه، بخمسه، فلعشرين. */
    private final Map<String, Form> withProclitic = new HashMap<>();
    /**
     * The singular multipliers with the article (المليون، الألف): a number by themselves (يتجاوز المليون يورو) and
     * after a fraction (نصف المليون، المليون ونصف المليون); nowhere else inside a number.
     */
    private final Map<String, Word> definiteScales = new HashMap<>();

    public NumberReader() {
        for (DataFile.Row row : DataFile.rows(NumberReader.class, "number-words.tsv", 3)) {
            String form = row.word(0);
            Word word;
            try {
                word = new Word(new BigDecimal(row.get(1)), Kind.valueOf(row.get(2).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.error("bad value or kind: " + row.columns());
            }
            Word old = words.put(form, word);
            if (old != null && !old.equals(word)) {
                throw row.error("'" + row.get(0) + "' is already " + old);
            }
        }
        for (Map.Entry<String, Word> e : words.entrySet()) {
            if (e.getValue().kind() == Kind.SCALE) {
                definiteScales.put("ال" + e.getKey(), e.getValue()); // المليون ونصف المليون
            }
        }
        for (Map.Entry<String, Word> e : words.entrySet()) {
            if (e.getKey().length() < 3) {
                continue; // لست، بست: too short to tell a proclitic from a word
            }
            for (String prefix : Clitics.prefixes()) {
                withProclitic.putIfAbsent(prefix + e.getKey(), new Form(e.getValue(), prefix.length()));
            }
        }
    }

    /** True when a normalized word without proclitics is a number word (ثلاثة، مليون، نصف). */
    public boolean isNumberWord(String normalizedWord) {
        return words.containsKey(normalizedWord);
    }

    /** True when a number may start at a word token with this text: a number word, with or without a proclitic. */
    public boolean mayStart(String tokenText) {
        return words.containsKey(tokenText) || withProclitic.containsKey(tokenText)
                || definiteScales.containsKey(tokenText);
    }

    /** True for a multiplier with the article (المليون، الألف), which is a number by itself. */
    public boolean isDefiniteScale(String tokenText) {
        return definiteScales.containsKey(tokenText);
    }

    /** Every word at which a number may start (number words, with and without proclitics), for prefilters. */
    public java.util.Set<String> startWords() {
        java.util.Set<String> all = new java.util.HashSet<>(words.keySet());
        all.addAll(withProclitic.keySet());
        all.addAll(definiteScales.keySet());
        return all;
    }

    /** The multiplier a normalized word stands for (ألف → 1000, ملايين → 1000000), or null when it is none. */
    public BigDecimal multiplier(String normalizedWord) {
        Word w = words.get(normalizedWord);
        return w != null && isScale(w.kind()) ? w.value() : null;
    }

    /**
     * The number starting at token {@code i}, or null when none starts there (also for {@code i} out of range).
     * The match is the longest well-formed number.
     */
    public NumberMatch read(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        boolean glued = i > 0 && tokens.get(i - 1).touches(t);
        if (t.kind() == Token.Kind.PUNCT && (t.is("-") || t.is("\u2212")) && !glued) {
            NumberMatch m = read(tokens, i + 1);
            if (m == null || m.firstToken() != i + 1 || !t.touches(tokens.get(i + 1)) || m.start() != t.end()) {
                return null;
            }
            return new NumberMatch(i, m.lastToken(), t.start(), m.end(), m.value().negate(), m.words());
        }
        if (isDecimalPoint(t) && glued && tokens.get(i - 1).isNumber()) {
            return null; // 4.30: the point belongs to the number before it
        }
        if (t.kind() == Token.Kind.NUMBER && glued && i > 1 && tokens.get(i - 2).isNumber()
                && tokens.get(i - 2).touches(tokens.get(i - 1))
                && (isDecimalPoint(tokens.get(i - 1)) || tokens.get(i - 1).is(","))) {
            return null; // the digits after a decimal point or a thousands comma belong to the number before them
        }
        if (t.kind() == Token.Kind.WORD && !mayStart(t.text())) {
            return null;
        }
        if (t.kind() == Token.Kind.WORD) {
            Word w = words.get(t.text());
            if (w != null && w.kind() == Kind.NEGATIVE) {
                NumberMatch m = read(tokens, i + 1);
                if (m == null || m.firstToken() != i + 1 || m.start() != tokens.get(i + 1).start()) {
                    return null;
                }
                return new NumberMatch(i, m.lastToken(), t.start(), m.end(), m.value().negate(), true);
            }
        }
        Parse p = new Parse(tokens, i);
        return p.run() ? p.result() : null;
    }

    private static boolean isDecimalPoint(Token t) {
        return t.is(".");
    }

    /** The state of reading one number; one instance per call. */
    private final class Parse {
        private final List<Token> tokens;
        private final int first;
        private int start;
        private int last = -1;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal group;
        private int slots;
        private BigDecimal lastScale;
        private boolean wordsUsed;
        /** The state before the group now being read began after a multiplier, to undo it (see run). */
        private Parse beforeGroup;

        Parse(List<Token> tokens, int first) {
            this.tokens = tokens;
            this.first = first;
            this.start = tokens.get(first).start();
        }

        boolean run() {
            if (!firstPart()) {
                return false;
            }
            while (nextPart()) {
                // each step extends the number by one part
            }
            // ثلاثة آلاف وأربعة آلاف: a group followed by a multiplier that does not fit starts a second number.
            if (beforeGroup != null && group != null && last + 1 < tokens.size() && tokens.get(last + 1).isWord()) {
                Word next = words.get(tokens.get(last + 1).text());
                if (next != null && isScale(next.kind())) {
                    restore(beforeGroup);
                }
            }
            return true;
        }

        private Parse copy() {
            Parse c = new Parse(tokens, first);
            c.restore(this);
            return c;
        }

        private void restore(Parse s) {
            start = s.start;
            last = s.last;
            total = s.total;
            group = s.group;
            slots = s.slots;
            lastScale = s.lastScale;
            wordsUsed = s.wordsUsed;
            beforeGroup = s.beforeGroup;
        }

        NumberMatch result() {
            BigDecimal value = group == null ? total : total.add(group);
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
            return new NumberMatch(first, last, start, tokens.get(last).end(), value, wordsUsed);
        }

        private boolean firstPart() {
            Token t = tokens.get(first);
            if (t.kind() == Token.Kind.NUMBER || (isDecimalPoint(t) && first + 1 < tokens.size()
                    && t.touches(tokens.get(first + 1)) && tokens.get(first + 1).isNumber())) {
                int[] end = new int[1];
                BigDecimal digits = digits(first, end);
                if (digits == null) {
                    return false;
                }
                group = digits;
                slots = FULL;
                last = end[0];
                return true;
            }
            if (!t.isWord()) {
                return false;
            }
            Word w = words.get(t.text());
            int prefix = 0;
            if (w == null) {
                w = definiteScales.get(t.text());
            }
            if (w == null) {
                Form f = withProclitic.get(t.text());
                if (f == null) {
                    return false;
                }
                w = f.word();
                prefix = f.prefixLength();
            }
            start = t.start() + prefix;
            return apply(w, first, false, true);
        }

        /** Reads one more part (with its و) after {@code last}; false when none fits. */
        private boolean nextPart() {
            int j = last + 1;
            if (j >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(j);
            if (t.isWord() && t.is("و")) {
                // a separate و, or و glued to digits (و350)
                if (j + 1 >= tokens.size()) {
                    return false;
                }
                Token next = tokens.get(j + 1);
                if (next.isNumber()) {
                    return digitsAfterConjunction(j + 1);
                }
                Word w = next.isWord() ? words.get(next.text()) : null;
                return w != null && tryApply(w, j + 1, true);
            }
            if (!t.isWord()) {
                return false;
            }
            Word w = words.get(t.text());
            if (w == null && group != null && lastScale == null && group.compareTo(BigDecimal.ONE) < 0) {
                w = definiteScales.get(t.text()); // نصف المليون
            }
            if (w != null) {
                return tryApply(w, j, false);
            }
            if (t.text().startsWith("و")) {
                Form f = withProclitic.get(t.text());
                if (f != null && f.prefixLength() == 1) {
                    return tryApply(f.word(), j, true);
                }
            }
            return false;
        }

        /** Digits after و are part of the number only below an earlier multiplier: مليون و200 ألف. */
        private boolean digitsAfterConjunction(int j) {
            if (lastScale == null || group != null) {
                return false;
            }
            int[] end = new int[1];
            BigDecimal digits = digits(j, end);
            if (digits == null || digits.compareTo(lastScale) >= 0) {
                return false;
            }
            beforeGroup = copy();
            group = digits;
            slots = FULL;
            last = end[0];
            int k = last + 1;
            if (k < tokens.size() && tokens.get(k).isWord()) {
                Word w = words.get(tokens.get(k).text());
                if (w != null && isScale(w.kind())) {
                    tryApply(w, k, false);
                }
            }
            return true;
        }

        /** Applies a word if it fits, leaving the state unchanged otherwise. */
        private boolean tryApply(Word w, int j, boolean conjunction) {
            Parse saved = copy();
            if (apply(w, j, conjunction, false)) {
                return true;
            }
            restore(saved);
            return false;
        }

        /** Adds the word at token j to the number; false when it does not fit there. */
        private boolean apply(Word w, int j, boolean conjunction, boolean isFirst) {
            wordsUsed = true;
            switch (w.kind()) {
                case UNIT, TEEN_HEAD -> {
                    // A unit may open 11–19 (ثلاثة عشر) or a hundred (ثلاث مئة) with the next word.
                    Word next = j + 1 < tokens.size() && tokens.get(j + 1).isWord()
                            ? words.get(tokens.get(j + 1).text()) : null;
                    if (next != null && next.kind() == Kind.TEN) {
                        return addSmall(w.value().add(BigDecimal.TEN), U | T, j + 1, conjunction, isFirst);
                    }
                    if (w.kind() == Kind.TEEN_HEAD) {
                        return false;
                    }
                    if (next != null && next.kind() == Kind.HUNDRED && next.value().intValue() == 100
                            && w.value().signum() > 0) {
                        return addSmall(w.value().multiply(next.value()), H, j + 1, conjunction, isFirst);
                    }
                    return addSmall(w.value(), U, j, conjunction, isFirst);
                }
                case TEN, TEEN -> {
                    return addSmall(w.value(), U | T, j, conjunction, isFirst);
                }
                case TENS -> {
                    return addSmall(w.value(), T, j, conjunction, isFirst);
                }
                case HUNDRED -> {
                    return addSmall(w.value(), H, j, conjunction, isFirst);
                }
                case SCALE, SCALE_PLURAL, SCALE_DUAL, SCALE_ACC -> {
                    return addScale(w, j, conjunction, isFirst);
                }
                case FRACTION -> {
                    if (isFirst) {
                        group = w.value();
                        slots = FULL;
                        last = j;
                        return true;
                    }
                    // مليون ونصف: half of the last multiplier
                    if (!conjunction || lastScale == null || group != null) {
                        return false;
                    }
                    total = total.add(w.value().multiply(lastScale));
                    group = null;
                    slots = FULL;
                    last = j;
                    if (j + 1 < tokens.size() && tokens.get(j + 1).isWord()) {
                        // مليون ونصف المليون، مليون ونصف مليون: the multiplier said again after the fraction
                        String next = tokens.get(j + 1).text();
                        Word again = words.containsKey(next) ? words.get(next) : definiteScales.get(next);
                        if (again != null && again.kind() == Kind.SCALE && again.value().equals(lastScale)) {
                            last = j + 1;
                        }
                    }
                    lastScale = BigDecimal.ONE; // nothing smaller may follow
                    return true;
                }
                case POINT -> {
                    return decimalPart(j, conjunction);
                }
                default -> {
                    return false;
                }
            }
        }

        private boolean addSmall(BigDecimal value, int slot, int end, boolean conjunction, boolean isFirst) {
            if (isFirst) {
                group = value;
                slots = slot;
                last = end;
                return true;
            }
            if (group == null) {
                // A new group after a multiplier needs و: ألف وخمسمئة.
                if (!conjunction || lastScale == null || value.compareTo(lastScale) >= 0) {
                    return false;
                }
                beforeGroup = copy();
                group = value;
                slots = slot;
                last = end;
                return true;
            }
            // Within a group: hundreds, then units, then tens, each once; joined by و, or after hundreds without
            // it (Egyptian متين واحد وعشرين).
            boolean ordered = Integer.highestOneBit(slot) < Integer.lowestOneBit(slots);
            boolean joined = conjunction || slots == H;
            if (!ordered || !joined) {
                return false;
            }
            group = group.add(value);
            slots |= slot;
            last = end;
            return true;
        }

        private boolean addScale(Word w, int j, boolean conjunction, boolean isFirst) {
            BigDecimal scale = w.value();
            if (lastScale != null && scale.compareTo(lastScale) >= 0) {
                return false;
            }
            BigDecimal amount;
            if (group != null && !conjunction) {
                if (w.kind() == Kind.SCALE_DUAL || group.signum() <= 0) {
                    return false;
                }
                amount = group.multiply(scale);
            } else {
                if (group != null || !(isFirst || (conjunction && lastScale != null))) {
                    return false;
                }
                amount = switch (w.kind()) {
                    case SCALE -> scale;
                    case SCALE_DUAL, SCALE_ACC -> scale.multiply(TWO);
                    default -> null; // آلاف alone is a vague quantity, not a number
                };
                if (amount == null) {
                    return false;
                }
            }
            total = total.add(amount);
            group = null;
            slots = 0;
            lastScale = scale;
            last = j;
            return true;
        }

        /** واحد فاصلة خمسة: the digits of the part after the point follow it. */
        private boolean decimalPart(int j, boolean conjunction) {
            if (conjunction || group == null || lastScale != null || group.scale() > 0 || j + 1 >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(j + 1);
            String fraction = null;
            int end = j + 1;
            if (t.isNumber()) {
                fraction = t.text();
            } else if (t.isWord()) {
                Parse p = new Parse(tokens, j + 1);
                if (p.firstPart()) {
                    while (p.nextPart()) {
                        // read the whole part after the point
                    }
                    if (p.lastScale == null && p.group != null && p.group.scale() == 0 && p.group.signum() >= 0) {
                        fraction = p.group.toPlainString();
                        end = p.last;
                    }
                }
            }
            if (fraction == null || fraction.length() > MAX_DIGITS) {
                return false;
            }
            group = new BigDecimal(group.toPlainString() + "." + fraction);
            slots = FULL;
            last = end;
            return true;
        }

        /**
         * The value of the digits starting at token j ({@code 9,350}, {@code 27.6}, {@code .77}), with the index of
         * their last token in end[0]; null when they are written as no number is ({@code 12.03.2023}).
         */
        private BigDecimal digits(int j, int[] end) {
            int k = j;
            if (tokens.get(j).text().length() > MAX_DIGITS) {
                return null; // an id, a serial or noise; also keeps BigDecimal parsing (quadratic in length) cheap
            }
            if (tokens.get(j).isNumber() && !glued(j, ",") && !glued(j, ".")) {
                end[0] = j; // the common case: one digit run
                return new BigDecimal(tokens.get(j).text());
            }
            StringBuilder s = new StringBuilder();
            if (!tokens.get(j).isNumber()) {
                s.append("0.").append(tokens.get(j + 1).text()); // .77
                k = j + 1;
            } else {
                s.append(tokens.get(j).text());
                if (tokens.get(j).text().length() <= 3) {
                    // thousands groups: 1-3 digits, then ,ddd repeated
                    while (glued(k, ",") && tokens.get(k + 2).text().length() == 3) {
                        s.append(tokens.get(k + 2).text());
                        k += 2;
                    }
                }
                if (glued(k, ".")) {
                    s.append('.').append(tokens.get(k + 2).text());
                    k += 2;
                } else if (k == j && decimalComma(k)) {
                    s.append('.').append(tokens.get(k + 2).text());
                    k += 2;
                }
            }
            if (glued(k, ".") || glued(k, ",") || s.length() > MAX_DIGITS) {
                return null;
            }
            end[0] = k;
            return new BigDecimal(s.toString());
        }

        /**
         * True when the comma after the digits of token k is a decimal comma, as Maghreb and French-style writers
         * use it ({@code 2,75 مليار}, {@code 0,5%}): one comma, then digits that are no thousands group (not three
         * of them), then a word or a percent sign. Alone ({@code 1,2}) or in a list ({@code 1,2,3}) it is no number.
         */
        private boolean decimalComma(int k) {
            if (!glued(k, ",") || tokens.get(k + 2).text().length() == 3 || k + 3 >= tokens.size()) {
                return false;
            }
            Token after = tokens.get(k + 3);
            return after.isWord() || (after.is("%") && tokens.get(k + 2).touches(after));
        }

        /** True when token k is followed, without spaces, by {@code sep} and then a digit run. */
        private boolean glued(int k, String sep) {
            if (k + 2 >= tokens.size()) {
                return false;
            }
            Token a = tokens.get(k);
            Token b = tokens.get(k + 1);
            Token c = tokens.get(k + 2);
            return a.touches(b) && b.is(sep) && b.touches(c) && c.isNumber();
        }
    }

    private static boolean isScale(Kind k) {
        return k == Kind.SCALE || k == Kind.SCALE_PLURAL || k == Kind.SCALE_ACC || k == Kind.SCALE_DUAL;
    }
}
