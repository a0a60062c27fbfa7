package dev.kakehashi.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.sandbox.ao.EntityManagerActiveObjects;
import dev.kakehashi.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import net.java.ao.DBParam;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The sandbox's SAL {@code TransactionalExecutorFactory} behaves as the host's: a lent connection has auto-commit
 * off, refuses to end the transaction or be closed by the callback, and its work is committed when the callback
 * returns and rolled back when it throws.
 */
public class SandboxJdbcTest {
    private EntityManagerActiveObjects ao;
    private TransactionalExecutorFactory jdbc;

    @Before
    public void open() {
        ao = TestDatabase.open(AoSetting.class);
        jdbc = TestDatabase.jdbc(ao);
    }

    @After
    public void close() {
        TestDatabase.close(ao);
    }

    private int rename(Connection c, String to) {
        try (PreparedStatement s = c.prepareStatement("UPDATE " + quoted(c, "AO_112619_SETTING") + " SET "
                + quoted(c, AoSetting.VALUE) + " = ?")) {
            s.setString(1, to);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(Connection c, String name) throws SQLException {
        String q = c.getMetaData().getIdentifierQuoteString().strip();
        return q + name + q;
    }

    private String value() {
        return ao.find(AoSetting.class)[0].getSettingValue();
    }

    @Test
    public void theCallbacksWorkIsCommittedWhenItReturnsAndRolledBackWhenItThrows() {
        ao.create(AoSetting.class, new DBParam(AoSetting.NAME, "n"), new DBParam(AoSetting.VALUE, "before"));
        assertEquals(Integer.valueOf(1), jdbc.createExecutor(false, true).execute(c -> rename(c, "after")));
        assertEquals("after", value());

        assertThrows(IllegalStateException.class, () -> jdbc.createExecutor(false, true).execute(c -> {
            rename(c, "lost");
            throw new IllegalStateException("the callback fails");
        }));
        assertEquals("after", value());
    }

    @Test
    public void theLentConnectionHasAutoCommitOffAndCannotEndTheTransactionNorBeClosed() {
        jdbc.createExecutor(true, true).execute(c -> {
            try {
                assertFalse(c.getAutoCommit());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            assertThrows(UnsupportedOperationException.class, c::commit);
            assertThrows(UnsupportedOperationException.class, c::rollback);
            assertThrows(UnsupportedOperationException.class, c::close);
            assertThrows(UnsupportedOperationException.class, () -> c.setAutoCommit(true));
            return null;
        });
    }
}
