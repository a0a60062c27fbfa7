package dev.kakehashi.thanks.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.confluence.TemplateMacro;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code thanks-people} macro, "who to thank" on a results page: the people (user names) and departments
 * (keys) who helped, each with a button that fills the thanks panel below the page with them. Names the host does
 * not know are left out; logged-out readers see nothing.
 */
public class ThanksPeopleMacro extends TemplateMacro {
    static final String TEMPLATE = "templates/thanks/people-macro.vm";
    static final String RESOURCES = "dev.kakehashi.kakehashi:thanks-resources";
    static final int MAX_ENTRIES = 20;

    private final People people;
    private final DepartmentService departments;
    private final I18nResolver i18n;
    private final LocaleResolver locales;
    private final PageBuilderService pageBuilder;

    public ThanksPeopleMacro(People people, DepartmentService departments, I18nResolver i18n, LocaleResolver locales,
                             PageBuilderService pageBuilder, TemplateRenderer renderer) {
        super(renderer);
        this.people = people;
        this.departments = departments;
        this.i18n = i18n;
        this.locales = locales;
        this.pageBuilder = pageBuilder;
    }

    /** A button: a person (user name, name, empty department) or a department (empty user name, name, key). */
    public record Entry(String username, String name, String department) {
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, Object> model = new HashMap<>();
        Locale locale = locales.getLocale() == null ? Locale.ENGLISH : locales.getLocale();
        model.put("i18n", i18n);
        model.put("language", locale.getLanguage());
        boolean reader = people.currentUser().isPresent();
        List<Entry> entries = new ArrayList<>();
        if (reader) {
            pageBuilder.assembler().resources().requireWebResource(RESOURCES);
            for (String username : split(parameters.get("people"))) {
                people.byUsername(username).ifPresent(p -> add(entries, new Entry(p.username(), p.displayName(), "")));
            }
            Set<String> wanted = new LinkedHashSet<>(split(parameters.get("departments")));
            List<DepartmentName> active = departments.activeNames();
            for (String key : wanted) {
                active.stream().filter(d -> d.key().equals(key)).findFirst()
                        .ifPresent(d -> add(entries, new Entry("", d.name(locale), d.key())));
            }
        }
        model.put("entries", entries);
        model.put("visible", reader && !entries.isEmpty());
        return render(TEMPLATE, model);
    }

    private static void add(List<Entry> entries, Entry entry) {
        if (entries.size() < MAX_ENTRIES && !entries.contains(entry)) {
            entries.add(entry);
        }
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty() && s.length() <= 255).distinct().toList();
    }
}
