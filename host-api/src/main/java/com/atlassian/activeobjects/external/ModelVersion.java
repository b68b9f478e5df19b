// Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html (final class, Comparable<ModelVersion>; valueOf(String) with null meaning 0; isOlderThan, isNewerThan, isSame, compareTo, toString)
package com.atlassian.activeobjects.external;

/**
 * Compile-only mirror of the Active Objects plugin's model version: a whole number, "0" before any upgrade task
 * ran. Inside Jira the real class is used. Unlike most declarations here it carries a working body, because the
 * tests and the sandbox run upgrade tasks outside Jira; it behaves as the public source documents.
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.parseInt(version));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
