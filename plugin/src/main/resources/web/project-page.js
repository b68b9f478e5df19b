/*
 * Cap project page. The first paint is server-side (Velocity); this script adds editing through the
 * REST API. User data only ever reaches the page as text (textContent, AJS.escapeHtml), never as HTML.
 */
(function () {
    'use strict';

    var REST = '/rest/capokr/1.0';

    function contextPath() {
        return (window.AJS && typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
    }

    /* Mutating calls are JSON with Jira's XSRF opt-in header, as Jira's own pages send them. */
    function postJson(path, body) {
        return fetch(contextPath() + REST + path, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-Atlassian-Token': 'no-check'
            },
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (ignored) {
                    json = null;
                }
                return {status: response.status, json: json};
            });
        });
    }

    function CycleDialog() {
        this.section = document.getElementById('capokr-cycle-dialog');
        this.form = document.getElementById('capokr-cycle-form');
        this.submit = document.getElementById('capokr-cycle-submit');
        this.formErrors = this.section.querySelector('.capokr-form-errors');
        this.dialog = AJS.dialog2(this.section);
        var self = this;
        document.getElementById('capokr-create-cycle').addEventListener('click', function () {
            self.open();
        });
        document.getElementById('capokr-cycle-cancel').addEventListener('click', function () {
            self.dialog.hide();
        });
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.save();
        });
    }

    CycleDialog.prototype.open = function () {
        this.form.reset();
        this.clearErrors();
        this.dialog.show();
        document.getElementById('capokr-cycle-name').focus();
    };

    CycleDialog.prototype.clearErrors = function () {
        this.section.querySelectorAll('.error[data-field]').forEach(function (element) {
            element.textContent = '';
        });
        this.formErrors.textContent = '';
    };

    CycleDialog.prototype.showErrors = function (json, status) {
        var self = this;
        var errors = (json && json.errors) || {};
        var messages = (json && json.errorMessages) || [];
        Object.keys(errors).forEach(function (field) {
            var slot = self.section.querySelector('.error[data-field="' + field.replace(/[^A-Za-z0-9_]/g, '') + '"]');
            if (slot) {
                slot.textContent = errors[field];
            } else {
                messages.push(errors[field]);
            }
        });
        if (!json) {
            messages.push(AJS.I18n.getText('capokr.error.unexpected', status));
        }
        messages.forEach(function (message) {
            var box = document.createElement('div');
            box.className = 'aui-message aui-message-error';
            box.textContent = message;
            self.formErrors.appendChild(box);
        });
    };

    CycleDialog.prototype.save = function () {
        var self = this;
        var body = {
            name: this.form.elements.name.value,
            startDate: this.form.elements.startDate.value,
            endDate: this.form.elements.endDate.value || null
        };
        this.clearErrors();
        this.submit.setAttribute('aria-disabled', 'true');
        this.submit.disabled = true;
        postJson('/cycles', body).then(function (result) {
            if (result.status === 201) {
                self.dialog.hide();
                AJS.flag({
                    type: 'success',
                    close: 'auto',
                    body: AJS.escapeHtml(AJS.I18n.getText('capokr.cycle.create.done', result.json.name))
                });
                window.location.reload();
                return;
            }
            self.showErrors(result.json, result.status);
        }, function () {
            self.showErrors(null, 'network');
        }).then(function () {
            self.submit.disabled = false;
            self.submit.removeAttribute('aria-disabled');
        });
    };

    function ready() {
        var page = document.getElementById('capokr-project-page');
        if (!page) {
            return;
        }
        if (document.getElementById('capokr-cycle-dialog') && window.AJS && AJS.dialog2) {
            new CycleDialog();
        }
        page.setAttribute('data-capokr-ready', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
