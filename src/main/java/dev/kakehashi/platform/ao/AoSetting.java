package dev.kakehashi.platform.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One named setting of the app (table AO_112619_SETTING), such as a policy an admin chose.
 */
@Table("SETTING")
public interface AoSetting extends Entity {
    String NAME = "SETTING_NAME";
    String VALUE = "SETTING_VALUE";

    /** Dotted name, unique: {@code thanks.dailyLimit}. */
    @NotNull
    @Unique
    @StringLength(64)
    String getSettingName();

    void setSettingName(String name);

    /** The value as text. */
    @StringLength(450)
    String getSettingValue();

    void setSettingValue(String value);
}
