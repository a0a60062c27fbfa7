package dev.kakehashi.collaboration.jira;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.admin.DepartmentService;
import dev.kakehashi.collaboration.CollaborationService;
import dev.kakehashi.collaboration.SearchTerms;
import dev.kakehashi.platform.Problem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * JQL {@code issue in collaborationRequests("from=営業", "to=開発", "step>=3", "due<=2026-12-31")}: the issues whose
 * request matches every term (several {@code kind=} terms: any of the kinds; see {@link SearchTerms}); terms no request
 * can match together are an error from {@link #validate}, so Jira shows it instead of an empty result. It returns issue ids from one indexed query; Jira then keeps
 * out the issues the searcher may not browse, as for any clause. At most 10,000 issues.
 */
public class CollaborationRequestsFunction implements JqlFunction {
    static final String NAME = "collaborationRequests";

    private final CollaborationService requests;
    private final DepartmentService departments;
    private final I18nResolver i18n;

    public CollaborationRequestsFunction(CollaborationService requests, DepartmentService departments,
                                         I18nResolver i18n) {
        this.requests = requests;
        this.departments = departments;
        this.i18n = i18n;
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        // nothing to read from the descriptor
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        for (Problem problem : parse(operand).problems()) {
            messages.addErrorMessage(i18n.getText(problem.messageKey(),
                    problem.arguments().toArray(new Serializable[0])));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        SearchTerms.Parsed parsed = parse(operand);
        if (!parsed.ok()) {
            return List.of();
        }
        return requests.search(parsed.search()).stream().map(id -> new QueryLiteral(operand, id)).toList();
    }

    private SearchTerms.Parsed parse(FunctionOperand operand) {
        return SearchTerms.parse(operand.getArgs(), departments.allNames(), LocalDate.now());
    }

    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    public String getFunctionName() {
        return NAME;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
