package dev.kakehashi.community.confluence;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.kakehashi.community.Community;
import dev.kakehashi.community.CommunityService;
import dev.kakehashi.platform.InputCheck;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.Rejection;
import java.util.Locale;
import java.util.Optional;

/**
 * Fills the community page blueprint from its wizard's one field, the community's key ({@code kakehashiCommunity}),
 * read as untrusted text: the page gets the {@code community} macro (which checks each reader itself) and, for an
 * open community the creator may see, its purpose and themes as text. A pilot's purpose and themes are not copied:
 * the page may be read by people the pilot is closed to. A key naming no community the creator may see gives a page
 * with the macro alone, which tells its readers that there is no such community. Untitled, the page takes the
 * community's name.
 */
@SuppressWarnings("deprecation")
public class CommunityBlueprintContextProvider extends AbstractBlueprintContextProvider {
    /** The wizard's field. */
    public static final String FIELD = "kakehashiCommunity";
    /** The label of every community page, besides the blueprint's index label. */
    public static final String LABEL = "kakehashi-community";
    /** The template's variables: the community's key (for the macro), an open community's purpose and themes. */
    public static final String KEY_VARIABLE = "kakehashiCommunityKey";
    public static final String PURPOSE_VARIABLE = "kakehashiCommunityPurpose";
    public static final String THEMES_VARIABLE = "kakehashiCommunityThemes";

    private final CommunityService communities;
    private final People people;
    private final LocaleResolver locales;

    public CommunityBlueprintContextProvider(CommunityService communities, People people, LocaleResolver locales) {
        this.communities = communities;
        this.people = people;
        this.locales = locales;
    }

    /** The community the creator named and may see; empty otherwise. */
    Optional<Community> named(Object field) {
        String key = field instanceof String text ? InputCheck.normalize(text) : null;
        Optional<Person> creator = people.currentUser();
        if (key == null || key.isEmpty() || !key.matches("[a-z0-9][a-z0-9-]{0,31}") || creator.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(communities.read(creator.get().key(), key).community());
        } catch (Rejection e) {
            return Optional.empty();
        }
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        Optional<Community> community = named(context.get(FIELD));
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        boolean open = community.filter(c -> c.state() == Community.State.OPEN).isPresent();
        context.put(KEY_VARIABLE, community.map(Community::key).orElse(""));
        context.put(PURPOSE_VARIABLE, open ? community.get().purpose() : "");
        context.put(THEMES_VARIABLE, open ? String.join("・", community.get().themes()) : "");
        String labels = LABEL + community.map(c -> " " + LABEL + "-" + c.key()).orElse("");
        Object earlier = context.get("labelsString");
        context.put("labelsString", earlier instanceof String s && !s.isBlank() ? s.strip() + " " + labels : labels);
        Object title = context.get("title");
        if (community.isPresent() && !(title instanceof String t && !t.isBlank())) {
            context.setTitle(community.get().name(locale));
        }
        return context;
    }
}
