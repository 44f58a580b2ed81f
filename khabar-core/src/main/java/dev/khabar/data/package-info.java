/** Reading the data files (rules and word lists) that carry {@code # FORMAT:} and {@code # EXAMPLE:} headers. Internal. */
package dev.khabar.data;
