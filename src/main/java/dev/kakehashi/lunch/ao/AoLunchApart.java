package dev.kakehashi.lunch.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Two people an administrator keeps apart in a programme (table AO_112619_LUNCH_APART); never shown to them. */
@Table("LUNCH_APART")
public interface AoLunchApart extends Entity {
    String PROGRAMME_KEY = "PROGRAMME_KEY";
    String USER_A = "USER_A";
    String USER_B = "USER_B";
    String APART_KEY = "APART_KEY";

    /** The programme's key. */
    @NotNull
    @Indexed
    @StringLength(32)
    String getProgrammeKey();

    void setProgrammeKey(String key);

    /** The first person of the pair (the smaller user key). */
    @NotNull
    @StringLength(190)
    String getUserA();

    void setUserA(String userKey);

    /** The second person of the pair. */
    @NotNull
    @StringLength(190)
    String getUserB();

    void setUserB(String userKey);

    /** {@code <programme key>:<SHA-256 of the pair>}, unique: a pair is kept apart once. */
    @NotNull
    @Unique
    @StringLength(100)
    String getApartKey();

    void setApartKey(String key);
}
