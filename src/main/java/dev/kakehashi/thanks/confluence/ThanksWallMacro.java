package dev.kakehashi.thanks.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.platform.confluence.TemplateMacro;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.web.ThanksView;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code thanks-wall} macro: public thanks for a dashboard or a space home page, optionally of one department or
 * value, from the last days of a period, a page of {@code size} at a time.
 */
public class ThanksWallMacro extends TemplateMacro {
    static final String TEMPLATE = "templates/thanks/wall-macro.vm";
    private static final Set<String> PERIODS = Set.of("7", "30", "90", "365");
    private static final int MAX_SIZE = 50;

    private final ThanksView view;

    public ThanksWallMacro(ThanksView view, TemplateRenderer renderer) {
        super(renderer);
        this.view = view;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, Object> model = view.model(ThanksContext.NONE, false);
        @SuppressWarnings("unchecked")
        List<DepartmentName> departments = (List<DepartmentName>) model.get("departments");
        @SuppressWarnings("unchecked")
        List<CompanyValue> values = (List<CompanyValue>) model.get("values");
        String department = parameters.get("department");
        String value = parameters.get("value");
        String period = parameters.getOrDefault("period", "30");
        model.put("filterDepartment", departments.stream().anyMatch(d -> d.key().equals(department)) ? department : null);
        model.put("filterValue", values.stream().anyMatch(v -> v.key().equals(value)) ? value : null);
        model.put("filterDays", PERIODS.contains(period) ? period : "30");
        model.put("limit", Integer.toString(size(parameters.get("size"))));
        return render(TEMPLATE, model);
    }

    private static int size(String text) {
        try {
            return Math.max(1, Math.min(MAX_SIZE, Integer.parseInt(text == null ? "10" : text.strip())));
        } catch (NumberFormatException e) {
            return 10;
        }
    }
}
