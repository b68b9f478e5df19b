/*
 * The company page's end-of-cycle synthesis, for a closed cycle: the company objectives' grades and misses, and per
 * project its average grade, misses and learnings, from REST. User data only ever reaches the page as text.
 */
(function () {
    'use strict';

    var BAND_LOZENGE = CapOkr.BAND_LOZENGE;

    var el = CapOkr.element;

    function table(headings, rows) {
        var result = el('table', 'aui capokr-synthesis-table');
        var head = el('thead');
        var headRow = el('tr');
        headings.forEach(function (text) {
            var th = el('th', null, text);
            th.scope = 'col';
            headRow.appendChild(th);
        });
        head.appendChild(headRow);
        result.appendChild(head);
        var body = el('tbody');
        rows.forEach(function (row) {
            body.appendChild(row);
        });
        result.appendChild(body);
        return result;
    }

    function gradeCell(value, band, miss) {
        var cell = el('td');
        cell.appendChild(el('span', 'aui-lozenge ' + BAND_LOZENGE[band], value.toFixed(2)));
        if (miss) {
            cell.appendChild(document.createTextNode(' '));
            cell.appendChild(el('span', 'aui-lozenge aui-lozenge-removed capokr-miss', AJS.I18n.getText('capokr.grade.miss')));
        }
        return cell;
    }

    function draw(slot, synthesis) {
        slot.textContent = '';
        if (!synthesis.companyObjectives.length && !synthesis.projects.length) {
            slot.appendChild(el('p', 'capokr-muted', AJS.I18n.getText('capokr.synthesis.none')));
            return;
        }
        if (synthesis.companyObjectives.length) {
            slot.appendChild(el('h3', null, AJS.I18n.getText('capokr.synthesis.company.objectives')));
            slot.appendChild(table([AJS.I18n.getText('capokr.synthesis.col.objective'), AJS.I18n.getText('capokr.synthesis.col.grade')],
                synthesis.companyObjectives.map(function (objective) {
                    var row = el('tr', 'capokr-synthesis-objective');
                    row.setAttribute('data-objective-id', objective.id);
                    row.appendChild(el('td', null, objective.title));
                    row.appendChild(gradeCell(objective.grade, objective.band, objective.miss));
                    return row;
                })));
        }
        if (synthesis.projects.length) {
            slot.appendChild(el('h3', null, AJS.I18n.getText('capokr.synthesis.company.projects')));
            slot.appendChild(table([AJS.I18n.getText('capokr.synthesis.col.project'), AJS.I18n.getText('capokr.synthesis.col.objectives'),
                AJS.I18n.getText('capokr.synthesis.col.average'), AJS.I18n.getText('capokr.synthesis.col.misses'),
                AJS.I18n.getText('capokr.synthesis.col.learnings')], synthesis.projects.map(function (project) {
                var row = el('tr', 'capokr-synthesis-project');
                row.setAttribute('data-project-key', project.project.key);
                var name = el('td');
                var link = el('a', null, project.project.name);
                // The project's own "Reviews and grades" view of this cycle: its grades, reasons and reviews in full.
                link.href = (AJS.contextPath ? AJS.contextPath() : '') + '/projects/' + encodeURIComponent(project.project.key)
                    + '?selectedItem=io.capokr.jira:okr-project-page&cycle=' + synthesis.cycle.id + '#reviews';
                name.appendChild(link);
                name.appendChild(el('span', 'capokr-muted', ' (' + project.project.key + ')'));
                row.appendChild(name);
                row.appendChild(el('td', null, String(project.objectives)));
                row.appendChild(gradeCell(project.averageGrade, project.band, false));
                row.appendChild(el('td', null, String(project.misses)));
                row.appendChild(project.learnings ? el('td', 'capokr-review-prose', project.learnings)
                    : el('td', 'capokr-muted', '\u2014'));
                return row;
            })));
        }
    }

    function ready() {
        var root = document.getElementById('capokr-company-page');
        var slot = document.querySelector('#capokr-company-synthesis .capokr-synthesis-body');
        if (!root || !slot || !window.CapOkr) {
            return;
        }
        CapOkr.call('GET', '/company/synthesis?cycleId=' + Number(root.getAttribute('data-cycle-id'))).then(function (result) {
            if (result.ok) {
                draw(slot, result.json);
            } else {
                slot.textContent = '';
                slot.appendChild(el('p', 'aui-message aui-message-error', AJS.I18n.getText('capokr.synthesis.loadFailed',
                    CapOkr.firstMessage(result) || result.status)));
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
