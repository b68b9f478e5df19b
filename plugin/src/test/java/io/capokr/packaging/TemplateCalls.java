package io.capokr.packaging;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Works out which Java methods a Velocity template calls, so they can be checked against the
 * allowlist. Templates declare their context types in header lines ({@code ## @context page a.b.View});
 * {@code #foreach} variables take the element type of the list they walk. A member access on an
 * undeclared variable is reported, because its calls could not be checked.
 */
final class TemplateCalls {

    private static final Pattern CONTEXT = Pattern.compile("^##\\s*@context\\s+(\\w+)\\s+([\\w.$]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern FOREACH = Pattern.compile("#\\{?foreach\\}?\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$!?\\{?(\\w+(?:\\.\\w+(?:\\([^()]*\\))?)*)\\}?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?([a-zA-Z]\\w*)((?:\\.[a-zA-Z]\\w*(?:\\([^()]*\\))?)+)");
    private static final Pattern SEGMENT = Pattern.compile("\\.([a-zA-Z]\\w*)(\\(([^()]*)\\))?");

    private final Map<String, Type> variables = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Method> calls = new ArrayList<>();

    static TemplateCalls of(String template, ClassLoader loader) throws ClassNotFoundException {
        TemplateCalls calls = new TemplateCalls();
        Matcher context = CONTEXT.matcher(template);
        while (context.find()) {
            calls.variables.put(context.group(1), Class.forName(context.group(2), false, loader));
        }
        String body = template.lines().filter(line -> !line.trim().startsWith("##")).collect(Collectors.joining("\n"));
        Matcher foreach = FOREACH.matcher(body);
        while (foreach.find()) {
            calls.resolve("$" + foreach.group(2)).ifPresent(type -> calls.variables.put(foreach.group(1), elementType(type)));
        }
        Matcher reference = REFERENCE.matcher(body);
        while (reference.find()) {
            calls.resolve(reference.group());
        }
        return calls;
    }

    List<Method> calls() {
        return calls;
    }

    List<String> problems() {
        return problems;
    }

    private Optional<Type> resolve(String reference) {
        Matcher head = REFERENCE.matcher(reference);
        if (!head.lookingAt()) {
            return Optional.empty();
        }
        Type type = variables.get(head.group(1));
        if (type == null) {
            problems.add("undeclared variable $" + head.group(1) + " in " + reference);
            return Optional.empty();
        }
        Matcher segment = SEGMENT.matcher(head.group(2));
        while (segment.find()) {
            Optional<Method> method = find(rawClass(type), segment.group(1), segment.group(2) != null, arity(segment.group(3)));
            if (method.isEmpty()) {
                problems.add("no method for ." + segment.group(1) + " on " + type.getTypeName() + " in " + reference);
                return Optional.empty();
            }
            calls.add(method.get());
            type = method.get().getGenericReturnType();
        }
        return Optional.of(type);
    }

    /** A property ({@code .name}) is Velocity's getName() or isName(); a call is the method by name and arity. */
    private static Optional<Method> find(Class<?> type, String name, boolean isCall, int arity) {
        List<String> candidates = isCall ? List.of(name)
                : List.of("get" + capitalize(name), "is" + capitalize(name));
        int wanted = isCall ? arity : 0;
        return Arrays.stream(type.getMethods())
                .filter(m -> candidates.contains(m.getName()) && m.getParameterCount() == wanted)
                .findFirst();
    }

    private static int arity(String arguments) {
        if (arguments == null || arguments.isBlank()) {
            return 0;
        }
        int depth = 0;
        int count = 1;
        boolean quoted = false;
        for (char c : arguments.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                count++;
            }
        }
        return count;
    }

    private static Type elementType(Type listType) {
        if (listType instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
