/** Scoring an extractor against gold mentions (precision, recall and F1 per type). */
package dev.khabar.eval;
