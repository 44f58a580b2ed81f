/** Reading Arabic numbers written in digits or words, cardinal and ordinal. Internal. */
package dev.khabar.rules.number;
