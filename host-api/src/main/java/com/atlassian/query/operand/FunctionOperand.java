// Source: docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/query/operand/package-summary.html (FunctionOperand is a class) ; github.com/turgaycelik/mysource (atlassian-query's FunctionOperand: constructors (String, String...) and (String, Collection<String>), getName(), getArgs())
package com.atlassian.query.operand;

import java.util.Arrays;
import java.util.List;

/** Compile-only mirror of atlassian-query's FunctionOperand (members Cap uses only); it keeps its name and arguments. */
public class FunctionOperand implements Operand {

    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, String... args) {
        this.name = name;
        this.args = List.copyOf(Arrays.asList(args));
    }

    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }
}
