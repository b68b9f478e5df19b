/*
 * Cap's administration page: saves the settings through REST (field errors beside their fields, nothing saved on a
 * refusal) and runs "Reconcile now", showing what the run did. Dates come as ISO-8601 and are shown in the reader's
 * own time zone and language. User data only ever reaches the page as text.
 */
(function () {
    'use strict';

    function lang() {
        return document.documentElement.lang || undefined;
    }

    function showRun(run) {
        var table = document.getElementById('capokr-last-reconcile');
        if (!run) {
            return;
        }
        var when = table.querySelector('[data-run="startedAt"]');
        when.setAttribute('datetime', run.startedAt);
        when.textContent = new Date(run.startedAt).toLocaleString(lang());
        table.querySelector('[data-run="checked"]').textContent = String(run.checked);
        table.querySelector('[data-run="corrected"]').textContent = String(run.corrected);
        table.querySelector('[data-run="missing"]').textContent = String(run.missing);
        table.querySelector('[data-run="tookMillis"]').textContent = duration(run.tookMillis);
        table.hidden = false;
        document.getElementById('capokr-no-reconcile').hidden = true;
    }

    function duration(millis) {
        return millis < 1000 ? AJS.I18n.getText('capokr.admin.reconcile.millis', millis)
            : AJS.I18n.getText('capokr.admin.reconcile.seconds', (millis / 1000).toFixed(1));
    }

    function runMessage(run) {
        return AJS.I18n.getText('capokr.admin.reconcile.done', run.checked, run.corrected);
    }

    function clearErrors(form) {
        form.querySelectorAll('.error[data-field]').forEach(function (slot) {
            slot.textContent = '';
        });
    }

    /* Field errors beside their fields; anything else in a flag. */
    function showErrors(form, result) {
        var errors = (result.json && result.json.errors) || {};
        var unplaced = false;
        Object.keys(errors).forEach(function (field) {
            var slot = /^[A-Za-z]+$/.test(field) ? form.querySelector('.error[data-field="' + field + '"]') : null;
            if (slot) {
                slot.textContent = errors[field];
            } else {
                unplaced = true;
            }
        });
        if (unplaced || Object.keys(errors).length === 0) {
            CapOkr.errorFlag(result);
        }
    }

    function busy(button, on) {
        button.disabled = on;
        if (on) {
            button.setAttribute('aria-busy', 'true');
        } else {
            button.removeAttribute('aria-busy');
        }
    }

    function bindSettings(form) {
        var save = document.getElementById('capokr-admin-save');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            busy(save, true);
            CapOkr.call('PUT', '/admin/settings', {
                storyPointsField: form.storyPointsField.value || null,
                defaultCycleLength: CapOkr.numberOrNull(form.defaultCycleLength.value),
                weekStartsOn: form.weekStartsOn.value
            }).then(function (result) {
                if (result.ok) {
                    var message = AJS.I18n.getText('capokr.admin.saved');
                    if (result.json.refresh) {
                        showRun(result.json.refresh);
                        message += ' ' + runMessage(result.json.refresh);
                    }
                    AJS.flag({type: 'success', close: 'auto', body: AJS.escapeHtml(message)});
                } else {
                    showErrors(form, result);
                }
                busy(save, false);
            });
        });
    }

    function bindReconcile(button) {
        button.addEventListener('click', function () {
            busy(button, true);
            CapOkr.call('POST', '/admin/reconcile').then(function (result) {
                if (result.ok) {
                    showRun(result.json);
                    AJS.flag({type: 'success', close: 'auto', body: AJS.escapeHtml(runMessage(result.json))});
                } else {
                    CapOkr.errorFlag(result);
                }
                busy(button, false);
            });
        });
    }

    function init() {
        var form = document.getElementById('capokr-admin-settings');
        if (!form) {
            return;
        }
        var when = document.querySelector('#capokr-last-reconcile [data-run="startedAt"]');
        if (when && when.getAttribute('datetime')) {
            when.textContent = new Date(when.getAttribute('datetime')).toLocaleString(lang());
            var took = document.querySelector('#capokr-last-reconcile [data-run="tookMillis"]');
            took.textContent = duration(Number(took.getAttribute('data-millis')));
        }
        bindSettings(form);
        bindReconcile(document.getElementById('capokr-reconcile-now'));
        document.getElementById('capokr-admin-page').setAttribute('data-capokr-ready', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
