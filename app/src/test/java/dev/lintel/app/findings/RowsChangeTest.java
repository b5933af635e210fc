package dev.lintel.app.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** A change applied to the rows before gives the rows after, touching only the stretch that differs. */
class RowsChangeTest {

    @Test
    void randomEditsOfAListApplyToTheListAfter() {
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            List<Integer> before = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                before.add(random.nextInt(10));
            }
            List<Integer> after = new ArrayList<>(before);
            for (int e = random.nextInt(4); e > 0; e--) {
                int at = after.isEmpty() ? 0 : random.nextInt(after.size() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> after.add(at, random.nextInt(10));
                    case 1 -> { if (at < after.size()) { after.remove(at); } }
                    default -> { if (at < after.size()) { after.set(at, random.nextInt(10)); } }
                }
            }
            ObservableList<Integer> rows = FXCollections.observableArrayList(before);
            RowsChange.between(before, after).applyTo(rows);
            assertEquals(after, rows, before + " -> " + after);
        }
    }

    @Test
    void theSameRowsChangeNothingAndOneChangedRowIsReplacedAlone() {
        ObservableList<String> rows = FXCollections.observableArrayList("a", "b", "c", "d");
        List<ListChangeListener.Change<? extends String>> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add(c);
            }
        });

        RowsChange<String> same = RowsChange.between(List.of("a", "b", "c", "d"), List.of("a", "b", "c", "d"));
        same.applyTo(rows);
        assertTrue(same.isEmpty());
        assertTrue(changes.isEmpty(), "no change event for the same rows");

        RowsChange<String> one = RowsChange.between(List.copyOf(rows), List.of("a", "B", "c", "d"));
        assertEquals(1, one.from());
        assertEquals(2, one.to());
        one.applyTo(rows);
        assertEquals(List.of("a", "B", "c", "d"), rows);
    }
}
