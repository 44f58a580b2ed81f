/** {@code khabar serve}: the HTTP JSON service on loopback. Internal to the command line. */
package dev.khabar.server;
