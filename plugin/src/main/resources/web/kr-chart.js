/*
 * A key result's, an objective's or a project's progress chart, or the company objectives' (one line each), drawn with
 * uPlot in a dialog: its progress on each day it changed,
 * the expected progress (a straight line from 0 on the cycle's first day to 1 on its last), and a key result's
 * check-ins as points; hovering says the day's figures, and a check-in's author, confidence and note. One REST call per chart, after the dialog
 * opens. Colours come from the page's design tokens, so the chart reads in Jira's light and dark themes alike. For
 * screen readers the canvas is hidden and a table gives the latest values. User text only ever reaches the page as text.
 */
(function () {
    'use strict';

    var DAY = 86400;
    var CONFIDENCE = {
        ON_TRACK: AJS.I18n.getText('capokr.confidence.on_track'),
        AT_RISK: AJS.I18n.getText('capokr.confidence.at_risk'),
        OFF_TRACK: AJS.I18n.getText('capokr.confidence.off_track')
    };

    /*
     * The lines' colours, Atlassian's chart tokens in turn (the first is the brand's: a single line is drawn in it),
     * with the light theme's values where the host defines no tokens. Check-ins keep orange, which comes last here.
     */
    var LINE_COLOURS = [['--ds-chart-brand', '#1d7afc'], ['--ds-chart-purple-bold', '#8f7ee7'],
        ['--ds-chart-teal-bold', '#2898bd'], ['--ds-chart-magenta-bold', '#da62ac'], ['--ds-chart-lime-bold', '#6a9a23'],
        ['--ds-chart-yellow-bold', '#b38600'], ['--ds-chart-green-bold', '#22a06b'], ['--ds-chart-orange-bold', '#e56910']];

    /* A design token's value on this page, or the fallback where the host defines none (older AUI, the sandbox). */
    function token(name, fallback) {
        var value = getComputedStyle(document.documentElement).getPropertyValue(name);
        return value && value.trim() ? value.trim() : fallback;
    }

    /* An objective's chart has no check-ins of its own. */
    function checkInsOf(chart) {
        return chart.checkIns || [];
    }

    function seconds(isoDay) {
        return Date.parse(isoDay + 'T00:00:00Z') / 1000;
    }

    function dayOf(time) {
        return new Date(time * 1000).toISOString().substring(0, 10);
    }

    /*
     * The lines a chart draws: a key result's, an objective's or a project's progress, or, on the company page, each
     * company objective's (in the page's order).
     */
    function linesOf(chart) {
        if (chart.objectives) {
            return chart.objectives.map(function (objective) {
                return {label: objective.title, points: objective.points};
            });
        }
        return [{label: AJS.I18n.getText('capokr.chart.progress'), points: chart.points}];
    }

    /*
     * uPlot's columns: one x per day that has something to draw (the cycle's first and last days, each day a line
     * changed, each check-in's day), then each line's progress (carried across days without a change, none after
     * today), expected, and check-ins (null where there is none, so they draw as points only).
     */
    function columns(chart) {
        var start = seconds(chart.startDate);
        var end = seconds(chart.endDate);
        var lines = linesOf(chart);
        var byDay = {};
        function day(x) {
            return (byDay[x] = byDay[x] || {values: {}});
        }
        day(start);
        day(end);
        lines.forEach(function (line, index) {
            line.points.forEach(function (point) {
                day(seconds(point.day)).values[index] = point.progress;
            });
        });
        checkInsOf(chart).forEach(function (checkIn) {
            day(seconds(checkIn.at.substring(0, 10))).checkIn = checkIn;
        });
        var xs = Object.keys(byDay).map(Number).sort(function (a, b) { return a - b; });
        var today = seconds(chart.today);
        var progress = lines.map(function (line, index) {
            var last = null;
            return xs.map(function (x) {
                if (byDay[x].values[index] !== undefined) {
                    last = byDay[x].values[index];
                }
                return x > today ? null : last;
            });
        });
        var expected = xs.map(function (x) {
            return Math.max(0, Math.min(1, (x - start) / Math.max(DAY, end - start)));
        });
        var checkIns = xs.map(function (x) { return byDay[x].checkIn ? byDay[x].checkIn.progress : null; });
        return {
            lines: lines,
            data: [xs].concat(progress, [expected], chart.checkIns ? [checkIns] : []),
            days: xs.map(function (x) { return byDay[x]; })
        };
    }

    function percent(value) {
        return value === null || value === undefined ? '\u2013' : Math.round(value * 100) + '%';
    }

    function hoverText(drawn, index) {
        var x = drawn.data[0][index];
        var checkIn = drawn.days[index].checkIn;
        if (checkIn) {
            return AJS.I18n.getText('capokr.chart.hover.checkIn', dayOf(x), checkIn.author ? checkIn.author.displayName : '',
                percent(checkIn.progress), CONFIDENCE[checkIn.confidence] || '', checkIn.note || '');
        }
        var figures = drawn.lines.map(function (line, position) {
            return line.label + ' ' + percent(drawn.data[1 + position][index]);
        });
        figures.push(AJS.I18n.getText('capokr.chart.expected') + ' ' + percent(drawn.data[1 + drawn.lines.length][index]));
        return AJS.I18n.getText('capokr.chart.hover', dayOf(x), figures.join(', '));
    }

    /* The text alternative: the latest values, in a table screen readers reach. */
    function summary(table, chart) {
        var E = CapOkr.element;
        while (table.firstChild) {
            table.removeChild(table.firstChild);
        }
        table.appendChild(E('caption', null, AJS.I18n.getText('capokr.chart.summary.caption')));
        var body = E('tbody');
        var lastCheckIn = checkInsOf(chart).length ? checkInsOf(chart)[checkInsOf(chart).length - 1] : null;
        var expectedToday = Math.max(0, Math.min(1, (seconds(chart.today) - seconds(chart.startDate))
            / Math.max(DAY, seconds(chart.endDate) - seconds(chart.startDate))));
        var rows = linesOf(chart).map(function (line) {
            var lastPoint = line.points.length ? line.points[line.points.length - 1] : null;
            var day = lastPoint ? lastPoint.day : chart.today;
            return [chart.objectives ? AJS.I18n.getText('capokr.chart.summary.lineProgress', line.label, day)
                : AJS.I18n.getText('capokr.chart.summary.progress', day),
                lastPoint ? percent(lastPoint.progress) : AJS.I18n.getText('capokr.chart.summary.none')];
        });
        rows.push([AJS.I18n.getText('capokr.chart.summary.expected'), percent(expectedToday)]);
        if (chart.checkIns) {
            rows.push([AJS.I18n.getText('capokr.chart.summary.lastCheckIn'), lastCheckIn
                ? AJS.I18n.getText('capokr.chart.hover.checkIn', lastCheckIn.at.substring(0, 10),
                    lastCheckIn.author ? lastCheckIn.author.displayName : '', percent(lastCheckIn.progress),
                    CONFIDENCE[lastCheckIn.confidence] || '', lastCheckIn.note || '')
                : AJS.I18n.getText('capokr.chart.summary.none')]);
        }
        rows.forEach(function (cells) {
            var row = E('tr');
            row.appendChild(E('th', null, cells[0]));
            row.appendChild(E('td', null, cells[1]));
            body.appendChild(row);
        });
        table.appendChild(body);
    }

    function draw(dialogElement, chart) {
        var place = dialogElement.querySelector('.capokr-chart');
        var hover = dialogElement.querySelector('.capokr-chart-hover');
        while (place.firstChild) {
            place.removeChild(place.firstChild);
        }
        var drawn = columns(chart);
        var text = token('--ds-text-subtle', '#44546f');
        var grid = token('--ds-border', '#dcdfe4');
        var axis = {stroke: text, grid: {stroke: grid, width: 1}, ticks: {stroke: grid, width: 1}};
        // The legend's x: the day, as everywhere in Cap, rather than uPlot's date and time of day.
        var series = [{label: AJS.I18n.getText('capokr.chart.day'), value: function (u, v) {
            return v === null || v === undefined ? '\u2013' : dayOf(v);
        }}].concat(drawn.lines.map(function (line, index) {
            var colour = LINE_COLOURS[index % LINE_COLOURS.length];
            return {label: line.label, stroke: token(colour[0], colour[1]), width: 2, spanGaps: true,
                value: function (u, v) { return percent(v); }};
        }));
        series.push({label: AJS.I18n.getText('capokr.chart.expected'), stroke: token('--ds-text-subtlest', '#8590a2'),
            width: 1, dash: [6, 4], points: {show: false}, value: function (u, v) { return percent(v); }});
        if (chart.checkIns) {
            series.push({label: AJS.I18n.getText('capokr.chart.checkIns'), stroke: token('--ds-chart-orange-bold', '#e56910'),
                paths: function () { return null; }, points: {show: true, size: 9, fill: token('--ds-chart-orange-bold', '#e56910')},
                value: function (u, v) { return percent(v); }});
        }
        var options = {
            width: Math.max(320, place.clientWidth || 760),
            height: 320,
            scales: {x: {time: true}, y: {range: [0, 1]}},
            axes: [axis, Object.assign({values: function (u, values) { return values.map(percent); }}, axis)],
            series: series,
            hooks: {
                setCursor: [function (u) {
                    hover.textContent = u.cursor.idx === null || u.cursor.idx === undefined ? '' : hoverText(drawn, u.cursor.idx);
                }]
            }
        };
        var plot = new uPlot(options, drawn.data, place);
        summary(dialogElement.querySelector('.capokr-chart-summary'), chart);
        // What tests and assistive tools can read without looking at the canvas.
        place.setAttribute('data-series', String(plot.series.length - 1));
        place.setAttribute('data-lines', String(drawn.lines.length));
        place.setAttribute('data-points', String(drawn.lines.reduce(function (sum, line) { return sum + line.points.length; }, 0)));
        place.setAttribute('data-check-ins', String(checkInsOf(chart).length));
        place.setAttribute('data-drawn', 'true');
        return plot;
    }

    /*
     * {@code path}: the chart's REST address (a key result's, an objective's, a project's or the company's chart);
     * the dialog's title is "Progress of {title}", or {@code wholeTitle} where that does not read well.
     */
    function open(path, title, wholeTitle) {
        var dialogElement = document.getElementById('capokr-chart-dialog');
        var place = dialogElement.querySelector('.capokr-chart');
        place.removeAttribute('data-drawn');
        dialogElement.querySelector('.capokr-chart-hover').textContent = '';
        document.getElementById('capokr-chart-dialog-title').textContent =
            wholeTitle || AJS.I18n.getText('capokr.chart.title', title);
        var dialog = AJS.dialog2(dialogElement);
        dialog.show();
        CapOkr.call('GET', path).then(function (result) {
            if (!result.ok) {
                CapOkr.errorFlag(result);
                dialog.hide();
                return;
            }
            draw(dialogElement, result.json);
        });
    }

    function bind(root) {
        root.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action="chart"], [data-action="objective-chart"], '
                + '[data-action="project-chart"], [data-action="company-chart"]');
            if (!button) {
                return;
            }
            if (button.getAttribute('data-action') === 'company-chart') {
                open('/company/chart?cycleId=' + encodeURIComponent(root.getAttribute('data-cycle-id')), null,
                    AJS.I18n.getText('capokr.chart.company.title'));
            } else if (button.getAttribute('data-action') === 'project-chart') {
                var name = root.querySelector('.capokr-print-project');
                open('/projects/' + encodeURIComponent(root.getAttribute('data-project-key')) + '/chart?cycleId='
                    + encodeURIComponent(root.getAttribute('data-cycle-id')), name ? name.textContent : '');
            } else if (button.getAttribute('data-action') === 'chart') {
                var row = button.closest('[data-key-result-id]');
                var title = row.querySelector('.capokr-kr-name');
                open('/keyresults/' + encodeURIComponent(row.getAttribute('data-key-result-id')) + '/chart',
                    title ? title.textContent : '');
            } else {
                var objective = button.closest('[data-objective-id]');
                var heading = objective.querySelector('.capokr-objective-title h2');
                open('/objectives/' + encodeURIComponent(objective.getAttribute('data-objective-id')) + '/chart',
                    heading ? heading.textContent : '');
            }
        });
        var dialogElement = document.getElementById('capokr-chart-dialog');
        if (dialogElement) {
            dialogElement.querySelector('.capokr-chart-close').addEventListener('click', function () {
                AJS.dialog2(dialogElement).hide();
            });
        }
    }

    function ready() {
        // The project page, and the company page (its objectives' charts and the company chart).
        var root = document.querySelector('.capokr-okr-page');
        if (root && window.uPlot) {
            bind(root);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
