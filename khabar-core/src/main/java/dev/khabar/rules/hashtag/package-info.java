/** The hashtag stage. Internal. */
package dev.khabar.rules.hashtag;
