/*
 * Closing into the next cycle, on the project page. The cycle bar's "Close cycle" button (Jira administrators)
 * opens a dialog listing every unfinished key result the administrator can see, grouped by project, each with
 * "carry over" (to the next cycle by default, or another open one), "drop" or "decide later"; confirming closes
 * the cycle and applies the decisions in one request. On a closed cycle, those who run a project's rituals see how
 * many of its unfinished key results await a decision, and decide in the same dialog. Everything is built with
 * DOM calls and textContent: titles and names never reach the page as HTML. Loaded before project-page.js, which
 * calls CapOkr.closeCycle.
 */
(function () {
    'use strict';

    var DIALOG_ID = 'capokr-carry-dialog';

    var element = CapOkr.element;

    function option(value, label, selected) {
        var node = element('option', null, label);
        node.value = value;
        node.selected = !!selected;
        return node;
    }

    /* The dialog's frame, made once: an AUI dialog2 around a form whose body is filled for each opening. */
    function section() {
        var existing = document.getElementById(DIALOG_ID);
        if (existing) {
            return existing;
        }
        var frame = element('section', 'aui-dialog2 aui-dialog2-xlarge aui-layer capokr-dialog capokr-carry-dialog');
        frame.id = DIALOG_ID;
        frame.setAttribute('role', 'dialog');
        frame.setAttribute('aria-modal', 'true');
        frame.setAttribute('aria-labelledby', DIALOG_ID + '-title');
        frame.hidden = true;

        var header = element('header', 'aui-dialog2-header');
        var title = element('h2', 'aui-dialog2-header-main');
        title.id = DIALOG_ID + '-title';
        header.appendChild(title);

        var content = element('div', 'aui-dialog2-content');
        content.appendChild(element('p', 'capokr-carry-intro'));
        var errors = element('div', 'capokr-form-errors');
        errors.setAttribute('role', 'alert');
        content.appendChild(errors);
        var form = element('form', 'aui capokr-carry-form');
        form.id = DIALOG_ID + '-form';
        form.noValidate = true;
        form.appendChild(element('div', 'capokr-carry-body'));
        content.appendChild(form);

        var footer = element('footer', 'aui-dialog2-footer');
        var actions = element('div', 'aui-dialog2-footer-actions');
        var hint = element('div', 'aui-dialog2-footer-hint capokr-carry-summary');
        hint.setAttribute('aria-live', 'polite');
        var submit = element('button', 'aui-button aui-button-primary capokr-submit');
        submit.type = 'submit';
        submit.id = DIALOG_ID + '-submit';
        submit.setAttribute('form', form.id);
        var cancel = element('button', 'aui-button aui-button-link capokr-cancel', AJS.I18n.getText('capokr.action.cancel'));
        cancel.type = 'button';
        actions.appendChild(submit);
        actions.appendChild(cancel);
        footer.appendChild(actions);
        footer.appendChild(hint);

        frame.appendChild(header);
        frame.appendChild(content);
        frame.appendChild(footer);
        document.body.appendChild(frame);
        return frame;
    }

    var state = null;
    var dialog = null;

    function formDialog() {
        if (!dialog) {
            section();
            dialog = new CapOkr.FormDialog(DIALOG_ID, submit);
        }
        return dialog;
    }

    /* The decisions the form holds, as the API takes them; "decide later" is simply left out. */
    function decisions() {
        var body = {carryOver: [], drop: []};
        Array.prototype.forEach.call(dialog.section.querySelectorAll('tr[data-key-result-id]'), function (row) {
            var id = Number(row.getAttribute('data-key-result-id'));
            var choice = row.querySelector('select[data-role="decision"]').value;
            if (choice === 'carry') {
                body.carryOver.push({keyResultId: id, toCycleId: Number(row.querySelector('select[data-role="target"]').value)});
            } else if (choice === 'drop') {
                body.drop.push(id);
            }
        });
        return body;
    }

    /* "2 to carry over, 1 to drop, 5 to decide later": what confirming will do, kept current as choices change. */
    function summarise() {
        var counts = {carry: 0, drop: 0, later: 0};
        Array.prototype.forEach.call(dialog.section.querySelectorAll('select[data-role="decision"]'), function (select) {
            counts[select.value] += 1;
        });
        dialog.section.querySelector('.capokr-carry-summary').textContent =
            counts.carry + counts.drop + counts.later === 0 ? ''
                : AJS.I18n.getText('capokr.carry.summary', counts.carry, counts.drop, counts.later);
    }

    function submit() {
        var body = decisions();
        var counts = [body.carryOver.length, body.drop.length];
        if (state.mode === 'close') {
            return CapOkr.call('POST', '/cycles/' + state.cycleId + '/close', body).then(CapOkr.withMessage(function (r) {
                return AJS.I18n.getText('capokr.carry.closed', r.json && r.json.name, counts[0], counts[1]);
            }));
        }
        return CapOkr.call('POST', '/cycles/' + state.cycleId + '/carry-over', body).then(CapOkr.withMessage(function () {
            return AJS.I18n.getText('capokr.carry.decided', counts[0], counts[1]);
        }));
    }

    /* One key result: its title and objective, progress, the decision and the cycle it would go to. */
    function row(item, list) {
        var tr = element('tr', 'capokr-carry-row');
        tr.setAttribute('data-key-result-id', String(item.id));

        var what = element('td', 'capokr-carry-what');
        what.appendChild(element('div', 'capokr-carry-kr', item.title));
        what.appendChild(element('div', 'capokr-muted', AJS.I18n.getText('capokr.carry.objective', item.objective.title)));
        tr.appendChild(what);
        tr.appendChild(element('td', 'capokr-carry-progress', CapOkr.percent(item.progress)));

        var canCarry = list.targets.length > 0;
        var defaultChoice = item.outcome === 'DROPPED' ? 'drop' : (list.nextCycle ? 'carry' : 'later');
        var decision = element('select', 'select capokr-carry-decision');
        decision.setAttribute('data-role', 'decision');
        decision.setAttribute('aria-label', AJS.I18n.getText('capokr.carry.column.decision') + ': ' + item.title);
        if (canCarry) {
            decision.appendChild(option('carry', AJS.I18n.getText('capokr.carry.choice.carry'), defaultChoice === 'carry'));
        }
        decision.appendChild(option('drop', AJS.I18n.getText('capokr.carry.choice.drop'), defaultChoice === 'drop'));
        decision.appendChild(option('later', AJS.I18n.getText('capokr.carry.choice.later'), defaultChoice === 'later'));
        var decisionCell = element('td');
        decisionCell.appendChild(decision);
        tr.appendChild(decisionCell);

        var targetCell = element('td');
        if (canCarry) {
            var target = element('select', 'select capokr-carry-target');
            target.setAttribute('data-role', 'target');
            target.setAttribute('aria-label', AJS.I18n.getText('capokr.carry.column.target') + ': ' + item.title);
            list.targets.forEach(function (cycle) {
                var isNext = list.nextCycle && cycle.id === list.nextCycle.id;
                target.appendChild(option(String(cycle.id),
                    isNext ? AJS.I18n.getText('capokr.carry.next', cycle.name) : cycle.name, isNext));
            });
            var follow = function () {
                target.disabled = decision.value !== 'carry';
            };
            decision.addEventListener('change', follow);
            decision.addEventListener('change', summarise);
            follow();
            targetCell.appendChild(target);
        } else {
            decision.addEventListener('change', summarise);
        }
        tr.appendChild(targetCell);
        return tr;
    }

    function table(items, list) {
        var grid = element('table', 'aui capokr-carry-table');
        var head = element('thead');
        var headRow = element('tr');
        [AJS.I18n.getText('capokr.carry.column.keyResult'), AJS.I18n.getText('capokr.carry.column.progress'),
            AJS.I18n.getText('capokr.carry.column.decision'), AJS.I18n.getText('capokr.carry.column.target')]
            .forEach(function (label) {
                var th = element('th', null, label);
                th.scope = 'col';
                headRow.appendChild(th);
            });
        head.appendChild(headRow);
        grid.appendChild(head);
        var body = element('tbody');
        items.forEach(function (item) {
            body.appendChild(row(item, list));
        });
        grid.appendChild(body);
        return grid;
    }

    /* The key results to decide, grouped by project (company objectives first, as the API orders them). */
    function render(list) {
        var body = dialog.section.querySelector('.capokr-carry-body');
        body.textContent = '';
        var items = list.keyResults.filter(function (item) {
            return item.canDecide && item.outcome !== 'CARRIED';
        });
        if (!items.length) {
            body.appendChild(element('p', 'capokr-muted capokr-carry-none', AJS.I18n.getText('capokr.carry.none')));
            return;
        }
        if (!list.nextCycle) {
            var warning = element('div', 'aui-message aui-message-warning capokr-carry-no-next');
            warning.appendChild(element('p', null, AJS.I18n.getText('capokr.carry.noNext')));
            body.appendChild(warning);
        }
        var groups = [];
        items.forEach(function (item) {
            var key = item.project ? item.project.key : '';
            var last = groups[groups.length - 1];
            if (!last || last.key !== key) {
                groups.push({key: key, project: item.project, items: []});
            }
            groups[groups.length - 1].items.push(item);
        });
        groups.forEach(function (group) {
            var heading = element('h3', 'capokr-carry-project', group.project
                ? group.project.name + ' (' + group.project.key + ')' : AJS.I18n.getText('capokr.carry.company'));
            var block = element('div', 'capokr-carry-group');
            block.setAttribute('data-project-key', group.key);
            block.appendChild(heading);
            block.appendChild(table(group.items, list));
            body.appendChild(block);
        });
    }

    /*
     * Opens the dialog: mode 'close' (an administrator closing the cycle: every project) or 'decide' (a closed
     * cycle: one project's key results). The list is read when the dialog opens, so it is current.
     */
    function open(mode, cycleId, cycleName, projectKey) {
        var d = formDialog();
        state = {mode: mode, cycleId: cycleId};
        d.open(mode === 'close' ? AJS.I18n.getText('capokr.carry.close.title', cycleName)
            : AJS.I18n.getText('capokr.carry.decide.title', cycleName));
        d.section.querySelector('.capokr-carry-intro').textContent = mode === 'close'
            ? AJS.I18n.getText('capokr.carry.close.intro') : AJS.I18n.getText('capokr.carry.decide.intro');
        d.submitButton.textContent = mode === 'close'
            ? AJS.I18n.getText('capokr.cycle.close') : AJS.I18n.getText('capokr.carry.decide.submit');
        var body = d.section.querySelector('.capokr-carry-body');
        body.textContent = '';
        body.appendChild(element('p', 'capokr-muted', AJS.I18n.getText('capokr.carry.loading')));
        d.section.querySelector('.capokr-carry-summary').textContent = '';
        d.submitButton.disabled = true;
        var path = '/cycles/' + cycleId + '/unfinished' + (projectKey ? '?projectKey=' + encodeURIComponent(projectKey) : '');
        CapOkr.call('GET', path).then(function (result) {
            if (!result.ok) {
                body.textContent = '';
                body.appendChild(element('div', 'aui-message aui-message-error', CapOkr.firstMessage(result)
                    || AJS.I18n.getText('capokr.carry.loadFailed')));
                return;
            }
            render(result.json);
            summarise();
            d.submitButton.disabled = false;
        });
    }

    /* On a closed cycle: how many of this project's unfinished key results await the reader's decision. */
    function showPending(root) {
        var closed = root.querySelector('.capokr-cycle-closed');
        var cycleId = root.getAttribute('data-cycle-id');
        var projectKey = root.getAttribute('data-project-key');
        if (!closed || !cycleId || !projectKey) {
            return;
        }
        CapOkr.call('GET', '/cycles/' + cycleId + '/unfinished?projectKey=' + encodeURIComponent(projectKey)).then(function (result) {
            if (!result.ok) {
                return;
            }
            var pending = result.json.keyResults.filter(function (item) {
                return item.canDecide && item.outcome === null;
            });
            if (!pending.length) {
                return;
            }
            var box = element('div', 'aui-message aui-message-warning capokr-carry-pending');
            var text = element('p', null, AJS.I18n.getText('capokr.carry.pending', pending.length) + ' ');
            var decide = element('button', 'aui-button', AJS.I18n.getText('capokr.carry.decide'));
            decide.type = 'button';
            decide.setAttribute('data-action', 'decide-carry-over');
            decide.addEventListener('click', function () {
                open('decide', cycleId, result.json.cycle.name, projectKey);
            });
            text.appendChild(decide);
            box.appendChild(text);
            closed.parentNode.insertBefore(box, closed.nextSibling);
        });
    }

    CapOkr.closeCycle = function (cycleId, cycleName) {
        open('close', cycleId, cycleName, null);
    };

    function ready() {
        var root = document.getElementById('capokr-project-page');
        if (root && window.AJS && AJS.dialog2) {
            showPending(root);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
