/*
 * Cap project page. The first paint is server-side (Velocity); this script adds editing through the REST API:
 * AUI dialogs (okr-common.js) with the REST answer's field errors shown inline, then a reload so the server draws
 * the new state.
 * User data only ever reaches the page as text (textContent, form values, AJS.escapeHtml), never as HTML.
 */
(function () {
    'use strict';

    var call = CapOkr.call;
    var reloadWith = CapOkr.reloadWith;
    var numberOrNull = CapOkr.numberOrNull;
    var nullIfBlank = CapOkr.nullIfBlank;
    var withMessage = CapOkr.withMessage;
    var FormDialog = CapOkr.FormDialog;

    function CyclePage(root) {
        this.root = root;
        this.projectKey = root.getAttribute('data-project-key');
        this.cycleId = Number(root.getAttribute('data-cycle-id'));
    }

    CyclePage.prototype.objectiveIds = function () {
        return Array.prototype.map.call(this.root.querySelectorAll('.capokr-objective'), function (element) {
            return Number(element.getAttribute('data-objective-id'));
        });
    };

    /* The ids of a list with one item moved one place up (-1) or down (+1). */
    function moved(ids, id, step) {
        var order = ids.slice();
        var at = order.indexOf(id);
        var to = at + step;
        if (at < 0 || to < 0 || to >= order.length) {
            return null;
        }
        order[at] = order[to];
        order[to] = id;
        return order;
    }

    function titleOf(element, selector) {
        var title = element.querySelector(selector);
        return title ? title.textContent : '';
    }

    function bind(root) {
        var page = new CyclePage(root);
        var current = {};

        /* The exports of the cycle shown: plain links, so the browser downloads the file itself. */
        root.querySelectorAll('a[data-export]').forEach(function (link) {
            link.href = CapOkr.restUrl('/projects/' + encodeURIComponent(page.projectKey) + '/export/'
                + link.getAttribute('data-export') + '?cycleId=' + page.cycleId);
        });

        var objectiveDialog = new FormDialog('capokr-objective-dialog', function (dialog) {
            var form = dialog.form.elements;
            var body = {
                title: form.title.value,
                description: form.description.value,
                type: form.type.value,
                parentId: numberOrNull(form.parentId.value)
            };
            /* A blank owner is left out: the caller on create, the owner kept on an edit (a PUT cannot clear it). */
            if (nullIfBlank(form.ownerKey.value) !== null) {
                body.ownerKey = form.ownerKey.value;
            }
            if (current.objective) {
                body.version = current.objective.version;
                return call('PUT', '/objectives/' + current.objective.id, body)
                    .then(withMessage(function (r) { return AJS.I18n.getText('capokr.objective.saved', r.json && r.json.title); }));
            }
            body.cycleId = page.cycleId;
            body.projectKey = page.projectKey;
            return call('POST', '/objectives', body)
                .then(withMessage(function (r) { return AJS.I18n.getText('capokr.objective.saved', r.json && r.json.title); }));
        });

        var keyResultDialog = new FormDialog('capokr-key-result-dialog', function (dialog) {
            var form = dialog.form.elements;
            var measure = form.measure.value;
            var body = {title: form.title.value, measure: measure, weight: numberOrNull(form.weight.value)};
            if (nullIfBlank(form.ownerKey.value) !== null) {
                body.ownerKey = form.ownerKey.value;
            }
            if (measure === 'METRIC') {
                body.start = numberOrNull(form.start.value);
                body.target = numberOrNull(form.target.value);
                body.current = numberOrNull(form.current.value);
                body.unit = form.unit.value;
                body.direction = form.direction.value;
            } else if (measure === 'MILESTONE') {
                body.done = form.done.checked;
            } else {
                body.weighting = form.weighting.value;
            }
            var saved = withMessage(function (r) { return AJS.I18n.getText('capokr.keyResult.saved', r.json && r.json.title); });
            if (current.keyResult) {
                body.version = current.keyResult.version;
                return call('PUT', '/keyresults/' + current.keyResult.id, body).then(saved);
            }
            return call('POST', '/objectives/' + current.objectiveId + '/keyresults', body).then(saved);
        });

        function showMeasureFields() {
            if (!keyResultDialog.section) {
                return;
            }
            var measure = keyResultDialog.form.elements.measure.value;
            keyResultDialog.section.querySelectorAll('.capokr-measure-fields').forEach(function (fieldset) {
                fieldset.hidden = fieldset.getAttribute('data-measure') !== measure;
            });
        }

        if (keyResultDialog.section) {
            keyResultDialog.form.elements.measure.addEventListener('change', showMeasureFields);
        }

        var checkInDialog = new FormDialog('capokr-check-in-dialog', function (dialog) {
            var form = dialog.form.elements;
            var body = {confidence: form.confidence.value, note: form.note.value, blocker: form.blocker.checked};
            if (current.measure === 'METRIC') {
                body.value = numberOrNull(form.value.value);
            }
            return call('POST', '/keyresults/' + current.keyResultId + '/checkins', body)
                .then(withMessage(AJS.I18n.getText('capokr.checkIn.saved')));
        });

        var linkDialog = new FormDialog('capokr-link-dialog', function (dialog) {
            var form = dialog.form.elements;
            var keys = form.issueKeys.value.split(/[\s,;]+/).filter(function (key) {
                return key.length > 0;
            });
            return call('POST', '/keyresults/' + current.keyResultId + '/issues',
                {issueKeys: keys, contributes: form.contributes.checked})
                .then(withMessage(function (r) { return AJS.I18n.getText('capokr.initiatives.linked', r.json ? r.json.linked : 0); }));
        });

        var deleteDialog = new FormDialog('capokr-delete-dialog', function () {
            return call('DELETE', current.deletePath).then(withMessage(current.deletedMessage));
        });

        function openDelete(kind, path, title) {
            var section = deleteDialog.section;
            current.deletePath = path;
            current.deletedMessage = kind === 'objective' ? AJS.I18n.getText('capokr.objective.deleted', title)
                : AJS.I18n.getText('capokr.keyResult.deleted', title);
            document.getElementById('capokr-delete-dialog-text').textContent =
                section.getAttribute(kind === 'objective' ? 'data-objective-text' : 'data-key-result-text');
            deleteDialog.open(section.getAttribute(kind === 'objective' ? 'data-objective-title' : 'data-key-result-title'));
            deleteDialog.subject(title);
        }

        /* Reads the item fresh, so the dialog edits its current values and version. */
        function load(path, then) {
            call('GET', path).then(function (result) {
                if (result.ok && result.json) {
                    then(result.json);
                } else {
                    CapOkr.errorFlag(result);
                }
            });
        }

        function openObjective(objective) {
            current.objective = objective;
            var section = objectiveDialog.section;
            objectiveDialog.open(section.getAttribute(objective ? 'data-edit-title' : 'data-create-title'));
            if (objective) {
                var form = objectiveDialog.form.elements;
                form.title.value = objective.title;
                form.description.value = objective.description || '';
                form.type.value = objective.type;
                form.parentId.value = objective.parentId === null || objective.parentId === undefined ? '' : String(objective.parentId);
                form.ownerKey.value = objective.ownerKey || '';
            }
        }

        function openKeyResult(objectiveId, keyResult) {
            current.objectiveId = objectiveId;
            current.keyResult = keyResult;
            var section = keyResultDialog.section;
            keyResultDialog.open(section.getAttribute(keyResult ? 'data-edit-title' : 'data-create-title'));
            var form = keyResultDialog.form.elements;
            if (keyResult) {
                form.title.value = keyResult.title;
                form.measure.value = keyResult.measure;
                form.start.value = keyResult.start === undefined ? '' : keyResult.start;
                form.target.value = keyResult.target === undefined ? '' : keyResult.target;
                form.current.value = keyResult.current === undefined ? '' : keyResult.current;
                form.unit.value = keyResult.unit || '';
                form.direction.value = keyResult.direction || 'INCREASE';
                form.done.checked = keyResult.done === true;
                form.weighting.value = keyResult.weighting || 'COUNT';
                form.weight.value = keyResult.weight;
                form.ownerKey.value = keyResult.ownerKey || '';
            }
            showMeasureFields();
        }

        function reorder(path, body) {
            call('PUT', path, body).then(function (result) {
                if (result.ok) {
                    window.location.reload();
                } else if (result.status === 409 || result.status === 400) {
                    // The order read is out of date (or the cycle moved on): the reason, else "someone else changed it".
                    CapOkr.reloadWithWarning(result.status === 409 ? CapOkr.firstMessage(result) : null);
                } else {
                    CapOkr.errorFlag(result);
                }
            });
        }

        var actions = {
            'add-key-result': function (objective) {
                openKeyResult(Number(objective.getAttribute('data-objective-id')), null);
            },
            'edit-objective': function (objective) {
                load('/objectives/' + objective.getAttribute('data-objective-id'), openObjective);
            },
            'delete-objective': function (objective) {
                openDelete('objective', '/objectives/' + objective.getAttribute('data-objective-id'),
                    titleOf(objective, '.capokr-objective-title h2'));
            },
            'move-objective-up': function (objective) {
                var order = moved(page.objectiveIds(), Number(objective.getAttribute('data-objective-id')), -1);
                if (order) {
                    reorder('/objectives/order', {cycleId: page.cycleId, projectKey: page.projectKey, ids: order});
                }
            },
            'move-objective-down': function (objective) {
                var order = moved(page.objectiveIds(), Number(objective.getAttribute('data-objective-id')), 1);
                if (order) {
                    reorder('/objectives/order', {cycleId: page.cycleId, projectKey: page.projectKey, ids: order});
                }
            },
            'check-in': function (objective, keyResult) {
                current.keyResultId = keyResult.getAttribute('data-key-result-id');
                current.measure = keyResult.getAttribute('data-measure');
                checkInDialog.section.querySelector('.capokr-metric-only').hidden = current.measure !== 'METRIC';
                checkInDialog.open();
                checkInDialog.subject(titleOf(keyResult, '.capokr-kr-name'));
            },
            'link-issues': function (objective, keyResult) {
                current.keyResultId = keyResult.getAttribute('data-key-result-id');
                linkDialog.open();
                linkDialog.subject(titleOf(keyResult, '.capokr-kr-name'));
            },
            'unlink-issue': function (objective, keyResult, button) {
                var key = button.getAttribute('data-issue-key');
                call('POST', '/keyresults/' + keyResult.getAttribute('data-key-result-id') + '/issues/unlink',
                    {issueKeys: [key]}).then(function (result) {
                    if (result.ok) {
                        reloadWith(AJS.I18n.getText('capokr.initiatives.unlinked', key));
                    } else {
                        CapOkr.errorFlag(result);
                    }
                });
            },
            'edit-key-result': function (objective, keyResult) {
                load('/keyresults/' + keyResult.getAttribute('data-key-result-id'), function (json) {
                    openKeyResult(json.objectiveId, json);
                });
            },
            'delete-key-result': function (objective, keyResult) {
                openDelete('keyResult', '/keyresults/' + keyResult.getAttribute('data-key-result-id'),
                    titleOf(keyResult, '.capokr-kr-name'));
            },
            'move-key-result-up': function (objective, keyResult) {
                moveKeyResult(objective, keyResult, -1);
            },
            'move-key-result-down': function (objective, keyResult) {
                moveKeyResult(objective, keyResult, 1);
            }
        };

        function moveKeyResult(objective, keyResult, step) {
            var ids = Array.prototype.map.call(objective.querySelectorAll('.capokr-key-result'), function (row) {
                return Number(row.getAttribute('data-key-result-id'));
            });
            var order = moved(ids, Number(keyResult.getAttribute('data-key-result-id')), step);
            if (order) {
                reorder('/objectives/' + objective.getAttribute('data-objective-id') + '/keyresults/order', {ids: order});
            }
        }

        root.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action]');
            if (!button || !root.contains(button) || button.disabled) {
                return;
            }
            var action = actions[button.getAttribute('data-action')];
            if (action) {
                event.preventDefault();
                action(button.closest('.capokr-objective'), button.closest('.capokr-key-result'), button);
            }
        });

        var create = document.getElementById('capokr-create-objective');
        if (create) {
            create.addEventListener('click', function () {
                openObjective(null);
            });
        }
    }

    /*
     * Cycles, for Jira administrators: create one, edit the one shown (name and dates, with the version read),
     * start it, close it or delete it after confirming. Each ends in a reload, and a 409 (a stale version, or a
     * state that no longer allows it) in a reload that shows the cycle as it now is, with the reason.
     */
    function bindCycles(root) {
        var current = {};
        var bar = root.querySelector('.capokr-cycle-actions');
        var cycleDialog = new FormDialog('capokr-cycle-dialog', function (dialog) {
            var form = dialog.form.elements;
            var body = {name: form.name.value, startDate: form.startDate.value, endDate: form.endDate.value || null};
            var done = withMessage(function (r) { return AJS.I18n.getText('capokr.cycle.saved', r.json && r.json.name); });
            if (current.editing) {
                body.version = Number(bar.getAttribute('data-cycle-version'));
                return call('PUT', '/cycles/' + bar.getAttribute('data-cycle-id'), body).then(done);
            }
            return call('POST', '/cycles', body).then(done);
        });

        function openCycle(editing) {
            current.editing = editing;
            var title = cycleDialog.section.querySelector('.aui-dialog2-header-main');
            var submit = cycleDialog.submitButton;
            cycleDialog.open(title.getAttribute(editing ? 'data-edit-title' : 'data-create-title'));
            submit.textContent = submit.getAttribute(editing ? 'data-edit-label' : 'data-create-label');
            if (editing) {
                var form = cycleDialog.form.elements;
                form.name.value = bar.getAttribute('data-cycle-name');
                form.startDate.value = bar.getAttribute('data-cycle-start');
                form.endDate.value = bar.getAttribute('data-cycle-end');
            }
        }

        var confirmDialog = new FormDialog('capokr-confirm-dialog', function () {
            return current.confirmed();
        });

        /* A warning dialog whose texts the button that asked for it carries. */
        function confirm(button, action) {
            current.confirmed = action;
            confirmDialog.submitButton.textContent = button.getAttribute('data-confirm-button');
            document.getElementById('capokr-confirm-dialog-text').textContent = button.getAttribute('data-confirm-text');
            confirmDialog.open(button.getAttribute('data-confirm-title'));
            confirmDialog.subject(bar.getAttribute('data-cycle-name'));
        }

        function transition(verb) {
            return call('POST', '/cycles/' + bar.getAttribute('data-cycle-id') + '/' + verb).then(withMessage(function (r) {
                return verb === 'start' ? AJS.I18n.getText('capokr.cycle.started', r.json && r.json.name)
                    : AJS.I18n.getText('capokr.cycle.closed', r.json && r.json.name);
            }));
        }

        var create = document.getElementById('capokr-create-cycle');
        if (create) {
            create.addEventListener('click', function () {
                openCycle(false);
            });
        }
        if (!bar) {
            return;
        }
        bar.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action]');
            if (!button || button.disabled) {
                return;
            }
            var action = button.getAttribute('data-action');
            if (action === 'edit-cycle') {
                openCycle(true);
            } else if (action === 'start-cycle') {
                button.disabled = true;
                transition('start').then(function (result) {
                    if (result.ok) {
                        reloadWith(result.message);
                    } else if (result.status === 409) {
                        CapOkr.reloadWithWarning(CapOkr.firstMessage(result));
                    } else {
                        button.disabled = false;
                        CapOkr.errorFlag(result);
                    }
                });
            } else if (action === 'close-cycle') {
                // The close dialog of carry-over.js asks what becomes of the unfinished key results.
                if (CapOkr.closeCycle) {
                    CapOkr.closeCycle(bar.getAttribute('data-cycle-id'), bar.getAttribute('data-cycle-name'));
                } else {
                    confirm(button, function () {
                        return transition('close');
                    });
                }
            } else if (action === 'delete-cycle') {
                confirm(button, function () {
                    return call('DELETE', '/cycles/' + bar.getAttribute('data-cycle-id')).then(function (result) {
                        // The cycle is gone: open the page on its default cycle instead.
                        var url = new URL(window.location.href);
                        url.searchParams.delete('cycle');
                        result.goTo = url.toString();
                        result.message = AJS.I18n.getText('capokr.cycle.deleted', bar.getAttribute('data-cycle-name'));
                        return result;
                    });
                });
            }
        });
    }

    function ready() {
        var root = document.getElementById('capokr-project-page');
        if (!root) {
            return;
        }
        CapOkr.bindCyclePicker();
        CapOkr.bindViews(root);
        if (window.AJS && AJS.dialog2) {
            bindCycles(root);
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
