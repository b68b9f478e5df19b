package io.capokr.store;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.capokr.testing.Okr;
import net.java.ao.Entity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.schema.FieldNameConverter;
import org.junit.Test;

/**
 * The column-name constants on each entity are the columns AO makes of its getters, with the field-name
 * converter Jira's AO plugin uses: one constant per column, no constant for a column that does not exist.
 */
public class EntityColumnsTest {

    private final FieldNameConverter names = new AtlassianFieldNameConverter();

    @Test
    public void eachEntityNamesExactlyItsColumns() throws Exception {
        for (Class<?> entity : List.of(Okr.ENTITIES)) {
            // The entity's own getters, and AO's Entity#getID (the other RawEntity methods are not columns).
            Set<String> columns = Arrays.stream(entity.getMethods())
                    .filter(method -> method.getDeclaringClass() == entity || method.getDeclaringClass() == Entity.class)
                    .filter(method -> method.getName().startsWith("get") || method.getName().startsWith("is"))
                    .filter(method -> method.getParameterCount() == 0)
                    .map(this::column).collect(Collectors.toCollection(TreeSet::new));
            Set<String> constants = new TreeSet<>();
            for (Field field : entity.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    assertEquals(entity.getSimpleName() + "." + field.getName(), field.getName(), field.get(null));
                    constants.add((String) field.get(null));
                }
            }
            assertEquals(entity.getSimpleName(), columns, constants);
        }
    }

    private String column(Method getter) {
        return names.getName(getter);
    }
}
