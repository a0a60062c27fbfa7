package dev.kakehashi.events.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.events.EventSettings;
import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.ao.AoSettingRows;

/**
 * The events' settings as rows of the app's settings table, named {@code events.*}, kept in the host's cache (every
 * event page reads them) and dropped on every node when an administrator changes them.
 */
public class AoEventSettings implements EventSettings {
    static final String INVITATIONS = "events.invitationsBeforeBroadcast";

    private final ActiveObjects ao;
    private final Caches.CachedValue<Integer> invitations;

    public AoEventSettings(ActiveObjects ao, Caches caches) {
        this.ao = ao;
        this.invitations = caches.value("events.settings.invitations", this::read);
    }

    private Integer read() {
        String value = AoSettingRows.read(ao, INVITATIONS).get(INVITATIONS);
        try {
            return value == null ? DEFAULT_INVITATIONS : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return DEFAULT_INVITATIONS;
        }
    }

    @Override
    public int invitationsBeforeBroadcast() {
        return invitations.get();
    }

    @Override
    public void setInvitationsBeforeBroadcast(int count) {
        ao.executeInTransaction(() -> {
            AoSettingRows.put(ao, INVITATIONS, Integer.toString(count));
            return null;
        });
        invitations.reset();
    }
}
