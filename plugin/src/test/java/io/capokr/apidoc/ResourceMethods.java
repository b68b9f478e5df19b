package io.capokr.apidoc;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

/**
 * The plugin's REST resource methods as JAX-RS itself reads them from the annotations, without swagger-core: the
 * other side of the OpenAPI completeness check, so that a mistake in the generator cannot hide a missing method.
 */
final class ResourceMethods {

    static final String REST_PACKAGE = "io.capokr.rest";

    private ResourceMethods() {
    }

    /** One resource method: its HTTP method, full path template, parameters and body type (null without one). */
    record Endpoint(Class<?> resource, Method method, String httpMethod, String path, List<String> pathParams,
                    List<String> queryParams, Class<?> body) {

        /** The key of its entry in operations.yaml: {@code CycleResource.list}. */
        String key() {
            return resource.getSimpleName() + "." + method.getName();
        }

        @Override
        public String toString() {
            return httpMethod + " " + path + " (" + key() + ")";
        }
    }

    /** Every root resource class of the REST package, by name. */
    static List<Class<?>> resources() {
        List<Class<?>> found = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importPackages(REST_PACKAGE)) {
            if (type.isAnnotatedWith(Path.class) && type.getPackageName().equals(REST_PACKAGE)) {
                found.add(type.reflect());
            }
        }
        found.sort(Comparator.comparing(Class::getSimpleName));
        return found;
    }

    /** Every resource method of every resource, in a stable order. */
    static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String root = resource.getAnnotation(Path.class).value();
            Method[] methods = resource.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    endpoints.add(endpoint(resource, root, method, httpMethod));
                }
            }
        }
        return endpoints;
    }

    private static Endpoint endpoint(Class<?> resource, String root, Method method, String httpMethod) {
        Path sub = method.getAnnotation(Path.class);
        String path = join(root, sub == null ? "" : sub.value());
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        Class<?> body = null;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                pathParams.add(parameter.getAnnotation(PathParam.class).value());
            } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                queryParams.add(parameter.getAnnotation(QueryParam.class).value());
            } else if (!parameter.isAnnotationPresent(Context.class)) {
                body = parameter.getType();
            }
        }
        return new Endpoint(resource, method, httpMethod, path, List.copyOf(pathParams), List.copyOf(queryParams), body);
    }

    /** Any JAX-RS verb, read from its {@link HttpMethod} meta-annotation, so a new verb cannot slip past. */
    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = "/" + strip(root) + (strip(sub).isEmpty() ? "" : "/" + strip(sub));
        return path.equals("/") ? path : path.replaceAll("/+$", "");
    }

    private static String strip(String segment) {
        return segment.replaceAll("^/+|/+$", "");
    }
}
