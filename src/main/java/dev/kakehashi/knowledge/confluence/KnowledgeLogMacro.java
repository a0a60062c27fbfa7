package dev.kakehashi.knowledge.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.KnowledgeLog;
import dev.kakehashi.knowledge.KnowledgeQuery;
import dev.kakehashi.knowledge.KnowledgeService;
import dev.kakehashi.knowledge.web.KnowledgeLogView;
import dev.kakehashi.platform.People;
import dev.kakehashi.platform.Person;
import dev.kakehashi.platform.confluence.TemplateMacro;
import java.util.List;
import java.util.Map;

/**
 * The {@code knowledge-log} macro, the body of each blueprint's index page: the pages of one kind in this space (or
 * another, or every space with {@code space=*}) that the reader may view, newest first, with their departments,
 * date, summary and request, filterable by department; later pages come from the REST API.
 */
public class KnowledgeLogMacro extends TemplateMacro {
    static final String TEMPLATE = "templates/knowledge/log.vm";
    static final String ALL_SPACES = "*";

    private final KnowledgeService knowledge;
    private final KnowledgeLogView view;
    private final People people;

    public KnowledgeLogMacro(KnowledgeService knowledge, KnowledgeLogView view, People people,
                             TemplateRenderer renderer) {
        super(renderer);
        this.knowledge = knowledge;
        this.view = view;
        this.people = people;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        KnowledgeKind kind = KnowledgeKind.byKey(parameters.getOrDefault("kind", KnowledgeKind.RESULTS.key()))
                .orElse(KnowledgeKind.RESULTS);
        String space = parameters.getOrDefault("space", "").strip();
        if (space.isEmpty()) {
            space = context == null || context.getSpaceKey() == null ? ALL_SPACES : context.getSpaceKey();
        }
        String spaceFilter = ALL_SPACES.equals(space) ? null : space;
        String department = parameters.getOrDefault("department", "").strip();
        Map<String, Object> model = view.model(kind, department);
        KnowledgeQuery query = new KnowledgeQuery(kind, spaceFilter, view.isActiveDepartment(department)
                ? department : null, 0, size(parameters.get("size")));
        Person reader = people.currentUser().orElse(null);
        KnowledgeLog log = reader == null ? new KnowledgeLog(List.of(), 0) : knowledge.log(reader.key(), query);
        List<KnowledgeLogView.Row> rows = view.rows(log);
        model.put("rows", rows);
        model.put("empty", rows.isEmpty());
        model.put("anonymous", reader == null);
        model.put("next", Long.toString(log.next()));
        model.put("space", spaceFilter == null ? ALL_SPACES : spaceFilter);
        model.put("limit", Integer.toString(query.limit()));
        model.put("createUrl", reader == null || spaceFilter == null ? "" : view.createUrl(kind, spaceFilter));
        return render(TEMPLATE, model);
    }

    private static int size(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return KnowledgeQuery.DEFAULT_LIMIT;
        }
    }
}
