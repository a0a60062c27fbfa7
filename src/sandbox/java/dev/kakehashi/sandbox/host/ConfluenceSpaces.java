package dev.kakehashi.sandbox.host;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import dev.kakehashi.sandbox.demo.DemoSpace;
import dev.kakehashi.sandbox.directory.DemoDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Confluence's {@link SpaceManager} over the fixed demo spaces DEMO, SALES and DEV: lookups answer whoever asks (the
 * host does not check permissions here either). A key must match exactly (whether the host ignores case here is
 * unverified); every space is current, none archived. Creating, archiving or removing spaces is not emulated.
 */
public final class ConfluenceSpaces implements SpaceManager {
    private final DemoDirectory directory;

    public ConfluenceSpaces(DemoDirectory directory) {
        this.directory = directory;
    }

    /** The space with this key, or null. */
    @Override
    public ConfluenceSpace getSpace(String spaceKey) {
        return byKey(spaceKey).orElse(null);
    }

    @Override
    public Collection<String> getAllSpaceKeys(SpaceStatus status) {
        return status == SpaceStatus.CURRENT ? DemoSpace.all().stream().map(DemoSpace::key).toList() : List.of();
    }

    public Optional<ConfluenceSpace> byKey(String spaceKey) {
        return spaceKey == null ? Optional.empty() : DemoSpace.byKey(spaceKey).map(this::space);
    }

    /** Every space, as {@link Space} objects. */
    public List<ConfluenceSpace> all() {
        return DemoSpace.all().stream().map(this::space).toList();
    }

    ConfluenceSpace space(DemoSpace space) {
        return new ConfluenceSpace(space, directory.byUsername(space.creator()).map(ConfluenceUserOf::new)
                .orElse(null));
    }
}
