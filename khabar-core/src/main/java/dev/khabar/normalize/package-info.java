/** The ICU4J normalizer and its map from normalized back to original offsets. Internal. */
package dev.khabar.normalize;
