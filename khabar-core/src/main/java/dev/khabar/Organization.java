package dev.khabar;

/**
 * An organization named in the text.
 *
 * @param text    the mention as written, proclitics outside: {@code text.equals(input.substring(start, end))}
 * @param start   the UTF-16 index of its first char in the input
 * @param end     the UTF-16 index just after its last char
 * @param name    canonical form: normalized spelling, proclitics off, acronym resolved where known; repeated mentions
 *                of one organization share it
 * @param source  what found it
 * @param country the ISO 3166-1 alpha-2 code of the country a nationality adjective in the name gives
 *                ({@code MA} for {@code وزارة الخارجية المغربية}); else null
 */
public record Organization(String text, int start, int end, String name, Source source, String country)
        implements Mention {
    /**
     * An organization whose country is not known.
     *
     * @param text   the mention as written
     * @param start  the UTF-16 index of its first char in the input
     * @param end    the UTF-16 index just after its last char
     * @param name   canonical form
     * @param source what found it
     */
    public Organization(String text, int start, int end, String name, Source source) {
        this(text, start, end, name, source, null);
    }
}
