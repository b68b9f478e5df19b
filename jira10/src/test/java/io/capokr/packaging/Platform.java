package io.capokr.packaging;

import java.util.regex.Pattern;

/** The two Jiras Cap ships a jar for: which jar, which namespace of the Jakarta/Java EE APIs, which export list. */
enum Platform {
    JIRA_11("capokr.jira11Jar", "jakarta", "javax", "exports/jira-11.txt"),
    JIRA_10_3("capokr.jira10Jar", "javax", "jakarta", "exports/jira-10.3.txt");

    /**
     * The EE APIs whose namespace differs between the two: a reference to one of these packages (or below),
     * dotted or slashed, as it appears in a class file's constant pool or in a manifest.
     */
    private static final String EE_APIS = "(ws[./]rs|inject|servlet|annotation)(?![\\w])";

    final String jarProperty;
    final String namespace;
    final String otherNamespace;
    final String exportList;

    Platform(String jarProperty, String namespace, String otherNamespace, String exportList) {
        this.jarProperty = jarProperty;
        this.namespace = namespace;
        this.otherNamespace = otherNamespace;
        this.exportList = exportList;
    }

    BundleJar openJar() throws java.io.IOException {
        return BundleJar.open(jarProperty);
    }

    Platform other() {
        return this == JIRA_11 ? JIRA_10_3 : JIRA_11;
    }

    /** Matches a reference to the EE APIs in this platform's namespace. */
    Pattern ownApis() {
        return Pattern.compile(Pattern.quote(namespace) + "[./]" + EE_APIS);
    }

    /** Matches a reference to the EE APIs in the namespace this platform does not have. */
    Pattern otherApis() {
        return Pattern.compile(Pattern.quote(otherNamespace) + "[./]" + EE_APIS);
    }
}
