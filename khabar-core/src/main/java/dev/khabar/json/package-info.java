/** The JSON form of an extraction ({@link dev.khabar.json.JsonCodec}) and of the requests of {@code batch} and {@code serve}. */
package dev.khabar.json;
