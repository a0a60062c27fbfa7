package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * Host declaration (compile only): one value produced by a JQL function (issue ids as Long); the source must be the FunctionOperand.
 * Mirrors jira-api (public Jira source in the code index, com/atlassian/jira/jql/operand/QueryLiteral.java); (Operand, Long) used in Jira 11.3.1 by codescape/jira-scrum-poker.
 */
public class QueryLiteral {
    private final Operand sourceOperand;
    private final Long longValue;
    private final String stringValue;

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
        this.stringValue = null;
    }

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = null;
        this.stringValue = stringValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }

    public Long getLongValue() {
        return longValue;
    }

    public String getStringValue() {
        return stringValue;
    }
}
