/*
 * The project page's "Reviews and grades" view, drawn from REST the first time it is shown: the mid-cycle review
 * (what works, what to change, and per key result an adjustment of its target or title), the grades (a table per
 * objective with the suggested grade, the grade chosen and the reason, the objective's grade and its miss), and the
 * end-of-cycle review with its learnings. Forms appear only to those who may write, while the window is open; the
 * rest read. User data only ever reaches the page as text.
 */
(function () {
    'use strict';

    var GRADES = ['0.0', '0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9', '1.0'];
    var BAND_LOZENGE = CapOkr.BAND_LOZENGE;

    var el = CapOkr.element;

    function grade(value) {
        return Number(value).toFixed(1);
    }

    var percent = CapOkr.percent;

    function message(type, text) {
        var box = el('div', 'aui-message aui-message-' + type);
        box.appendChild(el('p', null, text));
        return box;
    }

    function firstError(result) {
        var json = result.json || {};
        var fields = json.errors || {};
        var keys = Object.keys(fields);
        if (keys.length) {
            return fields[keys[0]];
        }
        return CapOkr.firstMessage(result) || AJS.I18n.getText('capokr.error.unexpected', result.status);
    }

    /* Field errors beside their fields (a [data-field] slot inside {@code scope}); the rest in its error box. */
    function showErrors(scope, result) {
        scope.querySelectorAll('.error[data-field]').forEach(function (slot) {
            slot.textContent = '';
        });
        var box = scope.querySelector('.capokr-form-errors');
        box.textContent = '';
        var json = result.json || {};
        var fields = json.errors || {};
        var rest = (json.errorMessages || []).slice();
        Object.keys(fields).forEach(function (field) {
            var slot = /^[A-Za-z]+$/.test(field) ? scope.querySelector('.error[data-field="' + field + '"]') : null;
            if (slot) {
                slot.textContent = fields[field];
            } else {
                rest.push(fields[field]);
            }
        });
        if (!result.json) {
            rest.push(AJS.I18n.getText('capokr.error.unexpected', result.status));
        }
        rest.forEach(function (text) {
            box.appendChild(message('error', text));
        });
    }

    /* A refused save: a 409 means someone saved first or the window closed, so reload to show what is now true. */
    function refused(scope, result) {
        if (result.status === 409) {
            CapOkr.reloadWithWarning(firstError(result));
        } else {
            showErrors(scope, result);
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

    /*
     * Why a window is closed, in words, or null when it is open. {@code texts} holds one function per reason, each
     * calling AJS.I18n.getText with a literal key (Jira's jsI18n transformer only replaces literal keys).
     */
    function windowNotice(window, texts) {
        if (window.open) {
            return null;
        }
        var text = texts[window.closedReason];
        return text ? text(window.opensOn) : null;
    }

    function fieldGroup(id, label, control, field) {
        var group = el('div', 'field-group');
        var labelElement = el('label', null, label);
        labelElement.setAttribute('for', id);
        control.id = id;
        group.appendChild(labelElement);
        group.appendChild(control);
        var error = el('div', 'error');
        error.setAttribute('data-field', field);
        group.appendChild(error);
        return group;
    }

    function textarea(name, value) {
        var area = el('textarea', 'textarea long-field');
        area.name = name;
        area.rows = 4;
        area.value = value || '';
        return area;
    }

    function readOnlyText(label, text) {
        var block = el('div', 'capokr-review-text');
        block.appendChild(el('h4', null, label));
        block.appendChild(el('p', text ? 'capokr-review-prose' : 'capokr-muted', text || AJS.I18n.getText('capokr.review.notWritten')));
        return block;
    }

    /*
     * Who last saved the review's text. Not shown while it has none: the first mid-cycle adjustment opens an empty
     * review, saved by nobody (and reviews opened so before this version still name the adjuster).
     */
    function savedBy(review) {
        if (!review || !review.updatedAt || !(review.whatWorked || review.whatToChange || review.learnings)) {
            return null;
        }
        return el('p', 'capokr-muted capokr-review-saved-by', AJS.I18n.getText('capokr.review.savedBy',
            review.updatedByName || review.updatedBy, review.updatedAt.substring(0, 10)));
    }

    /* One review: a form for those who may write while it is open, its text for everyone else. */
    function reviewBlock(context, entry, fields) {
        var block = el('div', 'capokr-review-body');
        var review = entry.review;
        var by = savedBy(review);
        if (by) {
            block.appendChild(by);
        }
        if (!(context.canEdit && entry.window.open)) {
            fields.forEach(function (field) {
                block.appendChild(readOnlyText(field.label, review && review[field.name]));
            });
            return block;
        }
        var form = el('form', 'aui capokr-review-form');
        form.setAttribute('data-kind', entry.kind);
        form.noValidate = true;
        form.appendChild(el('div', 'capokr-form-errors'));
        fields.forEach(function (field) {
            form.appendChild(fieldGroup('capokr-review-' + entry.kind + '-' + field.name, field.label,
                textarea(field.name, review && review[field.name]), field.name));
        });
        var buttons = el('div', 'buttons-container');
        var save = el('button', 'aui-button aui-button-primary capokr-review-save', AJS.I18n.getText('capokr.review.save'));
        save.type = 'submit';
        buttons.appendChild(save);
        form.appendChild(buttons);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = {cycleId: context.cycleId, version: review ? review.version : null};
            fields.forEach(function (field) {
                body[field.name] = form.elements[field.name].value;
            });
            busy(save, true);
            CapOkr.call('PUT', '/projects/' + encodeURIComponent(context.projectKey) + '/reviews/' + entry.kind, body)
                .then(function (result) {
                    busy(save, false);
                    if (result.ok) {
                        CapOkr.reloadWith(AJS.I18n.getText('capokr.review.saved'));
                    } else {
                        refused(form, result);
                    }
                });
        });
        block.appendChild(form);
        return block;
    }

    function adjustmentLine(adjustment) {
        var what = adjustment.field === 'TARGET'
            ? AJS.I18n.getText('capokr.review.adjusted.target', adjustment.oldValue, adjustment.newValue)
            : AJS.I18n.getText('capokr.review.adjusted.title', adjustment.oldValue);
        var item = el('li', 'capokr-adjustment');
        item.setAttribute('data-field', adjustment.field);
        item.appendChild(el('span', 'capokr-adjustment-change', what));
        item.appendChild(document.createTextNode(' '));
        item.appendChild(el('span', 'capokr-muted', AJS.I18n.getText('capokr.review.adjusted.by',
            adjustment.byName || adjustment.by, adjustment.day)));
        return item;
    }

    function nowLabel(kr) {
        if (kr.measure !== 'METRIC') {
            return AJS.I18n.getText('capokr.review.adjust.noTarget');
        }
        return AJS.I18n.getText('capokr.review.adjust.current', String(kr.target) + (kr.unit ? ' ' + kr.unit : ''));
    }

    /* The inline form that adjusts one key result: a new target (metrics) or a new title, one at a time. */
    function adjustForm(context, kr, row) {
        var cell = el('td', 'capokr-adjust-cell');
        cell.colSpan = 4;
        var form = el('form', 'aui capokr-adjust-form');
        form.noValidate = true;
        form.appendChild(el('p', 'capokr-muted', AJS.I18n.getText('capokr.review.adjust.help')));
        form.appendChild(el('div', 'capokr-form-errors'));
        var target = null;
        if (kr.measure === 'METRIC') {
            target = el('input', 'text medium-field');
            target.type = 'number';
            target.step = 'any';
            target.name = 'target';
            target.placeholder = String(kr.target);
            form.appendChild(fieldGroup('capokr-adjust-target-' + kr.id, AJS.I18n.getText('capokr.review.adjust.newTarget'),
                target, 'target'));
        }
        var title = el('input', 'text long-field');
        title.type = 'text';
        title.name = 'title';
        title.maxLength = 255;
        title.placeholder = kr.title;
        form.appendChild(fieldGroup('capokr-adjust-title-' + kr.id, AJS.I18n.getText('capokr.review.adjust.newTitle'),
            title, 'title'));
        var buttons = el('div', 'buttons-container');
        var save = el('button', 'aui-button aui-button-primary capokr-adjust-save', AJS.I18n.getText('capokr.review.adjust.submit'));
        save.type = 'submit';
        var cancel = el('button', 'aui-button aui-button-link', AJS.I18n.getText('capokr.action.cancel'));
        cancel.type = 'button';
        buttons.appendChild(save);
        buttons.appendChild(cancel);
        form.appendChild(buttons);
        cell.appendChild(form);
        row.appendChild(cell);
        cancel.addEventListener('click', function () {
            row.hidden = true;
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = {keyResultId: kr.id, version: kr.version};
            if (target && target.value.trim() !== '') {
                body.target = CapOkr.numberOrNull(target.value);
            }
            if (title.value.trim() !== '') {
                body.title = title.value;
            }
            busy(save, true);
            CapOkr.call('POST', '/projects/' + encodeURIComponent(context.projectKey) + '/reviews/MID_CYCLE/adjustments', body)
                .then(function (result) {
                    busy(save, false);
                    if (result.ok) {
                        CapOkr.reloadWith(AJS.I18n.getText('capokr.review.adjust.done'));
                    } else {
                        refused(form, result);
                    }
                });
        });
        return title;
    }

    function adjustmentsTable(context, synthesis, entry) {
        var writable = context.canEdit && entry.window.open;
        var adjustments = (entry.review && entry.review.adjustments) || [];
        var section = el('div', 'capokr-adjustments');
        section.appendChild(el('h3', null, AJS.I18n.getText('capokr.review.adjust.title')));
        var table = el('table', 'aui capokr-adjust-table');
        var head = el('thead');
        var headRow = el('tr');
        [AJS.I18n.getText('capokr.review.col.keyResult'), AJS.I18n.getText('capokr.review.col.now'),
            AJS.I18n.getText('capokr.review.col.adjustments')].forEach(function (text) {
            var th = el('th', null, text);
            th.scope = 'col';
            headRow.appendChild(th);
        });
        var actions = el('th');
        actions.appendChild(el('span', 'assistive', AJS.I18n.getText('capokr.keyResult.actions')));
        headRow.appendChild(actions);
        head.appendChild(headRow);
        table.appendChild(head);
        var body = el('tbody');
        synthesis.objectives.forEach(function (objective) {
            objective.keyResults.forEach(function (kr) {
                var row = el('tr', 'capokr-adjust-row');
                row.setAttribute('data-key-result-id', kr.id);
                var name = el('td');
                name.appendChild(el('div', 'capokr-kr-name', kr.title));
                name.appendChild(el('div', 'capokr-muted', objective.title));
                row.appendChild(name);
                row.appendChild(el('td', 'capokr-adjust-now', nowLabel(kr)));
                var history = el('td');
                var own = adjustments.filter(function (a) {
                    return a.keyResultId === kr.id;
                });
                if (own.length) {
                    var list = el('ul', 'capokr-adjustment-list');
                    own.forEach(function (a) {
                        list.appendChild(adjustmentLine(a));
                    });
                    history.appendChild(list);
                } else {
                    history.appendChild(el('span', 'capokr-muted', AJS.I18n.getText('capokr.review.adjustments.none')));
                }
                row.appendChild(history);
                var action = el('td', 'capokr-adjust-action');
                body.appendChild(row);
                if (writable) {
                    var formRow = el('tr', 'capokr-adjust-form-row');
                    formRow.hidden = true;
                    var button = el('button', 'aui-button', AJS.I18n.getText('capokr.review.adjust'));
                    button.type = 'button';
                    button.setAttribute('data-action', 'adjust-key-result');
                    button.setAttribute('aria-label', AJS.I18n.getText('capokr.review.adjust') + ' ' + kr.title);
                    action.appendChild(button);
                    var focus = adjustForm(context, kr, formRow);
                    button.addEventListener('click', function () {
                        formRow.hidden = !formRow.hidden;
                        if (!formRow.hidden) {
                            (formRow.querySelector('input[name="target"]') || focus).focus();
                        }
                    });
                    row.appendChild(action);
                    body.appendChild(formRow);
                } else {
                    row.appendChild(action);
                }
            });
        });
        table.appendChild(body);
        section.appendChild(table);
        return section;
    }

    function lozenge(text, className) {
        return el('span', 'aui-lozenge ' + (className || ''), text);
    }

    /* One key result's row in the grading table; editable for those who may grade while grading is open. */
    function gradeRow(context, kr, writable) {
        var row = el('tr', 'capokr-grade-row');
        row.setAttribute('data-key-result-id', kr.id);
        var name = el('td');
        name.appendChild(el('div', 'capokr-kr-name', kr.title));
        name.appendChild(el('div', 'capokr-muted', kr.ownerName || kr.ownerKey));
        row.appendChild(name);
        row.appendChild(el('td', 'capokr-grade-progress', percent(kr.progress)));
        row.appendChild(el('td', 'capokr-grade-suggested', grade(kr.suggestedGrade)));
        var gradeCell = el('td', 'capokr-grade-cell');
        var reasonCell = el('td', 'capokr-grade-reason');
        row.appendChild(gradeCell);
        row.appendChild(reasonCell);
        var shown = kr.grade === null || kr.grade === undefined ? kr.suggestedGrade : kr.grade;
        if (!writable) {
            gradeCell.appendChild(lozenge(grade(shown), BAND_LOZENGE[kr.band]));
            if (kr.grade === null || kr.grade === undefined) {
                gradeCell.appendChild(el('div', 'capokr-muted', AJS.I18n.getText('capokr.grade.notGraded')));
            }
            reasonCell.textContent = kr.reason || '';
            return row;
        }
        var form = el('form', 'aui capokr-grade-form');
        form.noValidate = true;
        var select = el('select', 'select capokr-grade-select');
        select.name = 'grade';
        select.setAttribute('aria-label', AJS.I18n.getText('capokr.grade.col.grade') + ' ' + kr.title);
        GRADES.forEach(function (value) {
            var option = el('option', null, value);
            option.value = value;
            select.appendChild(option);
        });
        select.value = grade(shown);
        var band = lozenge(grade(shown), BAND_LOZENGE[kr.band]);
        band.classList.add('capokr-grade-band');
        form.appendChild(select);
        form.appendChild(document.createTextNode(' '));
        form.appendChild(band);
        if (kr.grade === null || kr.grade === undefined) {
            form.appendChild(el('div', 'capokr-muted capokr-not-graded', AJS.I18n.getText('capokr.grade.notGraded')));
        }
        var gradeError = el('div', 'error');
        gradeError.setAttribute('data-field', 'grade');
        form.appendChild(gradeError);
        gradeCell.appendChild(form);

        var reason = el('textarea', 'textarea capokr-grade-reason-input');
        reason.name = 'reason';
        reason.rows = 2;
        reason.maxLength = 450;
        reason.value = kr.reason || '';
        reason.setAttribute('aria-label', AJS.I18n.getText('capokr.grade.reason.label') + ' ' + kr.title);
        reason.placeholder = AJS.I18n.getText('capokr.grade.reason.label');
        var reasonError = el('div', 'error');
        reasonError.setAttribute('data-field', 'reason');
        reasonCell.appendChild(reason);
        reasonCell.appendChild(reasonError);
        var errors = el('div', 'capokr-form-errors');
        reasonCell.appendChild(errors);
        var save = el('button', 'aui-button capokr-grade-save', AJS.I18n.getText('capokr.grade.save'));
        save.type = 'button';
        reasonCell.appendChild(save);

        /* The reason is asked for only when the grade differs from the suggested one. */
        function follow() {
            var differs = select.value !== grade(kr.suggestedGrade);
            reason.hidden = !differs && !reason.value;
            var value = Number(select.value);
            band.textContent = select.value;
            band.className = 'aui-lozenge capokr-grade-band ' + BAND_LOZENGE[value >= 0.7 ? 'GREEN' : value >= 0.4 ? 'YELLOW' : 'RED'];
        }
        select.addEventListener('change', follow);
        follow();
        save.addEventListener('click', function () {
            busy(save, true);
            CapOkr.call('PUT', '/keyresults/' + kr.id + '/grade', {
                grade: Number(select.value),
                reason: reason.hidden ? null : CapOkr.nullIfBlank(reason.value),
                version: kr.version
            }).then(function (result) {
                busy(save, false);
                if (result.ok) {
                    CapOkr.reloadWith(AJS.I18n.getText('capokr.grade.saved'));
                } else {
                    refused(row, result);
                }
            });
        });
        return row;
    }

    function gradesSection(context, synthesis, reviews) {
        var section = el('section', 'capokr-ritual capokr-grading');
        section.setAttribute('aria-labelledby', 'capokr-grading-title');
        var title = el('h2', null, AJS.I18n.getText('capokr.grade.title'));
        title.id = 'capokr-grading-title';
        section.appendChild(title);
        section.appendChild(el('p', 'capokr-muted', AJS.I18n.getText('capokr.grade.intro')));
        var notice = windowNotice(reviews.grading, {
            NOT_YET: function (date) {
                return AJS.I18n.getText('capokr.grade.error.notYet', date);
            },
            PLANNING: function (date) {
                return AJS.I18n.getText('capokr.grade.planning', date);
            }
        });
        if (notice) {
            section.appendChild(message('info', notice));
        } else if (!synthesis.canGrade) {
            section.appendChild(message('info', AJS.I18n.getText('capokr.review.readOnly')));
        }
        var writable = synthesis.canGrade && reviews.grading.open;
        if (!reviews.grading.open) {
            // Before grading opens, grades and misses would only alarm: progress is on the Objectives view.
            return section;
        }
        if (!synthesis.objectives.length) {
            section.appendChild(el('p', 'capokr-muted', AJS.I18n.getText('capokr.grade.noObjectives')));
        }
        synthesis.objectives.forEach(function (objective) {
            var block = el('div', 'capokr-grade-objective');
            block.setAttribute('data-objective-id', objective.id);
            var head = el('div', 'capokr-grade-objective-head');
            head.appendChild(el('h3', null, objective.title));
            head.appendChild(lozenge(objective.type === 'COMMITTED'
                ? AJS.I18n.getText('capokr.objective.type.committed') : AJS.I18n.getText('capokr.objective.type.aspirational'),
                'aui-lozenge-subtle ' + (objective.type === 'COMMITTED' ? 'aui-lozenge-complete' : 'aui-lozenge-new')));
            var objectiveGrade = el('span', 'capokr-objective-grade');
            objectiveGrade.appendChild(el('span', 'capokr-objective-grade-label', AJS.I18n.getText('capokr.grade.objective')));
            objectiveGrade.appendChild(document.createTextNode(' '));
            objectiveGrade.appendChild(lozenge(objective.grade.toFixed(2), BAND_LOZENGE[objective.band] + ' capokr-objective-grade-value'));
            head.appendChild(objectiveGrade);
            if (objective.miss) {
                var miss = lozenge(AJS.I18n.getText('capokr.grade.miss'), 'aui-lozenge-removed capokr-miss');
                miss.title = AJS.I18n.getText('capokr.grade.miss.help');
                head.appendChild(miss);
            }
            block.appendChild(head);
            if (objective.keyResults.length) {
                var table = el('table', 'aui capokr-grade-table');
                var thead = el('thead');
                var headRow = el('tr');
                [AJS.I18n.getText('capokr.grade.col.keyResult'), AJS.I18n.getText('capokr.grade.col.progress'),
                    AJS.I18n.getText('capokr.grade.col.suggested'), AJS.I18n.getText('capokr.grade.col.grade'),
                    AJS.I18n.getText('capokr.grade.col.reason')].forEach(function (text) {
                    var th = el('th', null, text);
                    th.scope = 'col';
                    headRow.appendChild(th);
                });
                thead.appendChild(headRow);
                table.appendChild(thead);
                var tbody = el('tbody');
                objective.keyResults.forEach(function (kr) {
                    tbody.appendChild(gradeRow(context, kr, writable));
                });
                table.appendChild(tbody);
                block.appendChild(table);
            } else {
                block.appendChild(el('p', 'capokr-muted', AJS.I18n.getText('capokr.keyResults.empty')));
            }
            section.appendChild(block);
        });
        return section;
    }

    function reviewSection(id, titleText, introText, notice) {
        var section = el('section', 'capokr-ritual capokr-review');
        section.id = id;
        section.setAttribute('aria-labelledby', id + '-title');
        var title = el('h2', null, titleText);
        title.id = id + '-title';
        section.appendChild(title);
        section.appendChild(el('p', 'capokr-muted', introText));
        if (notice) {
            section.appendChild(message('info', notice));
        }
        return section;
    }

    function draw(panel, context, reviews, synthesis) {
        panel.textContent = '';
        context.canEdit = reviews.canEdit;
        var mid = reviews.reviews.filter(function (entry) {
            return entry.kind === 'MID_CYCLE';
        })[0];
        var end = reviews.reviews.filter(function (entry) {
            return entry.kind === 'END_OF_CYCLE';
        })[0];
        if (!reviews.canEdit) {
            panel.appendChild(message('info', AJS.I18n.getText('capokr.review.readOnly')));
        }

        var midSection = reviewSection('capokr-mid-cycle-review', AJS.I18n.getText('capokr.review.midCycle.title'),
            AJS.I18n.getText('capokr.review.midCycle.intro'), windowNotice(mid.window, {
                NOT_YET: function (date) {
                    return AJS.I18n.getText('capokr.review.error.midCycle.notYet', date);
                },
                PLANNING: function (date) {
                    return AJS.I18n.getText('capokr.review.planning', date);
                },
                CLOSED: function () {
                    return AJS.I18n.getText('capokr.review.closed.midCycle');
                }
            }));
        if (mid.window.open || mid.review) {
            midSection.appendChild(reviewBlock(context, mid, [
                {name: 'whatWorked', label: AJS.I18n.getText('capokr.review.whatWorks')},
                {name: 'whatToChange', label: AJS.I18n.getText('capokr.review.whatToChange')}
            ]));
            midSection.appendChild(adjustmentsTable(context, synthesis, mid));
        }
        panel.appendChild(midSection);

        panel.appendChild(gradesSection(context, synthesis, reviews));

        var endSection = reviewSection('capokr-end-of-cycle-review', AJS.I18n.getText('capokr.review.endOfCycle.title'),
            AJS.I18n.getText('capokr.review.endOfCycle.intro'), windowNotice(end.window, {
                NOT_YET: function (date) {
                    return AJS.I18n.getText('capokr.review.error.endOfCycle.notYet', date);
                },
                PLANNING: function (date) {
                    return AJS.I18n.getText('capokr.review.planning', date);
                }
            }));
        if (end.window.open || end.review) {
            endSection.appendChild(reviewBlock(context, end, [
                {name: 'whatWorked', label: AJS.I18n.getText('capokr.review.whatWorked')},
                {name: 'whatToChange', label: AJS.I18n.getText('capokr.review.whatToChange')},
                {name: 'learnings', label: AJS.I18n.getText('capokr.review.learnings')}
            ]));
        }
        panel.appendChild(endSection);
    }

    function render(panel) {
        var root = document.getElementById('capokr-project-page');
        var context = {
            projectKey: root.getAttribute('data-project-key'),
            cycleId: Number(root.getAttribute('data-cycle-id'))
        };
        panel.textContent = '';
        panel.appendChild(el('p', 'capokr-muted capokr-loading', AJS.I18n.getText('capokr.review.loading')));
        var query = '?cycleId=' + context.cycleId;
        var base = '/projects/' + encodeURIComponent(context.projectKey);
        Promise.all([CapOkr.call('GET', base + '/reviews' + query), CapOkr.call('GET', base + '/synthesis' + query)])
            .then(function (results) {
                var failed = results.filter(function (result) {
                    return !result.ok;
                })[0];
                if (failed) {
                    panel.textContent = '';
                    panel.appendChild(message('error', AJS.I18n.getText('capokr.review.loadFailed', firstError(failed))));
                    return;
                }
                draw(panel, context, results[0].json, results[1].json);
                panel.setAttribute('data-rendered', 'true');
            });
    }

    /* Registered once the page is there; okr-common.js then renders the view the first time it is shown. */
    function register() {
        var root = document.getElementById('capokr-project-page');
        if (window.CapOkr && root && root.getAttribute('data-cycle-id')) {
            CapOkr.onView('reviews', render);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', register);
    } else {
        register();
    }
}());
