package dev.lintel.model.migrate.lock;

import static dev.lintel.model.migrate.lock.LockMode.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LockModeTest {
    @Test
    void conflictsAreSymmetric() {
        for (LockMode a : values()) {
            for (LockMode b : values()) {
                assertEquals(a.conflictsWith(b), b.conflictsWith(a), a + " vs " + b);
            }
        }
    }

    /** Rule catalog §2.1 (PostgreSQL Table 13.2): blocks SELECT, blocks writes, self-conflicting. */
    @Test
    void readWriteAndSelfConflictsMatchTheCatalogTable() {
        Object[][] table = {
                {ACCESS_SHARE, false, false, false},
                {ROW_SHARE, false, false, false},
                {ROW_EXCLUSIVE, false, false, false},
                {SHARE_UPDATE_EXCLUSIVE, false, false, true},
                {SHARE, false, true, false},
                {SHARE_ROW_EXCLUSIVE, false, true, true},
                {EXCLUSIVE, false, true, true},
                {ACCESS_EXCLUSIVE, true, true, true},
        };
        for (Object[] row : table) {
            LockMode m = (LockMode) row[0];
            assertEquals(row[1], m.blocksReads(), m + " blocks reads");
            assertEquals(row[2], m.blocksWrites(), m + " blocks writes");
            assertEquals(row[3], m.selfConflicting(), m + " self-conflicting");
        }
    }

    @Test
    void exclusiveLetsOnlyPlainReadsThroughAndRowShareConflictsWithExclusive() {
        assertFalse(EXCLUSIVE.conflictsWith(ACCESS_SHARE));
        assertTrue(EXCLUSIVE.conflictsWith(ROW_SHARE));
        assertTrue(ROW_SHARE.conflictsWith(EXCLUSIVE));
        assertFalse(SHARE.conflictsWith(SHARE));
        assertTrue(SHARE.conflictsWith(SHARE_UPDATE_EXCLUSIVE));
    }

    @Test
    void parsesPgLocksAndSqlNamesAndPicksTheStrongest() {
        assertEquals(SHARE_ROW_EXCLUSIVE, parse("ShareRowExclusiveLock").orElseThrow());
        assertEquals(ACCESS_EXCLUSIVE, parse("access exclusive").orElseThrow());
        assertTrue(parse("nonsense").isEmpty());
        assertEquals(SHARE, strongest(SHARE_UPDATE_EXCLUSIVE, SHARE));
        assertEquals(ROW_SHARE, strongest(null, ROW_SHARE));
        assertTrue(SHARE.strongerThanRowExclusive());
        assertFalse(ROW_EXCLUSIVE.strongerThanRowExclusive());
    }
}
