package io.capokr.web;

import io.capokr.host.Messages;

/**
 * i18n for templates, as {@code $texts.get("key")}. Our own object rather than Jira's {@code $i18n}:
 * Jira 10+ lets a plugin allowlist only its own classes, and does not promise {@code $i18n} in a
 * web-panel's context, so this is the lookup we can count on.
 */
public final class I18nView {

    private final Messages messages;

    public I18nView(Messages messages) {
        this.messages = messages;
    }

    public String get(String key) {
        return messages.text(key);
    }
}
