/** Throughput benchmarks and pathological texts for {@code khabar bench}. */
package dev.khabar.bench;
