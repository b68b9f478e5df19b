/*
 * Cap company page. The first paint is server-side (Velocity); this script adds the cycle picker and, for Jira
 * administrators, creating, editing and deleting company objectives through the REST API in AUI dialogs
 * (okr-common.js), then a reload so the server draws the new state. User data only ever reaches the page as text.
 */
(function () {
    'use strict';

    var call = CapOkr.call;
    var nullIfBlank = CapOkr.nullIfBlank;
    var FormDialog = CapOkr.FormDialog;

    function bind(root) {
        var cycleId = Number(root.getAttribute('data-cycle-id'));

        /* The exports of the cycle shown: plain links, so the browser downloads the file itself. */
        root.querySelectorAll('a[data-export]').forEach(function (link) {
            link.href = CapOkr.restUrl('/company/export/' + link.getAttribute('data-export') + '?cycleId=' + cycleId);
        });
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
                type: form.type.value
            };
            /* A blank owner is left out: the caller on create, the owner kept on an edit (a PUT cannot clear it). */
            if (nullIfBlank(form.ownerKey.value) !== null) {
                body.ownerKey = form.ownerKey.value;
            }
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
                        CapOkr.errorFlag(result);
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

    function ready() {
        var root = document.getElementById('capokr-company-page');
        if (!root) {
            return;
        }
        CapOkr.bindCyclePicker();
        if (window.AJS && AJS.dialog2) {
            bind(root);
            CapOkr.showPendingFlag();
        }
        root.setAttribute('data-capokr-ready', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
