package dev.kakehashi.platform.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.util.Optional;
import org.junit.Test;

public class AoErrorsTest {
    private static RuntimeException wrapped(String sqlState) {
        return new IllegalStateException("AO failed", new RuntimeException(new SQLException("db", sqlState)));
    }

    @Test
    public void aUniqueKeyIsAConstraintViolationNotARollback() {
        assertTrue(AoErrors.isConstraintViolation(wrapped("23505")));
        assertFalse(AoErrors.isRolledBackByConflict(wrapped("23505")));
    }

    @Test
    public void deadlocksAndSerializationFailuresAreRollbacksByConflict() {
        assertTrue("MariaDB and MySQL deadlock", AoErrors.isRolledBackByConflict(wrapped("40001")));
        assertTrue("PostgreSQL deadlock", AoErrors.isRolledBackByConflict(wrapped("40P01")));
        assertFalse(AoErrors.isConstraintViolation(wrapped("40001")));
        assertFalse("a broken connection is neither", AoErrors.isRolledBackByConflict(wrapped("08006")));
        assertFalse(AoErrors.isRolledBackByConflict(new IllegalStateException("no SQL cause")));
    }

    @Test
    public void aWriteThatFindsItsRowTakenIsEmptyAndAnyOtherFailureIsThrown() {
        assertEquals(Optional.of("written"), AoErrors.unlessTaken(() -> "written"));
        assertEquals(Optional.empty(), AoErrors.unlessTaken(() -> {
            throw wrapped("23505");
        }));
        assertEquals(Optional.empty(), AoErrors.unlessTaken(() -> {
            throw wrapped("40P01");
        }));
        RuntimeException broken = wrapped("08006");
        try {
            AoErrors.unlessTaken(() -> {
                throw broken;
            });
            throw new AssertionError("a broken connection must be thrown");
        } catch (IllegalStateException e) {
            assertSame(broken, e);
        }
    }
}
