package dev.lintel.model.ddl.parse;

/** A statement did not have the shape its reader expected; becomes a diagnostic, never escapes the importer. */
final class DdlSyntaxException extends RuntimeException {
    DdlSyntaxException(String message) {
        super(message, null, false, false);
    }
}
