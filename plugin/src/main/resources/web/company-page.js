/*
 * Cap company page. The first paint is server-side (Velocity); this script adds the cycle picker and, for Jira
 * administrators, creating, editing and deleting company objectives through the REST API in AUI dialogs, with the
 * REST answer's field errors shown inline, then a reload so the server draws the new state. The same patterns as
 * project-page.js. User data only ever reaches the page as text (textContent, form values, AJS.escapeHtml).
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

    /* A success message that survives the reload that follows it. */
    function reloadWith(message) {
        try {
            window.sessionStorage.setItem(FLAG_KEY, message);
        } catch (ignored) {
            // private browsing: the page reloads without the message
        }
        window.location.reload();
    }

    function showPendingFlag() {
        var message = null;
        try {
            message = window.sessionStorage.getItem(FLAG_KEY);
            window.sessionStorage.removeItem(FLAG_KEY);
        } catch (ignored) {
            message = null;
        }
        if (message) {
            AJS.flag({type: 'success', close: 'auto', body: AJS.escapeHtml(message)});
        }
    }

    function nullIfBlank(value) {
        return value === null || value === undefined || String(value).trim() === '' ? null : value;
    }

    function errorFlag(result) {
        AJS.flag({type: 'error', close: 'auto', body: AJS.escapeHtml(
            (result.json && result.json.errorMessages && result.json.errorMessages[0])
            || AJS.I18n.getText('capokr.error.unexpected', result.status))});
    }

    /* One AUI dialog around one form: opens, clears and shows errors, submits once at a time. */
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
        this.formErrors.textContent = '';
    };

    /* Field errors beside their fields; the rest (and any error of an unknown field) above the form. */
    FormDialog.prototype.showErrors = function (result) {
        var self = this;
        var json = result.json;
        var errors = (json && json.errors) || {};
        var messages = ((json && json.errorMessages) || []).slice();
        Object.keys(errors).forEach(function (field) {
            var slot = /^[A-Za-z]+$/.test(field) ? self.section.querySelector('.error[data-field="' + field + '"]') : null;
            if (slot) {
                slot.textContent = errors[field];
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

    /* A 409 (someone else saved first) closes the dialog and reloads the page, which then shows their version. */
    FormDialog.prototype.submit = function () {
        var self = this;
        this.clearErrors();
        this.submitButton.disabled = true;
        this.submitButton.setAttribute('aria-busy', 'true');
        this.onSubmit(this).then(function (result) {
            if (result.ok) {
                self.dialog.hide();
                reloadWith(result.message);
            } else if (result.status === 409) {
                self.dialog.hide();
                reloadWith(AJS.I18n.getText('capokr.error.stale.reload'));
            } else {
                self.showErrors(result);
            }
        }).then(function () {
            self.submitButton.disabled = false;
            self.submitButton.removeAttribute('aria-busy');
        });
    };

    function bind(root) {
        var cycleId = Number(root.getAttribute('data-cycle-id'));
        var current = {};

        function saved(result) {
            result.message = AJS.I18n.getText('capokr.objective.saved', result.json && result.json.title);
            return result;
        }

        /* Company objectives: no projectKey in the request, which the REST API reads as the company's. */
        var objectiveDialog = new FormDialog('capokr-objective-dialog', function (dialog) {
            var form = dialog.form.elements;
            var body = {
                title: form.title.value,
                description: form.description.value,
                type: form.type.value,
                ownerKey: nullIfBlank(form.ownerKey.value)
            };
            if (current.objective) {
                body.version = current.objective.version;
                body.parentId = current.objective.parentId === undefined ? null : current.objective.parentId;
                return call('PUT', '/objectives/' + current.objective.id, body).then(saved);
            }
            body.cycleId = cycleId;
            return call('POST', '/objectives', body).then(saved);
        });

        var deleteDialog = new FormDialog('capokr-delete-dialog', function () {
            return call('DELETE', '/objectives/' + current.deleteId).then(function (result) {
                result.message = AJS.I18n.getText('capokr.objective.deleted', current.deleteTitle);
                return result;
            });
        });

        function openObjective(objective) {
            current.objective = objective;
            var section = objectiveDialog.section;
            objectiveDialog.open(section.getAttribute(objective ? 'data-edit-title' : 'data-create-title'));
            if (objective) {
                var form = objectiveDialog.form.elements;
                form.title.value = objective.title;
                form.description.value = objective.description || '';
                form.type.value = objective.type;
                form.ownerKey.value = objective.ownerKey || '';
            }
        }

        root.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action]');
            if (!button || !root.contains(button) || button.disabled) {
                return;
            }
            var objective = button.closest('.capokr-company-objective');
            var id = objective && objective.getAttribute('data-objective-id');
            var action = button.getAttribute('data-action');
            if (action === 'edit-objective') {
                event.preventDefault();
                call('GET', '/objectives/' + id).then(function (result) {
                    if (result.ok && result.json) {
                        openObjective(result.json);
                    } else {
                        errorFlag(result);
                    }
                });
            } else if (action === 'delete-objective') {
                event.preventDefault();
                var title = objective.querySelector('.capokr-objective-title h2');
                current.deleteId = id;
                current.deleteTitle = title ? title.textContent : '';
                deleteDialog.open();
                deleteDialog.subject(current.deleteTitle);
            }
        });

        var create = document.getElementById('capokr-create-company-objective');
        if (create) {
            create.addEventListener('click', function () {
                openObjective(null);
            });
        }
    }

    function bindPicker() {
        var picker = document.getElementById('capokr-cycle-picker');
        if (picker) {
            picker.addEventListener('change', function () {
                var url = new URL(window.location.href);
                url.searchParams.set('cycle', picker.value);
                window.location.assign(url.toString());
            });
        }
    }

    function ready() {
        var root = document.getElementById('capokr-company-page');
        if (!root) {
            return;
        }
        bindPicker();
        if (window.AJS && AJS.dialog2) {
            bind(root);
            showPendingFlag();
        }
        root.setAttribute('data-capokr-ready', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
