/** How stages are run over a normalized document and how their mentions are resolved into one extraction. Internal. */
package dev.khabar.pipeline;
