/** Khabar on Apache Spark: a typed extraction column, a SQL function and an example job. */
package dev.khabar.spark;
