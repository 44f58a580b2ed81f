/**
 * Khabar: typed facts from Arabic news text. Build one {@link dev.khabar.Extractor} with
 * {@link dev.khabar.Extractor#builder()} and share it; {@link dev.khabar.Extractor#extract(String)} returns an
 * {@link dev.khabar.Extraction} of {@link dev.khabar.Mention} records whose offsets index the caller's string.
 */
package dev.khabar;
