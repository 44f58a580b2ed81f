package dev.khabar.pipeline;

import dev.khabar.WorkLimitExceededException;
import dev.khabar.normalize.NormalizedText;
import dev.khabar.tokenize.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One text on its way through the pipeline: the original, its normalized view, the tokens of that view and the
 * publication date (null when unknown). Stages match on normalized offsets and turn them into original offsets with
 * {@link #span(int, int)}, the one place where that happens.
 *
 * <p>It also counts the work done on it ({@link #work}): stages charge a unit for each step of their loops (a token
 * read, a step along a name, a look-up), and a document past its limit stops with a
 * {@link WorkLimitExceededException}. Not thread-safe: a document belongs to one extraction.
 */
public final class Document {
    private final NormalizedText normalized;
    private final List<Token> tokens;
    private final LocalDate publicationDate;
    private final long maxWork;
    private long work;

    /** A document without a work limit. */
    public Document(NormalizedText normalized, List<Token> tokens, LocalDate publicationDate) {
        this(normalized, tokens, publicationDate, Long.MAX_VALUE);
    }

    /** A document whose stages may do at most {@code maxWork} units of work ({@link #work}). */
    public Document(NormalizedText normalized, List<Token> tokens, LocalDate publicationDate, long maxWork) {
        this.normalized = normalized;
        this.tokens = List.copyOf(tokens);
        this.publicationDate = publicationDate;
        this.maxWork = maxWork;
    }

    /**
     * Counts {@code units} of work done on this document in {@code step} (a stage's name, for the message).
     *
     * @throws WorkLimitExceededException when the document's work passes its limit
     */
    public void work(long units, String step) {
        work += units;
        if (work > maxWork) {
            throw new WorkLimitExceededException(maxWork, step);
        }
    }

    /** The work counted so far, in units. */
    public long workDone() {
        return work;
    }

    public String original() {
        return normalized.original();
    }

    /** The normalized view. */
    public String text() {
        return normalized.text();
    }

    public NormalizedText normalized() {
        return normalized;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The publication date, or null when the caller gave none. */
    public LocalDate publicationDate() {
        return publicationDate;
    }

    /** The original span behind normalized offsets {@code [start, end)}. */
    public Span span(int start, int end) {
        int s = normalized.originalStart(start);
        int e = Math.max(s, normalized.originalEnd(end));
        return new Span(s, e, normalized.original().substring(s, e));
    }

    /** The original span from the start of token {@code first} to the end of token {@code last}, both included. */
    public Span tokenSpan(int first, int last) {
        return span(tokens.get(first).start(), tokens.get(last).end());
    }

    /**
     * The tokens cut at every line break: each run holds the tokens of one line, in order (views of {@link #tokens};
     * a run's positions are not the tokens' document indices). Titles, captions and paragraphs are lines, and no
     * mention spans two of them, so a stage that matches within these runs never builds across a break.
     */
    public List<List<Token>> lines() {
        String text = normalized.text();
        List<List<Token>> lines = new ArrayList<>();
        int from = 0;
        int gapStart = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean cut = false;
            for (int c = gapStart; c < t.start() && !cut; c++) {
                cut = isLineBreak(text.charAt(c));
            }
            boolean breakToken = t.end() - t.start() == 1 && isLineBreak(text.charAt(t.start())); // NEL is no space
            if (cut || breakToken) {
                if (from < k) {
                    lines.add(tokens.subList(from, k));
                }
                from = breakToken ? k + 1 : k;
            }
            gapStart = t.end();
        }
        if (from < tokens.size()) {
            lines.add(tokens.subList(from, tokens.size()));
        }
        return lines;
    }

    /** True for the chars that end a line: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
    public static boolean isLineBreak(char c) {
        return (c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
