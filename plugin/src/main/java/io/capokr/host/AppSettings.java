package io.capokr.host;

import java.util.Optional;

/**
 * Where the app keeps its site-wide settings, shared by every node of a cluster (in Jira, SAL's plugin settings;
 * never node memory). Keys and values are plain text.
 */
public interface AppSettings {

    Optional<String> get(String key);

    /** Stores the value; a null value removes the key. */
    void put(String key, String value);
}
