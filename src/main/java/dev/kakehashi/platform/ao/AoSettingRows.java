package dev.kakehashi.platform.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Named settings kept as {@link AoSetting} rows: a group read in one statement by its name prefix, one row written. */
public final class AoSettingRows {
    private AoSettingRows() {
    }

    /** Every setting whose name starts with {@code prefix} (for example {@code "digest."}), by name. */
    public static Map<String, String> read(ActiveObjects ao, String prefix) {
        Map<String, String> settings = new HashMap<>();
        for (AoSetting row : ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " LIKE ?", prefix + "%"))) {
            settings.put(row.getSettingName(), row.getSettingValue());
        }
        return settings;
    }

    /** Writes one setting, creating its row the first time; call inside the caller's transaction. */
    public static void put(ActiveObjects ao, String name, String value) {
        AoSetting[] rows = ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " = ?", name));
        if (rows.length == 0) {
            ao.create(AoSetting.class, new DBParam(AoSetting.NAME, name), new DBParam(AoSetting.VALUE, value));
        } else {
            rows[0].setSettingValue(value);
            rows[0].save();
        }
    }
}
