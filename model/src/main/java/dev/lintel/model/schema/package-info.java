/**
 * The schema model: immutable values (records), no back-pointers, no canvas positions.
 *
 * <p>Names are stored as the database stores them (already case-folded by the dialect that
 * produced them); quoting is a rendering concern. Collections are never null: compact
 * constructors copy them into unmodifiable lists. {@link dev.lintel.model.schema.Schema#normalize()}
 * gives the canonical order, so two equal schemas compare equal and print identically.
 */
package dev.lintel.model.schema;
