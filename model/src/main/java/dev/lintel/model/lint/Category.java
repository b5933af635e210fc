package dev.lintel.model.lint;

/** What a rule is about, for grouping in the findings panel and in reports. */
public enum Category { KEYS, INDEXES, TYPES, MODELLING, NAMING, DIALECT }
