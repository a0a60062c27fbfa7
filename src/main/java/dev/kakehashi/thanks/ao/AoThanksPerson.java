package dev.kakehashi.thanks.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A person in a thanks (table AO_112619_THANKS_PERSON): one row for its sender and one for each person thanked,
 * written with the thanks and never changed. The index on (person, visibility, thanks) serves, newest first, both
 * "thanks to this person" and the reader's own private thanks, sent or received, so neither reads another person's
 * rows; the index on the thanks serves the rows of one thanks.
 */
@Table("THANKS_PERSON")
@Indexes({@Index(name = "person_visibility", methodNames = {"getUserKey", "getVisibility", "getThanksId"}),
        @Index(name = "person_thanks", methodNames = {"getThanksId"})})
public interface AoThanksPerson extends Entity {
    String THANKS_ID = "THANKS_ID";
    String USER_KEY = "USER_KEY";
    String ROLE = "ROLE";
    String VISIBILITY = "VISIBILITY";

    /** What the person did in the thanks. */
    enum Role { SENDER, RECIPIENT }

    /** The ID of the thanks's row in THANKS. */
    @NotNull
    int getThanksId();

    void setThanksId(int id);

    /** The person's user key (190 characters, as the thanks's sender). */
    @NotNull
    @StringLength(190)
    String getUserKey();

    void setUserKey(String key);

    /** SENDER or RECIPIENT. */
    @NotNull
    @StringLength(16)
    String getRole();

    void setRole(String role);

    /** The thanks's visibility, PUBLIC or PRIVATE (fixed when it is sent), so a private list reads only these rows. */
    @NotNull
    @StringLength(16)
    String getVisibility();

    void setVisibility(String visibility);
}
