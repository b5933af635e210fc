ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_note_check;
