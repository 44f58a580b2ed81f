/** Tokens of the normalized text with their proclitic readings. Internal. */
package dev.khabar.tokenize;
