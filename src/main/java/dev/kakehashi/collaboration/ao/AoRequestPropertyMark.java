package dev.kakehashi.collaboration.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.collaboration.RequestPropertyMark;
import dev.kakehashi.platform.ao.AoSetting;
import net.java.ao.DBParam;

/** The flag as the app's setting {@value #NAME} (table AO_112619_SETTING). */
public class AoRequestPropertyMark implements RequestPropertyMark {
    static final String NAME = "collaboration.requestProperty.written";

    private final ActiveObjects ao;

    public AoRequestPropertyMark(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean isWritten() {
        return ao.count(AoSetting.class, AoSetting.NAME + " = ?", NAME) > 0;
    }

    @Override
    public void markWritten() {
        if (!isWritten()) {
            ao.create(AoSetting.class, new DBParam(AoSetting.NAME, NAME), new DBParam(AoSetting.VALUE, "1"));
        }
    }
}
