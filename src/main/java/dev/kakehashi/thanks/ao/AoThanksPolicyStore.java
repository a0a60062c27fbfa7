package dev.kakehashi.thanks.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.thanks.ThanksPolicy;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The thanks policy as three settings rows, read in one statement; missing rows mean the default.
 */
public class AoThanksPolicyStore implements dev.kakehashi.thanks.ThanksPolicyStore {
    private static final String VALUE_REQUIRED = "thanks.valueRequired";
    private static final String DAILY_LIMIT = "thanks.dailyLimit";
    private static final String WITHDRAW_MINUTES = "thanks.withdrawMinutes";

    private final ActiveObjects ao;

    public AoThanksPolicyStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ThanksPolicy get() {
        Map<String, String> settings = new HashMap<>();
        for (AoSetting row : ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " LIKE ?", "thanks.%"))) {
            settings.put(row.getSettingName(), row.getSettingValue());
        }
        ThanksPolicy defaults = ThanksPolicy.DEFAULT;
        return new ThanksPolicy(
                Boolean.parseBoolean(settings.getOrDefault(VALUE_REQUIRED, Boolean.toString(defaults.valueRequired()))),
                number(settings.get(DAILY_LIMIT), defaults.dailyLimit()),
                number(settings.get(WITHDRAW_MINUTES), defaults.withdrawMinutes()));
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void save(ThanksPolicy policy) {
        ao.executeInTransaction(() -> {
            put(VALUE_REQUIRED, Boolean.toString(policy.valueRequired()));
            put(DAILY_LIMIT, Integer.toString(policy.dailyLimit()));
            put(WITHDRAW_MINUTES, Integer.toString(policy.withdrawMinutes()));
            return null;
        });
    }

    private void put(String name, String value) {
        AoSetting[] rows = ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE).where(AoSetting.NAME + " = ?", name));
        if (rows.length == 0) {
            ao.create(AoSetting.class, new DBParam(AoSetting.NAME, name), new DBParam(AoSetting.VALUE, value));
        } else {
            rows[0].setSettingValue(value);
            rows[0].save();
        }
    }
}
