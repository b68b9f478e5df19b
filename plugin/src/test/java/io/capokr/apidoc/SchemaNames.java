package io.capokr.apidoc;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Names a schema after its record without the {@code Json} suffix, and a nested record after its outer one:
 * {@code ProjectOkrsJson.Row} is {@code ProjectOkrs.Row}. swagger-core's default, the bare simple name, gives the six
 * different nested {@code Row} records one schema between them. Remembers which class each name stands for, which
 * the generator needs to tell nullable properties from primitive ones.
 */
final class SchemaNames extends TypeNameResolver {

    private final Map<String, Class<?>> classes = new LinkedHashMap<>();

    @Override
    protected String getNameOfClass(Class<?> type) {
        if (!type.getPackageName().startsWith("io.capokr")) {
            return super.getNameOfClass(type);
        }
        String name = withoutSuffix(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name = withoutSuffix(outer.getSimpleName()) + "." + name;
        }
        Class<?> previous = classes.putIfAbsent(name, type);
        if (previous != null && previous != type) {
            throw new IllegalStateException("Two classes want the schema name " + name + ": " + previous + ", " + type);
        }
        return name;
    }

    /** The class a schema name was given to, or null for one that is not the plugin's. */
    Class<?> classOf(String schemaName) {
        return classes.get(schemaName);
    }

    private static String withoutSuffix(String simpleName) {
        return simpleName.endsWith("Json") && simpleName.length() > 4
                ? simpleName.substring(0, simpleName.length() - 4) : simpleName;
    }
}
