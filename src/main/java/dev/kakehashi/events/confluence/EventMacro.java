package dev.kakehashi.events.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.events.web.EventView;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.confluence.TemplateMacro;
import java.util.Map;

/**
 * The {@code event} macro: the event its {@code id} parameter names, as its reader may see it (an event they may not
 * see shows exactly as one that does not exist), with the answer form when the page is displayed. Anonymous readers
 * are asked to log in.
 */
public class EventMacro extends TemplateMacro {
    private final EventView view;
    private final People people;

    public EventMacro(EventView view, People people, TemplateRenderer renderer) {
        super(renderer);
        this.view = view;
        this.people = people;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String reader = people.currentUser().map(Person::key).orElse(null);
        long id = id(parameters.get("id"));
        Map<String, Object> model = view.detail(id > 0 ? reader : null, id);
        model.put("loggedIn", reader != null);
        model.put("interactive", "display".equals(context == null ? null : context.getOutputType()));
        return render(EventView.DETAIL, model);
    }

    static long id(String text) {
        try {
            return text == null ? 0 : Math.max(0, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
