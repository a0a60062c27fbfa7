package dev.kakehashi.profiles.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.confluence.TemplateMacro;
import dev.kakehashi.profiles.web.ProfileView;
import java.util.Map;

/**
 * The {@code department-profile} macro: the profile of the department its {@code department} parameter names (a
 * key), with "ask this department" when Confluence is linked to a Jira, and the form that changes it for the
 * department's contacts and the administrators. Anonymous readers are asked to log in.
 */
public class DepartmentProfileMacro extends TemplateMacro {
    private final ProfileView view;
    private final People people;

    public DepartmentProfileMacro(ProfileView view, People people, TemplateRenderer renderer) {
        super(renderer);
        this.view = view;
        this.people = people;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String department = parameters.get("department");
        Map<String, Object> model = view.model(department == null ? "" : department.strip(),
                people.currentUser().map(Person::key).orElse(null));
        model.put("interactive", "display".equals(context == null ? null : context.getOutputType()));
        return render(ProfileView.TEMPLATE, model);
    }
}
