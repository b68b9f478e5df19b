package io.capokr.aokit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import net.java.ao.atlassian.TablePrefix;

/**
 * The table prefix Jira gives a plugin's AO tables: {@code AO_} + the last six hex digits of
 * md5(namespace), upper case, + {@code _}. Using the same prefix here means the sandbox and the
 * tests create exactly the table names a customer's Jira will, so the 30-character limit on
 * names bites here first.
 */
public final class JiraTablePrefix implements TablePrefix {

    private final String prefix;

    public JiraTablePrefix(String namespace) {
        this.prefix = "AO_" + lastSixHexOfMd5(namespace) + "_";
    }

    public String value() {
        return prefix;
    }

    @Override
    public String prepend(String tableName) {
        return prefix + tableName;
    }

    private static String lastSixHexOfMd5(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }
}
