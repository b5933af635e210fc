package dev.lintel.model.diff;

/** A property of a column that a {@link Change.ColumnChanged} says differs. Comments are {@link Change.CommentChanged}. */
public enum ColumnAspect { TYPE, NULLABILITY, DEFAULT, IDENTITY, SERIAL, GENERATED, COLLATION }
