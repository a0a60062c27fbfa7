package dev.kakehashi.community.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.community.web.CommunityView;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.confluence.TemplateMacro;
import java.util.Map;

/**
 * The {@code community} macro: the community its {@code community} parameter names (a key), with join and leave,
 * recognition, board and the latest monthly report. A pilot the reader may not see shows as not found; anonymous
 * readers are asked to log in.
 */
public class CommunityMacro extends TemplateMacro {
    private final CommunityView view;
    private final People people;

    public CommunityMacro(CommunityView view, People people, TemplateRenderer renderer) {
        super(renderer);
        this.view = view;
        this.people = people;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String key = parameters.get("community");
        Map<String, Object> model = view.model(key == null ? "" : key.strip(),
                people.currentUser().map(Person::key).orElse(null));
        model.put("interactive", "display".equals(context == null ? null : context.getOutputType()));
        return render(CommunityView.TEMPLATE, model);
    }
}
