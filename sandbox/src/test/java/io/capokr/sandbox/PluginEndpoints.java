package io.capokr.sandbox;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.capokr.sandbox.plugin.PluginClasses;
import io.capokr.sandbox.plugin.PluginDescriptor;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * Every resource method of the REST packages the plugin's descriptor names, found by reflection, so that the suites
 * walking the API (permission matrix, hostile bodies) cover an endpoint the day it is added.
 */
final class PluginEndpoints {

    /** One resource method: its HTTP verb, its path template ("/keyresults/{id}/checkins", no leading "/rest/..."). */
    record Endpoint(String verb, String path, Method method) {
    }

    private PluginEndpoints() {
    }

    static List<Endpoint> all() {
        ClassLoader loader = PluginEndpoints.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(loader);
        PluginClasses classes = new PluginClasses(descriptor.url(), loader);
        List<Endpoint> endpoints = new ArrayList<>();
        for (String name : descriptor.rest().packages()) {
            for (Class<?> type : classes.inPackage(name)) {
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        endpoints.add(new Endpoint(verb, join(root.value(), sub == null ? "" : sub.value()), method));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::verb));
        return endpoints;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    /** "/a/b" from "/a/" and "b/", whatever slashes each part carries. */
    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
