package dev.kakehashi.sandbox.selftest;

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
import dev.kakehashi.sandbox.jql.SandboxJqlFunctionDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * A JQL function of the self-test descriptor: each argument is an issue id (a number) or an issue key; an argument
 * starting with {@code !} is refused by {@code validate}. It remembers the last arguments and searcher it saw.
 */
public class FixtureJqlFunction implements JqlFunction {
    static volatile List<String> lastArgs = List.of();
    static volatile String lastSearcher;
    static volatile String lastClause;

    private String functionName = "";

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        functionName = ((SandboxJqlFunctionDescriptor) moduleDescriptor).functionName();
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        for (String arg : operand.getArgs()) {
            if (arg.startsWith("!")) {
                messages.addErrorMessage("Refused <" + arg + "> in " + operand.getName());
            }
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        lastArgs = operand.getArgs();
        lastSearcher = context.getApplicationUser() == null ? null : context.getApplicationUser().getUsername();
        lastClause = terminalClause.toString();
        List<QueryLiteral> literals = new ArrayList<>();
        for (String arg : operand.getArgs()) {
            literals.add(arg.matches("[0-9]+") ? new QueryLiteral(operand, Long.valueOf(arg))
                    : new QueryLiteral(operand, arg));
        }
        return literals;
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
        return functionName;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
