package dev.khabar;

/**
 * A location named in the text.
 *
 * @param name       canonical form: normalized spelling, proclitics off, acronym resolved where known; repeated
 *                   mentions of one location share it
 * @param source     what found it: {@code crf}, {@code gazetteer}, {@code pattern}, or {@code document} (another
 *                   mention of it elsewhere in the text)
 * @param country    the ISO 3166-1 alpha-2 code of the country the place is or lies in ({@code SA} for
 *                   {@code الرياض}), when the place is a listed country, subdivision or city; else null
 * @param geonamesId the place's GeoNames id ({@code 108410} for {@code الرياض}) when it is a listed city; else null
 */
public record Location(String text, int start, int end, String name, String source, String country, Long geonamesId)
        implements Mention {
    /** A location whose place is not known. */
    public Location(String text, int start, int end, String name, String source) {
        this(text, start, end, name, source, null, null);
    }
}
