/*
 * What Cap's pages share: JSON calls to Cap's REST API, AUI dialogs around forms with the API's field errors shown
 * beside their fields, a success message that survives the reload after an edit, and the cycle picker. Loaded
 * before each page's own script, as window.CapOkr. User data only ever reaches the page as text.
 */
(function () {
    'use strict';

    var REST = '/rest/capokr/1.0';
    var FLAG_KEY = 'capokrPendingFlag';

    function contextPath() {
        return (window.AJS && typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
    }

    /* Every call is JSON; mutating ones carry Jira's XSRF opt-in header, as Jira's own pages send them. */
    function call(method, path, body) {
        var headers = {'Accept': 'application/json'};
        if (method !== 'GET') {
            headers['Content-Type'] = 'application/json';
            headers['X-Atlassian-Token'] = 'no-check';
        }
        return fetch(contextPath() + REST + path, {
            method: method,
            credentials: 'same-origin',
            headers: headers,
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (raw) {
                var json = null;
                try {
                    json = raw ? JSON.parse(raw) : null;
                } catch (ignored) {
                    json = null;
                }
                return {status: response.status, ok: response.ok, json: json};
            });
        }, function () {
            return {status: 'network', ok: false, json: null};
        });
    }

    /*
     * A message that survives the reload that follows it; {@code url}: open that page instead of reloading;
     * {@code type}: the flag's, 'success' unless said ('warning' when the page reloads because of a conflict).
     */
    function reloadWith(message, url, type) {
        try {
            if (message) {
                window.sessionStorage.setItem(FLAG_KEY, JSON.stringify({message: message, type: type || 'success'}));
            }
        } catch (ignored) {
            // private browsing: the page reloads without the message
        }
        if (url) {
            window.location.assign(url);
        } else {
            window.location.reload();
        }
    }

    function showPendingFlag() {
        var pending = null;
        try {
            pending = JSON.parse(window.sessionStorage.getItem(FLAG_KEY));
            window.sessionStorage.removeItem(FLAG_KEY);
        } catch (ignored) {
            pending = null;
        }
        if (pending && pending.message) {
            AJS.flag({type: pending.type === 'warning' ? 'warning' : 'success', close: 'auto',
                body: AJS.escapeHtml(String(pending.message))});
        }
    }

    /*
     * The page reloads because of a conflict: {@code message} says why (the cycle moved on), and a stale version, or
     * no reason at all, reads "someone else changed this; the page now shows their version".
     */
    function reloadWithWarning(message) {
        reloadWith(!message || message === AJS.I18n.getText('capokr.error.stale')
            ? AJS.I18n.getText('capokr.error.stale.reload') : message, null, 'warning');
    }

    function numberOrNull(value) {
        if (value === null || value === undefined || String(value).trim() === '') {
            return null;
        }
        var number = Number(value);
        return isNaN(number) ? value : number;
    }

    function nullIfBlank(value) {
        return value === null || value === undefined || String(value).trim() === '' ? null : value;
    }

    /* The first of a refused call's errorMessages, if it has any. */
    function firstMessage(result) {
        return result.json && result.json.errorMessages && result.json.errorMessages[0];
    }

    /* A refused call outside any dialog: the API's message, or a generic one, in an AUI flag. */
    function errorFlag(result) {
        AJS.flag({type: 'error', close: 'auto', body: AJS.escapeHtml(
            firstMessage(result) || AJS.I18n.getText('capokr.error.unexpected', result.status))});
    }

    /* Progress 0..1 as the pages write it: "62%". */
    function percent(progress) {
        return Math.round(progress * 100) + '%';
    }

    /* The AUI lozenge and label of each health, and the lozenge of each grade band, as the server-side pages draw them. */
    var HEALTH = {
        ON_TRACK: {css: 'aui-lozenge-success', label: AJS.I18n.getText('capokr.health.on_track')},
        AT_RISK: {css: 'aui-lozenge-moved', label: AJS.I18n.getText('capokr.health.at_risk')},
        OFF_TRACK: {css: 'aui-lozenge-removed', label: AJS.I18n.getText('capokr.health.off_track')},
        NOT_STARTED: {css: 'aui-lozenge-default', label: AJS.I18n.getText('capokr.health.not_started')}
    };
    var BAND_LOZENGE = {GREEN: 'aui-lozenge-success', YELLOW: 'aui-lozenge-moved', RED: 'aui-lozenge-removed'};

    /* The result of a call, with the message to show after the reload should it succeed. */
    function withMessage(message) {
        return function (result) {
            result.message = typeof message === 'function' ? message(result) : message;
            return result;
        };
    }

    /*
     * One AUI dialog around one form: opens, clears and shows errors, submits once at a time. A 409 (someone
     * else saved first) closes it and reloads the page, which then shows their version.
     */
    function FormDialog(sectionId, onSubmit) {
        this.section = document.getElementById(sectionId);
        if (!this.section) {
            return;
        }
        this.form = this.section.querySelector('form');
        this.submitButton = this.section.querySelector('.capokr-submit');
        this.formErrors = this.section.querySelector('.capokr-form-errors');
        this.dialog = AJS.dialog2(this.section);
        this.onSubmit = onSubmit;
        var self = this;
        this.section.querySelector('.capokr-cancel').addEventListener('click', function () {
            self.dialog.hide();
        });
        var submit = function (event) {
            event.preventDefault();
            self.submit();
        };
        if (this.form) {
            this.form.addEventListener('submit', submit);
        } else {
            this.submitButton.addEventListener('click', submit);
        }
    }

    FormDialog.prototype.open = function (title) {
        if (this.form) {
            this.form.reset();
        }
        this.clearErrors();
        if (title) {
            this.section.querySelector('.aui-dialog2-header-main').textContent = title;
        }
        this.dialog.show();
        var first = this.section.querySelector('input:not([type=hidden]), textarea, select, .capokr-submit');
        if (first) {
            first.focus();
        }
    };

    FormDialog.prototype.subject = function (value) {
        var slot = this.section.querySelector('.capokr-dialog-subject');
        if (slot) {
            slot.textContent = value || '';
        }
    };

    FormDialog.prototype.clearErrors = function () {
        this.section.querySelectorAll('.error[data-field]').forEach(function (element) {
            element.textContent = '';
        });
        this.section.querySelectorAll('.capokr-key-errors').forEach(function (list) {
            list.textContent = '';
        });
        this.formErrors.textContent = '';
    };

    /*
     * Field errors beside their fields; errors named by issue key in the dialog's key list, if it has one; the
     * rest (and any error of an unknown field) above the form.
     */
    FormDialog.prototype.showErrors = function (result) {
        var self = this;
        var json = result.json;
        var errors = (json && json.errors) || {};
        var messages = ((json && json.errorMessages) || []).slice();
        var keyErrors = this.section.querySelector('.capokr-key-errors');
        Object.keys(errors).forEach(function (field) {
            var slot = /^[A-Za-z]+$/.test(field) ? self.section.querySelector('.error[data-field="' + field + '"]') : null;
            if (slot) {
                slot.textContent = errors[field];
            } else if (keyErrors) {
                var item = document.createElement('li');
                item.textContent = errors[field];
                item.setAttribute('data-issue-key', field);
                keyErrors.appendChild(item);
            } else {
                messages.push(errors[field]);
            }
        });
        if (!json) {
            messages.push(AJS.I18n.getText('capokr.error.unexpected', result.status));
        }
        messages.forEach(function (message) {
            var box = document.createElement('div');
            box.className = 'aui-message aui-message-error';
            box.textContent = message;
            self.formErrors.appendChild(box);
        });
    };

    FormDialog.prototype.submit = function () {
        var self = this;
        this.clearErrors();
        this.submitButton.disabled = true;
        this.submitButton.setAttribute('aria-busy', 'true');
        this.onSubmit(this).then(function (result) {
            if (result.ok) {
                self.dialog.hide();
                reloadWith(result.message, result.goTo);
            } else if (result.status === 409) {
                // Someone saved first, or the thing has moved on (a closed cycle): show it as it now is, and why.
                self.dialog.hide();
                var reason = firstMessage(result);
                reloadWithWarning(reason);
            } else {
                self.showErrors(result);
            }
        }).then(function () {
            self.submitButton.disabled = false;
            self.submitButton.removeAttribute('aria-busy');
        });
    };

    /* The cycle picker: choosing a cycle opens the same page on it, with the rest of the address kept. */
    function bindCyclePicker() {
        var picker = document.getElementById('capokr-cycle-picker');
        if (picker) {
            picker.addEventListener('change', function () {
                var url = new URL(window.location.href);
                url.searchParams.set('cycle', picker.value);
                window.location.assign(url.toString());
            });
        }
    }

    /*
     * The project page's views (Objectives, This week, Reviews): one panel shown at a time, chosen by the URL's
     * #fragment so a view can be linked to and survives the reload that follows an edit. A ritual's script
     * registers with onView(name, render); render(panel) runs once, the first time its panel is shown, and fills
     * it from REST.
     */
    var viewRenderers = {};
    var renderedViews = {};
    var viewRoot = null;

    function shownViewName() {
        var name = window.location.hash.replace(/^#/, '');
        return viewRoot && viewRoot.querySelector('[data-view-panel="' + CSS.escape(name) + '"]') ? name : 'objectives';
    }

    function renderIfShown(name) {
        var panel = viewRoot && viewRoot.querySelector('[data-view-panel="' + CSS.escape(name) + '"]');
        if (panel && !panel.hidden && viewRenderers[name] && !renderedViews[name]) {
            renderedViews[name] = true;
            viewRenderers[name](panel);
        }
    }

    function showView() {
        var name = shownViewName();
        Array.prototype.forEach.call(viewRoot.querySelectorAll('[data-view-panel]'), function (panel) {
            panel.hidden = panel.getAttribute('data-view-panel') !== name;
        });
        Array.prototype.forEach.call(viewRoot.querySelectorAll('.capokr-views [data-view]'), function (link) {
            var selected = link.getAttribute('data-view') === name;
            link.parentNode.classList.toggle('aui-nav-selected', selected);
            if (selected) {
                link.setAttribute('aria-current', 'page');
            } else {
                link.removeAttribute('aria-current');
            }
        });
        renderIfShown(name);
    }

    function bindViews(root) {
        if (!root.querySelector('[data-view-panel]')) {
            return;
        }
        viewRoot = root;
        window.addEventListener('hashchange', showView);
        showView();
    }

    function onView(name, render) {
        viewRenderers[name] = render;
        renderIfShown(name);
    }

    /* An element with a class and text: user data goes in as text, never as HTML. */
    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    /* The address of a GET under Cap's REST API, for a link such as a CSV download. */
    function restUrl(path) {
        return contextPath() + REST + path;
    }

    window.CapOkr = {
        call: call,
        restUrl: restUrl,
        reloadWith: reloadWith,
        reloadWithWarning: reloadWithWarning,
        showPendingFlag: showPendingFlag,
        numberOrNull: numberOrNull,
        nullIfBlank: nullIfBlank,
        errorFlag: errorFlag,
        withMessage: withMessage,
        FormDialog: FormDialog,
        bindCyclePicker: bindCyclePicker,
        bindViews: bindViews,
        onView: onView,
        element: element,
        firstMessage: firstMessage,
        percent: percent,
        HEALTH: HEALTH,
        BAND_LOZENGE: BAND_LOZENGE
    };
}());
