package io.capokr.jira;

import java.io.Serializable;
import java.util.Arrays;

import com.atlassian.sal.api.message.I18nResolver;
import io.capokr.host.Messages;

/** {@link Messages} from SAL's I18nResolver, which answers in the current user's language. */
public class SalMessages implements Messages {

    private final I18nResolver i18n;

    public SalMessages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return i18n.getText(key);
        }
        Serializable[] serializable = Arrays.stream(arguments)
                .map(argument -> argument instanceof Serializable s ? s : String.valueOf(argument))
                .toArray(Serializable[]::new);
        return i18n.getText(key, serializable);
    }
}
