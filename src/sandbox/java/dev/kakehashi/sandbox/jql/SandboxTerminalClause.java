package dev.kakehashi.sandbox.jql;

import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

/**
 * The clause a JQL function is called from ({@code issue in fname(…)}): field, operator and operand. Jira's
 * accessors are not declared in the host API, so a function can only print it.
 */
public record SandboxTerminalClause(String field, String operator, FunctionOperand operand) implements TerminalClause {
    @Override
    public String toString() {
        StringBuilder jql = new StringBuilder(field).append(' ').append(operator).append(' ').append(operand.getName())
                .append('(');
        for (int i = 0; i < operand.getArgs().size(); i++) {
            jql.append(i == 0 ? "" : ", ").append('"')
                    .append(operand.getArgs().get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return jql.append(')').toString();
    }
}
