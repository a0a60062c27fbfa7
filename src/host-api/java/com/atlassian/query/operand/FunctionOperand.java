package com.atlassian.query.operand;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Host declaration (compile only): a JQL function call, e.g. kakehashiThanked("x"); public constructors usable in tests.
 * Mirrors jira-api (atlassian-query; public Jira source in the code index, com/atlassian/query/operand/FunctionOperand.java); used in Jira 11.3.1 by codescape/jira-scrum-poker ActiveScrumPokerSessionsJqlFunction.
 */
public class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name) {
        this(name, Collections.<String>emptyList());
    }

    public FunctionOperand(String name, String... args) {
        this(name, Arrays.asList(args));
    }

    public FunctionOperand(String name, Collection<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    @Override
    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }
}
