package dev.kakehashi.platform.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.java.ao.RawEntity;

/**
 * Writes the next version of a record whose every version has one history row with a unique (record, version) key:
 * in one transaction, the history row first (a second writer of the same version fails on the key), then the record,
 * found at the version before. Either both are written or neither; a writer that loses (on the unique key, or because
 * the database chose its transaction as a deadlock victim) writes nothing and is told so.
 */
public final class AoVersions {
    private AoVersions() {
    }

    /**
     * @param writeHistory creates the history row of the new version (or makes any first write that a second writer
     *     of the same record must wait for, such as a write to the record's own row)
     * @param atPreviousVersion the record's row if it is still at the version before, else an empty array
     * @param copy writes the new values into the row
     * @return false, with nothing written, when another writer got to that version first (or the database rolled this
     *     writer back to let another one through)
     */
    public static <T extends RawEntity<?>> boolean writeNext(ActiveObjects ao, Runnable writeHistory,
                                                              Supplier<T[]> atPreviousVersion, Consumer<T> copy) {
        try {
            return ao.executeInTransaction(() -> {
                writeHistory.run();
                T[] rows = atPreviousVersion.get();
                if (rows.length == 0) {
                    throw new Stale();
                }
                copy.accept(rows[0]);
                rows[0].save();
                return true;
            });
        } catch (Stale e) {
            return false;
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e) || AoErrors.isRolledBackByConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Rolls back a change whose record moved on before the transaction read it. */
    private static final class Stale extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stale() {
            super(null, null, false, false);
        }
    }
}
