package dev.khabar.rules.number;

import dev.khabar.rules.number.NumberWords.Form;
import dev.khabar.rules.number.NumberWords.Kind;
import dev.khabar.rules.number.NumberWords.Word;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
import java.util.List;

/**
 * The state of reading one number from a token on (one instance per call): groups below a thousand (hundreds,
 * units, tens, each once) and the multipliers after them, each smaller than the one before (see {@link NumberReader}).
 */
final class NumberParse {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** The slots of a group below a thousand: hundreds, units, tens. */
    private static final int H = 4;
    private static final int U = 2;
    private static final int T = 1;
    private static final int FULL = H | U | T;

    private final NumberWords vocab;
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
    private NumberParse beforeGroup;

    NumberParse(NumberWords vocab, List<Token> tokens, int first) {
        this.vocab = vocab;
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
            Word next = vocab.word(tokens.get(last + 1).text());
            if (next != null && NumberWords.isScale(next.kind())) {
                restore(beforeGroup);
            }
        }
        return true;
    }

    private NumberParse copy() {
        NumberParse c = new NumberParse(vocab, tokens, first);
        c.restore(this);
        return c;
    }

    private void restore(NumberParse s) {
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
        if (t.kind() == Token.Kind.NUMBER || (t.is(".") && first + 1 < tokens.size()
                && t.touches(tokens.get(first + 1)) && tokens.get(first + 1).isNumber())) {
            int[] end = new int[1];
            BigDecimal digits = DigitRun.read(tokens, first, end);
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
        Word w = vocab.word(t.text());
        int prefix = 0;
        if (w == null) {
            w = vocab.definiteScale(t.text());
        }
        if (w == null) {
            Form f = vocab.withProclitic(t.text());
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
            Word w = next.isWord() ? vocab.word(next.text()) : null;
            return w != null && tryApply(w, j + 1, true);
        }
        if (!t.isWord()) {
            return false;
        }
        Word w = vocab.word(t.text());
        if (w == null && group != null && lastScale == null && group.compareTo(BigDecimal.ONE) < 0) {
            w = vocab.definiteScale(t.text()); // نصف المليون
        }
        if (w != null) {
            return tryApply(w, j, false);
        }
        if (Clitics.startsWithAnd(t.text())) {
            Form f = vocab.withProclitic(t.text());
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
        BigDecimal digits = DigitRun.read(tokens, j, end);
        if (digits == null || digits.compareTo(lastScale) >= 0) {
            return false;
        }
        beforeGroup = copy();
        group = digits;
        slots = FULL;
        last = end[0];
        int k = last + 1;
        if (k < tokens.size() && tokens.get(k).isWord()) {
            Word w = vocab.word(tokens.get(k).text());
            if (w != null && NumberWords.isScale(w.kind())) {
                tryApply(w, k, false);
            }
        }
        return true;
    }

    /** Applies a word if it fits, leaving the state unchanged otherwise. */
    private boolean tryApply(Word w, int j, boolean conjunction) {
        NumberParse saved = copy();
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
                        ? vocab.word(tokens.get(j + 1).text()) : null;
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
                return fraction(w, j, conjunction, isFirst);
            }
            case POINT -> {
                return decimalPart(j, conjunction);
            }
            default -> {
                return false;
            }
        }
    }

    /** نصف at the start (نصف مليون), or after a multiplier and و, a fraction of it (مليون ونصف). */
    private boolean fraction(Word w, int j, boolean conjunction, boolean isFirst) {
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
            Word again = vocab.contains(next) ? vocab.word(next) : vocab.definiteScale(next);
            if (again != null && again.kind() == Kind.SCALE && again.value().equals(lastScale)) {
                last = j + 1;
            }
        }
        lastScale = BigDecimal.ONE; // nothing smaller may follow
        return true;
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
            NumberParse p = new NumberParse(vocab, tokens, j + 1);
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
        if (fraction == null || fraction.length() > DigitRun.MAX_DIGITS) {
            return false;
        }
        group = new BigDecimal(group.toPlainString() + "." + fraction);
        slots = FULL;
        last = end;
        return true;
    }
}
