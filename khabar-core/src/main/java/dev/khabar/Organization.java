package dev.khabar;

/**
 * A organization named in the text.
 *
 * @param name    canonical form: normalized spelling, proclitics off, acronym resolved where known; repeated mentions
 *                of one organization share it
 * @param source  what found it: {@code crf}, {@code gazetteer}, {@code pattern}, or {@code document} (another
 *                mention of it elsewhere in the text)
 * @param country the ISO 3166-1 alpha-2 code of the country a nationality adjective in the name gives
 *                ({@code MA} for {@code وزارة الخارجية المغربية}); else null
 */
public record Organization(String text, int start, int end, String name, String source, String country)
        implements Mention {
    /** An organization whose country is not known. */
    public Organization(String text, int start, int end, String name, String source) {
        this(text, start, end, name, source, null);
    }
}
