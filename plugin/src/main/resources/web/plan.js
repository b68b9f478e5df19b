/*
 * The project's preparation (its plan for the cycle): the Edit button opens an AUI dialog where the priorities are
 * rows that can be added, removed, moved and given an owner; saving PUTs the whole list and reloads the page, which
 * draws the plan server-side. Rows are built with createElement and values, never HTML. Loaded before
 * project-page.js.
 */
(function () {
    'use strict';

    var MAX_PRIORITIES = 10;

    function iconButton(action, label, icon) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'aui-button aui-button-subtle capokr-icon-button';
        button.setAttribute('data-action', action);
        button.setAttribute('aria-label', label);
        button.title = label;
        var glyph = document.createElement('span');
        glyph.className = 'aui-icon aui-icon-small ' + icon;
        glyph.setAttribute('aria-hidden', 'true');
        button.appendChild(glyph);
        return button;
    }

    function input(name, label, value, className, maxLength) {
        var field = document.createElement('input');
        field.type = 'text';
        field.className = 'text ' + className;
        field.name = name;
        field.maxLength = maxLength;
        field.value = value || '';
        field.setAttribute('aria-label', label);
        field.placeholder = label;
        return field;
    }

    function errorSlot(part) {
        var slot = document.createElement('div');
        slot.className = 'error';
        slot.setAttribute('data-part', part);
        return slot;
    }

    function row(priority) {
        var item = document.createElement('li');
        item.className = 'capokr-plan-row';
        var fields = document.createElement('div');
        fields.className = 'capokr-plan-row-fields';
        var title = document.createElement('div');
        title.className = 'capokr-plan-row-title';
        title.appendChild(input('title', AJS.I18n.getText('capokr.plan.priority.title'), priority.title, 'long-field', 255));
        title.appendChild(errorSlot('title'));
        var owner = document.createElement('div');
        owner.className = 'capokr-plan-row-owner';
        owner.appendChild(input('ownerKey', AJS.I18n.getText('capokr.plan.priority.owner'),
            priority.owner ? priority.owner.key : '', 'medium-field', 255));
        owner.appendChild(errorSlot('ownerKey'));
        fields.appendChild(title);
        fields.appendChild(owner);
        var buttons = document.createElement('div');
        buttons.className = 'capokr-plan-row-buttons';
        buttons.appendChild(iconButton('priority-up', AJS.I18n.getText('capokr.action.moveUp'), 'aui-iconfont-arrow-up'));
        buttons.appendChild(iconButton('priority-down', AJS.I18n.getText('capokr.action.moveDown'), 'aui-iconfont-arrow-down'));
        buttons.appendChild(iconButton('priority-remove', AJS.I18n.getText('capokr.plan.remove'), 'aui-iconfont-trash'));
        item.appendChild(fields);
        item.appendChild(buttons);
        return item;
    }

    function PlanEditor(root) {
        this.projectKey = root.getAttribute('data-project-key');
        this.cycleId = Number(root.getAttribute('data-cycle-id'));
        this.version = 0;
        var self = this;
        this.dialog = new CapOkr.FormDialog('capokr-plan-dialog', function () {
            return CapOkr.call('PUT', '/projects/' + encodeURIComponent(self.projectKey) + '/plan', {
                cycleId: self.cycleId,
                version: self.version,
                priorities: self.values()
            }).then(CapOkr.withMessage(AJS.I18n.getText('capokr.plan.saved')));
        });
        if (!this.dialog.section) {
            return;
        }
        this.rows = this.dialog.section.querySelector('.capokr-plan-rows');
        this.addButton = this.dialog.section.querySelector('[data-action="add-priority"]');
        this.dialog.showErrors = function (result) {
            self.showErrors(result);
        };
        this.addButton.addEventListener('click', function () {
            self.add({});
        });
        this.rows.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action]');
            if (button) {
                self.act(button.getAttribute('data-action'), button.closest('.capokr-plan-row'));
            }
        });
        root.addEventListener('click', function (event) {
            if (event.target.closest('[data-action="edit-plan"]')) {
                self.open();
            }
        });
    }

    /* Opens on the plan as it now is, read again so the version sent back is the one the rows show. */
    PlanEditor.prototype.open = function () {
        var self = this;
        CapOkr.call('GET', '/projects/' + encodeURIComponent(this.projectKey) + '/plan?cycleId=' + this.cycleId)
            .then(function (result) {
                if (!result.ok) {
                    CapOkr.errorFlag(result);
                    return;
                }
                self.version = result.json.version;
                self.dialog.open();
                self.rows.textContent = '';
                var priorities = result.json.priorities.length ? result.json.priorities : [{}];
                priorities.forEach(function (priority) {
                    self.add(priority);
                });
                self.rows.querySelector('input').focus();
            });
    };

    PlanEditor.prototype.add = function (priority) {
        var item = row(priority);
        this.rows.appendChild(item);
        this.renumber();
        if (!priority.title) {
            item.querySelector('input').focus();
        }
    };

    PlanEditor.prototype.act = function (action, item) {
        if (action === 'priority-remove') {
            var next = item.nextElementSibling || item.previousElementSibling;
            item.remove();
            if (next) {
                next.querySelector('input').focus();
            } else {
                this.addButton.focus();
            }
        } else if (action === 'priority-up' && item.previousElementSibling) {
            this.rows.insertBefore(item, item.previousElementSibling);
            item.querySelector('[data-action="priority-up"]').focus();
        } else if (action === 'priority-down' && item.nextElementSibling) {
            this.rows.insertBefore(item.nextElementSibling, item);
            item.querySelector('[data-action="priority-down"]').focus();
        }
        this.renumber();
    };

    /* Row numbers, the first row's "up" and the last row's "down" disabled, and no more rows than the API takes. */
    PlanEditor.prototype.renumber = function () {
        var items = this.rows.querySelectorAll('.capokr-plan-row');
        items.forEach(function (item, index) {
            item.setAttribute('data-index', String(index));
            item.querySelector('[data-action="priority-up"]').disabled = index === 0;
            item.querySelector('[data-action="priority-down"]').disabled = index === items.length - 1;
            item.querySelectorAll('input').forEach(function (field) {
                field.setAttribute('aria-label', AJS.I18n.getText('capokr.plan.priority', index + 1) + ' '
                    + (field.name === 'title' ? AJS.I18n.getText('capokr.plan.priority.title')
                        : AJS.I18n.getText('capokr.plan.priority.owner')));
            });
        });
        this.addButton.disabled = items.length >= MAX_PRIORITIES;
    };

    /* The rows as the API takes them; a row left entirely blank is dropped rather than refused. */
    PlanEditor.prototype.values = function () {
        var values = [];
        this.rows.querySelectorAll('.capokr-plan-row').forEach(function (item) {
            var title = item.querySelector('input[name="title"]').value;
            var owner = item.querySelector('input[name="ownerKey"]').value;
            if (title.trim() !== '' || owner.trim() !== '') {
                values.push({title: title, ownerKey: CapOkr.nullIfBlank(owner)});
            }
        });
        return values;
    };

    /* "priorities[2].title" beside the third non-blank row's title; the rest as FormDialog shows them. */
    PlanEditor.prototype.showErrors = function (result) {
        var errors = (result.json && result.json.errors) || {};
        var filled = Array.prototype.filter.call(this.rows.querySelectorAll('.capokr-plan-row'), function (item) {
            return Array.prototype.some.call(item.querySelectorAll('input'), function (field) {
                return field.value.trim() !== '';
            });
        });
        var rest = {};
        Object.keys(errors).forEach(function (field) {
            var match = /^priorities\[(\d+)\]\.(title|ownerKey)$/.exec(field);
            var item = match ? filled[Number(match[1])] : null;
            if (item) {
                item.querySelector('.error[data-part="' + match[2] + '"]').textContent = errors[field];
            } else {
                rest[field] = errors[field];
            }
        });
        CapOkr.FormDialog.prototype.showErrors.call(this.dialog, {status: result.status,
            json: result.json ? {errorMessages: result.json.errorMessages || [], errors: rest} : null});
    };

    function ready() {
        var root = document.getElementById('capokr-project-page');
        if (root && window.AJS && AJS.dialog2 && document.getElementById('capokr-plan-dialog')) {
            var editor = new PlanEditor(root);
            var clear = editor.dialog.clearErrors;
            editor.dialog.clearErrors = function () {
                clear.call(editor.dialog);
                editor.rows.querySelectorAll('.error[data-part]').forEach(function (slot) {
                    slot.textContent = '';
                });
            };
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
