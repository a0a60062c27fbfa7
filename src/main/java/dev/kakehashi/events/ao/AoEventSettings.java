package dev.kakehashi.events.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.events.EventSettings;
import dev.kakehashi.platform.ao.AoSettingRows;

/** The events' settings as rows of the app's settings table, named {@code events.*}. */
public class AoEventSettings implements EventSettings {
    static final String INVITATIONS = "events.invitationsBeforeBroadcast";

    private final ActiveObjects ao;

    public AoEventSettings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public int invitationsBeforeBroadcast() {
        String value = AoSettingRows.read(ao, INVITATIONS).get(INVITATIONS);
        try {
            return value == null ? DEFAULT_INVITATIONS : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return DEFAULT_INVITATIONS;
        }
    }

    @Override
    public void setInvitationsBeforeBroadcast(int count) {
        ao.executeInTransaction(() -> {
            AoSettingRows.put(ao, INVITATIONS, Integer.toString(count));
            return null;
        });
    }
}
