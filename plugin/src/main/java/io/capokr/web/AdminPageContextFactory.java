package io.capokr.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.capokr.host.Messages;
import io.capokr.okr.NumberField;
import io.capokr.service.Administration;
import io.capokr.service.ServiceException;
import io.capokr.service.SettingsService;

/**
 * Builds the Velocity context of Cap's administration page: {@code $page} (an {@link AdminPageView}) and
 * {@code $texts}. Jira's servlet and the sandbox both render {@link #TEMPLATE} with it. Whoever is not a Jira
 * administrator gets a page that says so and nothing of the settings ({@link AdminPageView#isRefused()}).
 */
public class AdminPageContextFactory {

    public static final String PAGE = "page";
    public static final String TEXTS = "texts";
    /** The page's template, rendered inside the host's administration decorator. */
    public static final String TEMPLATE = "templates/admin-page.vm";

    private final SettingsService settings;
    private final Messages messages;

    public AdminPageContextFactory(SettingsService settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    public Map<String, Object> contextFor() {
        Map<String, Object> context = new HashMap<>();
        context.put(PAGE, view());
        context.put(TEXTS, new I18nView(messages));
        return context;
    }

    private AdminPageView view() {
        try {
            Administration administration = settings.read();
            return AdminPageView.of(administration, fields(administration), days(administration.settings().weekStartsOn()),
                    defaultFieldLabel(administration));
        } catch (ServiceException refusal) {
            return AdminPageView.refused(messages.text(refusal.messageKey(), refusal.arguments().toArray()));
        }
    }

    private static List<OptionView> fields(Administration administration) {
        String chosen = administration.settings().storyPointsFieldId();
        return administration.numberFields().stream()
                .map(field -> new OptionView(field.id(), label(field), field.id().equals(chosen)))
                .toList();
    }

    private List<OptionView> days(DayOfWeek chosen) {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new OptionView(day.name(), messages.text("capokr.day." + day.name()), day == chosen))
                .toList();
    }

    /** The first option's label: what "default" means on this site. */
    private String defaultFieldLabel(Administration administration) {
        return administration.defaultStoryPointsField()
                .map(field -> messages.text("capokr.admin.storyPoints.default", label(field)))
                .orElseGet(() -> messages.text("capokr.admin.storyPoints.defaultNone"));
    }

    /** "Story Points (customfield_10002)": names are not unique, so the id tells two fields of one name apart. */
    private static String label(NumberField field) {
        return field.name() + " (" + field.id() + ")";
    }
}
