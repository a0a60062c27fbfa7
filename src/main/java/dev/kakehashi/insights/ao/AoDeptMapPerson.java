package dev.kakehashi.insights.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The days one person took part in thanks or requests of one directed department cell (table
 * AO_112619_DEPT_MAP_PERSON), kept by the nightly run: a ring of {@value KeptContactCount#RING} days (bit
 * {@code epochDay mod RING}), Base64, so that the distinct people of any window within the last 730 days are found
 * without reading the raw rows again. Derived from THANKS, THANKS_PERSON, THANKS_DEPT and COLLAB_REQUEST; not
 * exported.
 */
@Table("DEPT_MAP_PERSON")
public interface AoDeptMapPerson extends Entity {
    String FROM_DEPT = "FROM_DEPT";
    String TO_DEPT = "TO_DEPT";
    String PERSON_KEY = "PERSON_KEY";
    String DAYS_SEEN = "DAYS_SEEN";

    @NotNull
    @StringLength(32)
    String getFromDept();

    void setFromDept(String key);

    @NotNull
    @StringLength(32)
    String getToDept();

    void setToDept(String key);

    @NotNull
    @StringLength(190)
    String getPersonKey();

    void setPersonKey(String key);

    @NotNull
    @StringLength(200)
    String getDaysSeen();

    void setDaysSeen(String days);
}
