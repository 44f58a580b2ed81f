package dev.khabar;

/**
 * A location named in the text.
 *
 * @param text       the mention as written, proclitics outside: {@code text.equals(input.substring(start, end))}
 * @param start      the UTF-16 index of its first char in the input
 * @param end        the UTF-16 index just after its last char
 * @param name       canonical form: normalized spelling, proclitics off; repeated mentions of one location share it
 * @param source     what found it
 * @param country    the ISO 3166-1 alpha-2 code of the country the place is or lies in ({@code SA} for
 *                   {@code الرياض}), when the place is a listed country, subdivision or city; else null
 * @param geonamesId the place's GeoNames id ({@code 108410} for {@code الرياض}) when it is a listed city; else null
 */
public record Location(String text, int start, int end, String name, Source source, String country, Long geonamesId)
        implements Mention {
    /**
     * A location whose place is not known.
     *
     * @param text   the mention as written
     * @param start  the UTF-16 index of its first char in the input
     * @param end    the UTF-16 index just after its last char
     * @param name   canonical form
     * @param source what found it
     */
    public Location(String text, int start, int end, String name, Source source) {
        this(text, start, end, name, source, null, null);
    }
}
