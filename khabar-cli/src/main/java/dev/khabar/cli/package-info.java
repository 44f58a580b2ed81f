/** The {@code khabar} command line (picocli): extract, batch, serve, eval, bench, train-ner, eval-ner. */
package dev.khabar.cli;
