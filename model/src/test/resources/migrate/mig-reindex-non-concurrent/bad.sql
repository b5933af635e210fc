REINDEX TABLE orders;
REINDEX INDEX orders_note_idx;
