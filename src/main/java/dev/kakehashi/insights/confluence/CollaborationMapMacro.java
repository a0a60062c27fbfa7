package dev.kakehashi.insights.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.insights.web.DepartmentMapView;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.confluence.TemplateMacro;
import java.util.Map;

/**
 * The {@code collaboration-map} macro: the department map of the last {@code days} days (30, 90 or 365; 90 when
 * missing or anything else), which the reader can change on the page. Anonymous readers are asked to log in; where
 * no script runs (an export), the page says to open it in the browser.
 */
public class CollaborationMapMacro extends TemplateMacro {
    private final DepartmentMapView view;
    private final People people;

    public CollaborationMapMacro(DepartmentMapView view, People people, TemplateRenderer renderer) {
        super(renderer);
        this.view = view;
        this.people = people;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        boolean interactive = "display".equals(context == null ? null : context.getOutputType());
        Map<String, Object> model = view.model(people.currentUser().map(Person::key).orElse(null),
                parameters == null ? null : parameters.get("days"), interactive);
        return render(DepartmentMapView.TEMPLATE, model);
    }
}
