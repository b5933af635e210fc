package dev.lintel.model.lint;

/** How much a finding matters, most severe first. */
public enum Severity { ERROR, WARNING, INFO, HINT }
