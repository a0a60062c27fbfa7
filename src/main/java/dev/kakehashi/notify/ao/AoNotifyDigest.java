package dev.kakehashi.notify.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One notification kept for a person's daily digest (table AO_112619_NOTIFY_DIGEST), as the email they would have got,
 * in their language; deleted when the digest is sent.
 */
@Table("NOTIFY_DIGEST")
public interface AoNotifyDigest extends Entity {
    String USER_KEY = "USER_KEY";
    String KIND = "KIND";
    String SUBJECT = "SUBJECT";
    String BODY = "BODY";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    @StringLength(190)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(450)
    String getSubject();

    void setSubject(String subject);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long at);
}
