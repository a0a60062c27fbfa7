package dev.kakehashi.thanks.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.platform.ao.AoErrors;
import dev.kakehashi.platform.ao.AoSetting;
import dev.kakehashi.thanks.MailWatermark;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The thanks emails' position as one setting row ({@code mail.thanksUpTo}): read in one statement, moved in two
 * (the row, then its update or insert). Two runs creating it at once meet on the setting's unique name.
 */
public class AoMailWatermark implements MailWatermark {
    static final String NAME = "mail.thanksUpTo";

    private final ActiveObjects ao;

    public AoMailWatermark(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Position> get() {
        AoSetting[] rows = row();
        return rows.length == 0 ? Optional.empty() : Position.decode(rows[0].getSettingValue());
    }

    @Override
    public void advance(Position to) {
        AoSetting[] rows = row();
        if (rows.length == 0) {
            try {
                ao.executeInTransaction(() -> ao.create(AoSetting.class, new DBParam(AoSetting.NAME, NAME),
                        new DBParam(AoSetting.VALUE, to.encoded())));
            } catch (RuntimeException e) {
                // another run stored one meanwhile: the next run moves it on (the ledger guards the emails)
                if (!AoErrors.isConstraintViolation(e)) {
                    throw e;
                }
            }
            return;
        }
        AoSetting row = rows[0];
        if (Position.decode(row.getSettingValue()).map(stored -> stored.compareTo(to) < 0).orElse(true)) {
            row.setSettingValue(to.encoded());
            row.save();
        }
    }

    private AoSetting[] row() {
        return ao.find(AoSetting.class, Query.select("ID, " + AoSetting.NAME + ", " + AoSetting.VALUE)
                .where(AoSetting.NAME + " = ?", NAME));
    }
}
