package dev.kakehashi.collaboration.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.collaboration.ChangePolicy;
import dev.kakehashi.collaboration.ChangePolicyStore;
import dev.kakehashi.platform.ao.AoSetting;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Who may change a request, as one settings row ({@code collaboration.whoMayChange}); a missing or unknown value
 * means the default, the request's roles.
 */
public class AoChangePolicyStore implements ChangePolicyStore {
    static final String NAME = "collaboration.whoMayChange";

    private final ActiveObjects ao;

    public AoChangePolicyStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ChangePolicy get() {
        AoSetting[] rows = rows();
        return rows.length == 0 ? ChangePolicy.ROLES
                : ChangePolicy.ofKey(rows[0].getSettingValue()).orElse(ChangePolicy.ROLES);
    }

    @Override
    public void save(ChangePolicy policy) {
        ao.executeInTransaction(() -> {
            AoSetting[] rows = rows();
            if (rows.length == 0) {
                ao.create(AoSetting.class, new DBParam(AoSetting.NAME, NAME), new DBParam(AoSetting.VALUE, policy.key()));
            } else {
                rows[0].setSettingValue(policy.key());
                rows[0].save();
            }
            return null;
        });
    }

    private AoSetting[] rows() {
        return ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " = ?", NAME));
    }
}
