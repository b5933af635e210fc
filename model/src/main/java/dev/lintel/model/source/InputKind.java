package dev.lintel.model.source;

/** What an INPUT argument named. */
public enum InputKind { SQL_FILE, DOCUMENT, JPA_SOURCES, DATABASE }
