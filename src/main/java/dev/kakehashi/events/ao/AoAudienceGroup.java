package dev.kakehashi.events.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A site or a cohort an event may be meant for, mapped to a host group (table AO_112619_AUDIENCE_GROUP). */
@Table("AUDIENCE_GROUP")
public interface AoAudienceGroup extends Entity {
    String AUDIENCE_KEY = "AUDIENCE_KEY";
    String KIND = "KIND";
    String NAME_EN = "NAME_EN";
    String NAME_JA = "NAME_JA";
    String HOST_GROUP = "HOST_GROUP";
    String SELECT = String.join(", ", "ID", AUDIENCE_KEY, KIND, NAME_EN, NAME_JA, HOST_GROUP);

    /** {@code site:<key>} or {@code cohort:<key>}, as an event's audience names it. */
    @NotNull
    @Unique
    @StringLength(32)
    String getAudienceKey();

    void setAudienceKey(String key);

    /** {@code site} or {@code cohort}. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(100)
    String getNameEn();

    void setNameEn(String name);

    @NotNull
    @StringLength(100)
    String getNameJa();

    void setNameJa(String name);

    /** The host group whose members belong to it. */
    @NotNull
    @StringLength(255)
    String getHostGroup();

    void setHostGroup(String group);
}
