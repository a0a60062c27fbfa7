package dev.kakehashi.thanks.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.ThanksService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the thanks templates need, the same for the issue panel, the page panel, the wall and the macro: the reader's
 * language, the departments and values to name, the people to suggest, and the script and styles. Reading it costs
 * the departments and values statements; the thanks themselves are read by the script, a page at a time.
 */
public class ThanksView {
    static final String RESOURCES = "dev.kakehashi.kakehashi:thanks-resources";

    private final People people;
    private final ThanksService thanks;
    private final DepartmentService departments;
    private final LocaleResolver locales;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;

    public ThanksView(People people, ThanksService thanks, DepartmentService departments, LocaleResolver locales,
                      I18nResolver i18n, PageBuilderService pageBuilder, ApplicationProperties application) {
        this.people = people;
        this.thanks = thanks;
        this.departments = departments;
        this.locales = locales;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.application = application;
    }

    /** What a product's panel template gets: the host's context, then the thanks of this issue or page, ten a page. */
    public Map<String, Object> panel(Map<String, Object> hostContext, ThanksContext context) {
        Map<String, Object> model = new HashMap<>(hostContext);
        model.putAll(model(context, !context.isNone()));
        model.put("limit", "10");
        return model;
    }

    /**
     * The scope of a wall: {@code company} (this product's thanks and the other product's) or {@code product}; what
     * was asked when it is one of them, else the whole company when the products are linked.
     */
    public static String scope(String requested, boolean linked) {
        if ("company".equals(requested) || "product".equals(requested)) {
            return requested;
        }
        return linked ? "company" : "product";
    }

    /** The shared part of every thanks view: in this context, with the form to send a thanks or without. */
    public Map<String, Object> model(ThanksContext context, boolean form) {
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> model = new HashMap<>();
        Person reader = people.currentUser().orElse(null);
        List<DepartmentName> active = departments.activeNames();
        model.put("i18n", i18n);
        java.util.Locale locale = locales.getLocale();
        model.put("locale", locale);
        model.put("language", locale == null ? "en" : locale.getLanguage());
        model.put("restBase", contextPath + "/rest/kakehashi/1.0");
        model.put("wallUrl", contextPath + "/plugins/servlet/kakehashi/thanks");
        model.put("productBase", contextPath);
        model.put("product", "conf".equals(application.getPlatformId()) ? "confluence" : "jira");
        model.put("scope", "product");
        model.put("contextType", context.typeName());
        model.put("contextId", context.id());
        model.put("departments", active);
        model.put("values", thanks.activeValues());
        model.put("valueRequired", thanks.policy().valueRequired());
        model.put("form", form && reader != null);
        model.put("admin", reader != null && people.isAdmin(reader.key()));
        model.put("suggestions", reader == null || context.isNone() ? List.of() : thanks.suggestions(reader.key(), context));
        return model;
    }
}
