package dev.lintel.app.shell;

/**
 * Unsaved work left by a session that did not end cleanly, as the restore dialog shows it.
 *
 * @param original the file the work belongs to, or null when it was never saved
 * @param savedAt when it was autosaved, in the user's time zone
 * @param more how many other recovery files wait after this one
 */
public record RecoveryOffer(String title, String original, String savedAt, int more) {
}
