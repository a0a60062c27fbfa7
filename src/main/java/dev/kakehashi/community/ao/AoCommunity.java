package dev.kakehashi.community.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A community (table AO_112619_COMMUNITY); its themes and leaders are lines of one column each. */
@Table("COMMUNITY")
public interface AoCommunity extends Entity {
    String COMMUNITY_KEY = "COMMUNITY_KEY";
    String NAME_EN = "NAME_EN";
    String NAME_JA = "NAME_JA";
    String PURPOSE = "PURPOSE";
    String GOAL_ID = "GOAL_ID";
    String RULES = "RULES";
    String RULES_VERSION = "RULES_VERSION";
    String LOGO = "LOGO";
    String THEMES = "THEMES";
    String SPONSOR_KEY = "SPONSOR_KEY";
    String LEADER_KEYS = "LEADER_KEYS";
    String STATE = "STATE";
    String RECOGNITION = "RECOGNITION";
    String CREATED_AT = "CREATED_AT";
    String CREATED_BY = "CREATED_BY";
    String MEMBER_COUNT = "MEMBER_COUNT";
    String SELECT = String.join(", ", "ID", COMMUNITY_KEY, NAME_EN, NAME_JA, PURPOSE, GOAL_ID, RULES, RULES_VERSION,
            LOGO, THEMES, SPONSOR_KEY, LEADER_KEYS, STATE, RECOGNITION, CREATED_AT, CREATED_BY, MEMBER_COUNT);

    /** The stable key, unique. */
    @NotNull
    @Unique
    @StringLength(32)
    String getCommunityKey();

    void setCommunityKey(String key);

    /** The name in English. */
    @StringLength(200)
    String getNameEn();

    void setNameEn(String name);

    /** The name in Japanese. */
    @StringLength(200)
    String getNameJa();

    void setNameJa(String name);

    /** Why the community exists. */
    @StringLength(StringLength.UNLIMITED)
    String getPurpose();

    void setPurpose(String purpose);

    /** The id of the shared goal the purpose serves; null when none. */
    Long getGoalId();

    void setGoalId(Long goalId);

    /** The rules members acknowledge when joining. */
    @StringLength(StringLength.UNLIMITED)
    String getRules();

    void setRules(String rules);

    /** 1 for the first rules; each change of the rules adds one. */
    @NotNull
    int getRulesVersion();

    void setRulesVersion(int version);

    /** An https image address or a short text (emoji, initials). */
    @StringLength(450)
    String getLogo();

    void setLogo(String logo);

    /** The themes, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getThemes();

    void setThemes(String themes);

    /** The sponsor's user key. */
    @NotNull
    @StringLength(190)
    String getSponsorKey();

    void setSponsorKey(String key);

    /** The leaders' user keys, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getLeaderKeys();

    void setLeaderKeys(String keys);

    /** PILOT or OPEN. */
    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    /** NONE, REQUESTED or RECOGNISED. */
    @NotNull
    @StringLength(16)
    String getRecognition();

    void setRecognition(String recognition);

    /** When it was started, in milliseconds since 1970 (UTC). */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long millis);

    /** Who started it (a user key). */
    @StringLength(190)
    String getCreatedBy();

    void setCreatedBy(String key);

    /**
     * Members, counted in the transaction of every join and leave (a count, not an increment, so a lost update is off
     * by the other writer's row at most) and counted again by the daily job.
     */
    @NotNull
    int getMemberCount();

    void setMemberCount(int count);
}
