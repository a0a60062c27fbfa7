package dev.kakehashi.thanks.ao.v1;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The sender table of the v1 model (stored model version 0), kept as it was for the upgrade tests (do not change it).
 * One row per person
 * who ever sent a thanks (table AO_112619_THANKS_SENDER): the row a send updates first in its
 * transaction, so that the database's row lock lets one send of this person at a time, on every node, count the last
 * day's thanks and insert.
 */
@Table("THANKS_SENDER")
public interface V1ThanksSender extends Entity {
    String SENDER_KEY = "SENDER_KEY";
    String TAKEN_AT = "TAKEN_AT";

    /** The sender's user key; 190 characters keeps a unique index within MySQL's utf8mb4 key limit. */
    @NotNull
    @Unique
    @StringLength(190)
    String getSenderKey();

    void setSenderKey(String key);

    /** When a send last took the row (epoch milliseconds); written only to take the row lock. */
    @NotNull
    long getTakenAt();

    void setTakenAt(long millis);
}
