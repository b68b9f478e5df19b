/*
 * The project page's "This week" view: the weekly OKR meeting, drawn from GET /projects/{key}/weekly. In the order
 * a 30-45 minute meeting takes it: blockers first (what the meeting must unblock), key results off track or at risk,
 * key results without a check-in for a week or more, what changed over the week, then the meeting's decisions and
 * actions, which those who may record them add, tick done, edit and delete here.
 * The week shown is kept in the address (?week=2027-W07), so a reload after an edit comes back to it.
 * Built with createElement and textContent only: user data never reaches the page as HTML.
 */
(function () {
    'use strict';

    var WEEK_PARAM = 'week';

    var text = CapOkr.element;

    function append(parent) {
        for (var i = 1; i < arguments.length; i++) {
            if (arguments[i]) {
                parent.appendChild(arguments[i]);
            }
        }
        return parent;
    }

    var percent = CapOkr.percent;

    function lang() {
        return document.documentElement.lang || undefined;
    }

    function day(isoDate, withWeekday) {
        var parts = isoDate.split('-');
        var date = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
        var options = {day: 'numeric', month: 'short'};
        if (withWeekday) {
            options.weekday = 'short';
        }
        return date.toLocaleDateString(lang(), options);
    }

    function moment(isoInstant) {
        return new Date(isoInstant).toLocaleString(lang(), {weekday: 'short', day: 'numeric', month: 'short',
            hour: '2-digit', minute: '2-digit'});
    }

    var HEALTH = CapOkr.HEALTH;

    var CONFIDENCE = {
        ON_TRACK: {css: 'aui-lozenge-success aui-lozenge-subtle', label: AJS.I18n.getText('capokr.confidence.on_track')},
        AT_RISK: {css: 'aui-lozenge-moved aui-lozenge-subtle', label: AJS.I18n.getText('capokr.confidence.at_risk')},
        OFF_TRACK: {css: 'aui-lozenge-removed aui-lozenge-subtle', label: AJS.I18n.getText('capokr.confidence.off_track')}
    };

    function lozenge(kind) {
        return kind ? text('span', 'aui-lozenge ' + kind.css, kind.label) : null;
    }

    function person(who) {
        if (!who) {
            return null;
        }
        var name = who.displayName || who.key;
        var element = text('span', 'capokr-person');
        // As the server's avatars (web.Person): the first letter of the first two words, whole code points, or "?".
        var initials = (name || '').split(/\s+/).filter(Boolean).slice(0, 2).map(function (part) {
            return Array.from(part)[0].toUpperCase();
        }).join('');
        var avatar = text('span', 'capokr-avatar', initials || '?');
        avatar.setAttribute('aria-hidden', 'true');
        return append(element, avatar, document.createTextNode(name));
    }

    /* A section with a heading, a count beside it, and either its content or its empty state. */
    function section(id, title, count, emptyText, fill) {
        var element = text('section', 'capokr-weekly-section');
        element.id = id;
        element.setAttribute('aria-labelledby', id + '-title');
        var heading = text('h3', 'capokr-weekly-title', title);
        heading.id = id + '-title';
        if (count !== null) {
            append(heading, text('span', 'aui-badge capokr-weekly-count', String(count)));
        }
        element.appendChild(heading);
        if (count === 0 && emptyText) {
            element.appendChild(text('p', 'capokr-weekly-empty', emptyText));
        } else {
            fill(element);
        }
        return element;
    }

    function keyResultLabel(row) {
        var label = text('div', 'capokr-weekly-kr');
        append(label, text('span', 'capokr-kr-name', row.title),
            text('span', 'capokr-weekly-objective', row.objectiveTitle));
        return label;
    }

    function table(headers) {
        var element = text('table', 'aui capokr-weekly-table');
        var head = element.createTHead().insertRow();
        headers.forEach(function (header) {
            var cell = text('th', header.css || '', header.label);
            cell.setAttribute('scope', 'col');
            head.appendChild(cell);
        });
        element.appendChild(document.createElement('tbody'));
        return element;
    }

    function row(tableElement, cells) {
        var tr = tableElement.tBodies[0].insertRow();
        cells.forEach(function (cell) {
            var td = tr.insertCell();
            if (cell && cell.css) {
                td.className = cell.css;
                cell = cell.content;
            }
            if (typeof cell === 'string') {
                td.textContent = cell;
            } else if (cell) {
                td.appendChild(cell);
            }
        });
        return tr;
    }

    function deltaLabel(kr) {
        if (kr.trend === 'NEW') {
            return text('span', 'capokr-delta capokr-delta-new', AJS.I18n.getText('capokr.weekly.delta.new'));
        }
        var points = Math.round(kr.delta * 100);
        if (points === 0) {
            return text('span', 'capokr-delta capokr-delta-same', AJS.I18n.getText('capokr.weekly.delta.same'));
        }
        return points > 0
            ? text('span', 'capokr-delta capokr-delta-up', AJS.I18n.getText('capokr.weekly.delta.up', points))
            : text('span', 'capokr-delta capokr-delta-down', AJS.I18n.getText('capokr.weekly.delta.down', -points));
    }

    function WeeklyView(panel, root) {
        this.panel = panel;
        this.projectKey = root.getAttribute('data-project-key');
        this.cycleId = root.getAttribute('data-cycle-id');
        this.dialogs = null;
    }

    WeeklyView.prototype.load = function (week) {
        var self = this;
        var query = '?cycleId=' + encodeURIComponent(this.cycleId) + (week ? '&week=' + encodeURIComponent(week) : '');
        this.panel.setAttribute('aria-busy', 'true');
        return CapOkr.call('GET', '/projects/' + encodeURIComponent(this.projectKey) + '/weekly' + query).then(function (result) {
            self.panel.removeAttribute('aria-busy');
            if (result.ok && week && !self.touchesCycle(result.json)) {
                // A week kept in the address from another cycle: open this cycle's own week instead.
                return self.load(null);
            }
            if (!result.ok) {
                self.showProblem(result);
                return;
            }
            self.data = result.json;
            self.remember(result.json.week.id);
            self.render();
        });
    };

    WeeklyView.prototype.touchesCycle = function (data) {
        return data.week.endDate >= data.cycle.startDate && data.week.startDate <= data.cycle.endDate;
    };

    /* The week shown goes into the address, so that the reload after an edit (or a shared link) shows it again. */
    WeeklyView.prototype.remember = function (weekId) {
        var url = new URL(window.location.href);
        if (url.searchParams.get(WEEK_PARAM) !== weekId) {
            url.searchParams.set(WEEK_PARAM, weekId);
            window.history.replaceState(window.history.state, '', url.toString());
        }
    };

    WeeklyView.prototype.showProblem = function (result) {
        this.panel.textContent = '';
        var message = CapOkr.firstMessage(result) || AJS.I18n.getText('capokr.error.unexpected', result.status);
        var box = text('div', 'aui-message aui-message-error');
        box.appendChild(text('p', null, message));
        this.panel.appendChild(box);
    };

    WeeklyView.prototype.render = function () {
        var data = this.data;
        var body = text('div', 'capokr-weekly');
        append(body, this.weekBar(data), this.intro(data), this.blockers(data), this.attention(data),
            this.stale(data), this.changes(data), this.meetingItems(data));
        this.panel.textContent = '';
        this.panel.appendChild(body);
    };

    WeeklyView.prototype.weekBar = function (data) {
        var self = this;
        var bar = text('div', 'capokr-weekly-bar');
        bar.setAttribute('role', 'group');
        bar.setAttribute('aria-label', AJS.I18n.getText('capokr.weekly.picker'));
        function stepButton(weekId, label, css) {
            var button = text('button', 'aui-button capokr-week-step ' + css, label);
            button.type = 'button';
            if (weekId) {
                button.setAttribute('data-week', weekId);
                button.addEventListener('click', function () {
                    self.load(weekId);
                });
            } else {
                button.disabled = true;
                button.setAttribute('aria-disabled', 'true');
            }
            return button;
        }
        var title = text('h2', 'capokr-weekly-week', AJS.I18n.getText('capokr.weekly.weekOf',
            day(data.week.startDate, false), day(data.week.endDate, false)));
        title.setAttribute('data-week', data.week.id);
        var label = text('div', 'capokr-weekly-week-label');
        append(label, title, text('span', 'capokr-weekly-week-id', data.week.id),
            data.week.current ? text('span', 'aui-lozenge aui-lozenge-current', AJS.I18n.getText('capokr.weekly.current')) : null);
        append(bar, stepButton(data.week.previous, AJS.I18n.getText('capokr.weekly.previous'), 'capokr-week-previous'),
            label, stepButton(data.week.next, AJS.I18n.getText('capokr.weekly.next'), 'capokr-week-next'));
        return bar;
    };

    WeeklyView.prototype.intro = function (data) {
        var before = new Date(Number(data.week.startDate.slice(0, 4)), Number(data.week.startDate.slice(5, 7)) - 1,
            Number(data.week.startDate.slice(8, 10)) - 1);
        var sunday = before.getFullYear() + '-' + String(before.getMonth() + 1).padStart(2, '0') + '-'
            + String(before.getDate()).padStart(2, '0');
        return text('p', 'capokr-weekly-intro', AJS.I18n.getText('capokr.weekly.intro', day(sunday, true),
            percent(data.expectedProgress)));
    };

    WeeklyView.prototype.keyResult = function (id) {
        for (var i = 0; i < this.data.keyResults.length; i++) {
            if (this.data.keyResults[i].id === id) {
                return this.data.keyResults[i];
            }
        }
        return null;
    };

    WeeklyView.prototype.blockers = function (data) {
        var self = this;
        var open = data.blockers.filter(function (b) { return b.open; }).length;
        return section('capokr-weekly-blockers', AJS.I18n.getText('capokr.weekly.blockers'), data.blockers.length,
            AJS.I18n.getText('capokr.weekly.blockers.none'), function (element) {
                if (open === 0) {
                    element.appendChild(text('p', 'capokr-weekly-empty', AJS.I18n.getText('capokr.weekly.blockers.allCleared')));
                }
                var list = text('ul', 'capokr-weekly-blocker-list');
                data.blockers.forEach(function (blocker) {
                    var kr = self.keyResult(blocker.checkIn.keyResultId);
                    var item = text('li', 'capokr-weekly-blocker' + (blocker.open ? ' capokr-weekly-blocker-open' : ''));
                    var head = text('div', 'capokr-weekly-blocker-head');
                    append(head, blocker.open
                        ? text('span', 'aui-lozenge aui-lozenge-removed', AJS.I18n.getText('capokr.weekly.blocker.open'))
                        : text('span', 'aui-lozenge aui-lozenge-success aui-lozenge-subtle', AJS.I18n.getText('capokr.weekly.blocker.cleared')),
                        kr ? keyResultLabel(kr) : null);
                    var meta = text('div', 'capokr-weekly-meta');
                    append(meta, person(blocker.checkIn.author), text('span', 'capokr-when', moment(blocker.checkIn.at)),
                        lozenge(CONFIDENCE[blocker.checkIn.confidence]));
                    append(item, head, text('blockquote', 'capokr-weekly-note', blocker.checkIn.note
                        || AJS.I18n.getText('capokr.weekly.noNote')), meta);
                    list.appendChild(item);
                });
                element.appendChild(list);
            });
    };

    WeeklyView.prototype.attention = function (data) {
        var late = data.keyResults.filter(function (kr) {
            return kr.health === 'OFF_TRACK' || kr.health === 'AT_RISK';
        }).sort(function (a, b) {
            return (a.health === b.health ? 0 : a.health === 'OFF_TRACK' ? -1 : 1) || a.progress - b.progress;
        });
        return section('capokr-weekly-attention', AJS.I18n.getText('capokr.weekly.attention'), late.length,
            AJS.I18n.getText('capokr.weekly.attention.none'), function (element) {
                element.appendChild(text('p', 'capokr-weekly-hint', AJS.I18n.getText('capokr.weekly.attention.hint',
                    percent(data.expectedProgress))));
                var list = table([{label: AJS.I18n.getText('capokr.weekly.keyResult')},
                    {label: AJS.I18n.getText('capokr.keyResult.owner')},
                    {label: AJS.I18n.getText('capokr.weekly.progress'), css: 'capokr-num'},
                    {label: AJS.I18n.getText('capokr.weekly.health')},
                    {label: AJS.I18n.getText('capokr.weekly.confidence')}]);
                late.forEach(function (kr) {
                    row(list, [keyResultLabel(kr), person(kr.owner), {css: 'capokr-num', content: percent(kr.progress)},
                        lozenge(HEALTH[kr.health]), lozenge(CONFIDENCE[kr.confidence])
                            || text('span', 'capokr-muted', AJS.I18n.getText('capokr.weekly.noConfidence'))]);
                });
                element.appendChild(list);
            });
    };

    WeeklyView.prototype.stale = function (data) {
        var stale = data.keyResults.filter(function (kr) { return kr.noRecentCheckIn; });
        return section('capokr-weekly-stale', AJS.I18n.getText('capokr.weekly.stale'), stale.length,
            AJS.I18n.getText('capokr.weekly.stale.none'), function (element) {
                var list = table([{label: AJS.I18n.getText('capokr.weekly.keyResult')},
                    {label: AJS.I18n.getText('capokr.keyResult.owner')},
                    {label: AJS.I18n.getText('capokr.keyResult.lastCheckIn')}]);
                stale.forEach(function (kr) {
                    row(list, [keyResultLabel(kr), person(kr.owner), kr.daysSinceCheckIn === null
                        ? AJS.I18n.getText('capokr.weekly.stale.never')
                        : AJS.I18n.getText('capokr.weekly.stale.days', kr.daysSinceCheckIn)]);
                });
                element.appendChild(list);
            });
    };

    /*
     * Issues of the week, each by key and summary with the key result it serves; those the reader may not see are
     * counted, and so are those beyond the newest the view lists.
     */
    WeeklyView.prototype.issueList = function (className, issues, restricted, more) {
        var self = this;
        var list = text('ul', className);
        issues.forEach(function (issue) {
            var kr = self.keyResult(issue.keyResultId);
            var item = text('li');
            var key = text('a', 'capokr-issue-key', issue.issueKey);
            key.href = (AJS.contextPath ? AJS.contextPath() : '') + '/browse/' + encodeURIComponent(issue.issueKey);
            append(item, key, document.createTextNode(' ' + issue.summary + ' '),
                kr ? text('span', 'capokr-muted', AJS.I18n.getText('capokr.weekly.linkedTo', kr.title)) : null);
            list.appendChild(item);
        });
        if (restricted) {
            list.appendChild(text('li', 'capokr-muted', AJS.I18n.getText('capokr.weekly.restrictedLinks', restricted)));
        }
        if (more) {
            list.appendChild(text('li', 'capokr-muted capokr-weekly-more', AJS.I18n.getText('capokr.weekly.moreIssues', more)));
        }
        return list;
    };

    WeeklyView.prototype.changes = function (data) {
        var self = this;
        var moved = data.keyResults.filter(function (kr) { return kr.trend !== 'SAME'; });
        var count = moved.length + data.checkIns.length + data.issuesDone.length + data.restrictedIssuesDone
            + data.moreIssuesDone + data.linksAdded.length + data.restrictedLinksAdded + data.moreLinksAdded;
        return section('capokr-weekly-changes', AJS.I18n.getText('capokr.weekly.changes'), count,
            AJS.I18n.getText('capokr.weekly.changes.none'), function (element) {
                if (moved.length) {
                    element.appendChild(text('h4', null, AJS.I18n.getText('capokr.weekly.changes.progress')));
                    var list = table([{label: AJS.I18n.getText('capokr.weekly.keyResult')},
                        {label: AJS.I18n.getText('capokr.weekly.before'), css: 'capokr-num'},
                        {label: AJS.I18n.getText('capokr.weekly.now'), css: 'capokr-num'},
                        {label: AJS.I18n.getText('capokr.weekly.change'), css: 'capokr-num'}]);
                    list.classList.add('capokr-weekly-deltas');
                    moved.forEach(function (kr) {
                        var tr = row(list, [keyResultLabel(kr),
                            {css: 'capokr-num', content: kr.progressBefore === null ? '\u2013' : percent(kr.progressBefore)},
                            {css: 'capokr-num', content: percent(kr.progress)}, {css: 'capokr-num', content: deltaLabel(kr)}]);
                        tr.setAttribute('data-key-result-id', String(kr.id));
                    });
                    element.appendChild(list);
                }
                if (data.checkIns.length) {
                    element.appendChild(text('h4', null, AJS.I18n.getText('capokr.weekly.changes.checkIns')));
                    var checkIns = text('ul', 'capokr-weekly-check-ins');
                    data.checkIns.forEach(function (checkIn) {
                        var kr = self.keyResult(checkIn.keyResultId);
                        var item = text('li', 'capokr-weekly-check-in');
                        var head = text('div', 'capokr-weekly-meta');
                        append(head, person(checkIn.author), text('span', 'capokr-when', moment(checkIn.at)),
                            lozenge(CONFIDENCE[checkIn.confidence]), checkIn.blocker
                                ? text('span', 'aui-lozenge aui-lozenge-removed', AJS.I18n.getText('capokr.weekly.blocker')) : null);
                        append(item, kr ? keyResultLabel(kr) : null, head,
                            checkIn.note ? text('blockquote', 'capokr-weekly-note', checkIn.note) : null);
                        checkIns.appendChild(item);
                    });
                    element.appendChild(checkIns);
                }
                if (data.issuesDone.length || data.restrictedIssuesDone || data.moreIssuesDone) {
                    element.appendChild(text('h4', null, AJS.I18n.getText('capokr.weekly.changes.done')));
                    element.appendChild(self.issueList('capokr-weekly-done', data.issuesDone, data.restrictedIssuesDone,
                        data.moreIssuesDone));
                }
                if (data.linksAdded.length || data.restrictedLinksAdded || data.moreLinksAdded) {
                    element.appendChild(text('h4', null, AJS.I18n.getText('capokr.weekly.changes.links')));
                    element.appendChild(self.issueList('capokr-weekly-links', data.linksAdded, data.restrictedLinksAdded,
                        data.moreLinksAdded));
                }
                element.appendChild(text('p', 'capokr-weekly-hint', AJS.I18n.getText('capokr.weekly.changes.notRecorded')));
            });
    };

    WeeklyView.prototype.meetingItems = function (data) {
        var self = this;
        var element = section('capokr-weekly-items', AJS.I18n.getText('capokr.meeting.title'), data.meetingItems.length,
            AJS.I18n.getText('capokr.meeting.none'), function (box) {
                var list = text('ul', 'capokr-meeting-items');
                data.meetingItems.forEach(function (item) {
                    list.appendChild(self.meetingItem(item, data.canRecord));
                });
                box.appendChild(list);
            });
        if (data.canRecord) {
            var actions = text('div', 'capokr-meeting-add');
            ['ACTION', 'DECISION'].forEach(function (kind) {
                var button = text('button', 'aui-button', kind === 'ACTION'
                    ? AJS.I18n.getText('capokr.meeting.addAction') : AJS.I18n.getText('capokr.meeting.addDecision'));
                button.type = 'button';
                button.setAttribute('data-action', kind === 'ACTION' ? 'add-action' : 'add-decision');
                button.addEventListener('click', function () {
                    self.openItem(kind, null);
                });
                actions.appendChild(button);
            });
            element.querySelector('.capokr-weekly-title').insertAdjacentElement('afterend', actions);
        }
        return element;
    };

    WeeklyView.prototype.meetingItem = function (item, canRecord) {
        var self = this;
        var li = text('li', 'capokr-meeting-item' + (item.done ? ' capokr-meeting-item-done' : ''));
        li.setAttribute('data-item-id', String(item.id));
        li.setAttribute('data-kind', item.kind);
        if (item.kind === 'ACTION') {
            var box = text('input', 'checkbox capokr-meeting-done');
            box.type = 'checkbox';
            box.checked = item.done;
            box.disabled = !canRecord;
            box.id = 'capokr-meeting-done-' + item.id;
            box.setAttribute('aria-label', AJS.I18n.getText('capokr.meeting.markDone', item.title));
            box.addEventListener('change', function () {
                box.disabled = true;
                CapOkr.call('PUT', '/meeting-items/' + item.id, {done: box.checked, version: item.version}).then(function (result) {
                    if (result.ok) {
                        CapOkr.reloadWith(box.checked ? AJS.I18n.getText('capokr.meeting.doneSaved', item.title)
                            : AJS.I18n.getText('capokr.meeting.reopened', item.title));
                    } else if (result.status === 409) {
                        CapOkr.reloadWithWarning(result.json && result.json.errorMessages && result.json.errorMessages[0]);
                    } else {
                        box.checked = !box.checked;
                        box.disabled = false;
                        CapOkr.errorFlag(result);
                    }
                });
            });
            li.appendChild(box);
        } else {
            li.appendChild(text('span', 'aui-lozenge aui-lozenge-complete capokr-meeting-kind', AJS.I18n.getText('capokr.meeting.decision')));
        }
        var main = text('div', 'capokr-meeting-main');
        var title = text('label', 'capokr-meeting-title', item.title);
        if (item.kind === 'ACTION') {
            title.htmlFor = 'capokr-meeting-done-' + item.id;
        }
        var meta = text('div', 'capokr-weekly-meta');
        append(meta, item.kind === 'ACTION' ? person(item.owner) : null,
            item.dueDate ? text('span', item.overdue ? 'aui-lozenge aui-lozenge-removed' : 'capokr-when',
                AJS.I18n.getText('capokr.meeting.due', day(item.dueDate, true))) : null,
            item.carriedOver ? text('span', 'aui-lozenge aui-lozenge-subtle', AJS.I18n.getText('capokr.meeting.carriedFrom', item.week)) : null);
        append(main, title, meta);
        li.appendChild(main);
        if (canRecord) {
            var buttons = text('div', 'capokr-meeting-buttons');
            var edit = text('button', 'aui-button aui-button-subtle capokr-icon-button');
            edit.type = 'button';
            edit.setAttribute('data-action', 'edit-item');
            edit.setAttribute('aria-label', AJS.I18n.getText('capokr.meeting.edit', item.title));
            edit.title = AJS.I18n.getText('capokr.action.edit');
            append(edit, text('span', 'aui-icon aui-icon-small aui-iconfont-edit'));
            edit.addEventListener('click', function () {
                self.openItem(item.kind, item);
            });
            var remove = text('button', 'aui-button aui-button-subtle capokr-icon-button');
            remove.type = 'button';
            remove.setAttribute('data-action', 'delete-item');
            remove.setAttribute('aria-label', AJS.I18n.getText('capokr.meeting.delete', item.title));
            remove.title = AJS.I18n.getText('capokr.action.delete');
            append(remove, text('span', 'aui-icon aui-icon-small aui-iconfont-trash'));
            remove.addEventListener('click', function () {
                self.confirmDelete(item);
            });
            append(buttons, edit, remove);
            li.appendChild(buttons);
        }
        return li;
    };

    /* The two dialogs, built once in the same shape as the page's own so CapOkr.FormDialog drives them. */
    WeeklyView.prototype.ensureDialogs = function () {
        if (this.dialogs) {
            return this.dialogs;
        }
        var self = this;
        function dialog(id, size, warning) {
            var root = text('section', 'aui-dialog2 ' + size + ' aui-layer capokr-dialog' + (warning ? ' aui-dialog2-warning' : ''));
            root.id = id;
            root.hidden = true;
            root.setAttribute('role', warning ? 'alertdialog' : 'dialog');
            root.setAttribute('aria-modal', 'true');
            root.setAttribute('aria-labelledby', id + '-title');
            var header = text('header', 'aui-dialog2-header');
            var h2 = text('h2', 'aui-dialog2-header-main');
            h2.id = id + '-title';
            header.appendChild(h2);
            var content = text('div', 'aui-dialog2-content');
            var footer = text('footer', 'aui-dialog2-footer');
            var footerActions = text('div', 'aui-dialog2-footer-actions');
            var submit = text('button', 'aui-button aui-button-primary capokr-submit');
            var cancel = text('button', 'aui-button aui-button-link capokr-cancel', AJS.I18n.getText('capokr.action.cancel'));
            cancel.type = 'button';
            append(footer, append(footerActions, submit, cancel));
            append(root, header, content, footer);
            document.body.appendChild(root);
            return {root: root, content: content, submit: submit};
        }
        function field(form, name, label, input, help) {
            var group = text('div', 'field-group');
            var id = 'capokr-meeting-' + name;
            input.id = id;
            input.name = name;
            var labelElement = text('label', null, label);
            labelElement.htmlFor = id;
            append(group, labelElement, input, help ? text('div', 'description', help) : null);
            var error = text('div', 'error');
            error.setAttribute('data-field', name);
            group.appendChild(error);
            form.appendChild(group);
            return group;
        }

        var itemDialog = dialog('capokr-meeting-dialog', 'aui-dialog2-medium', false);
        var form = text('form', 'aui');
        form.id = 'capokr-meeting-form';
        form.noValidate = true;
        var title = text('textarea', 'textarea long-field');
        title.rows = 2;
        title.maxLength = 450;
        field(form, 'title', AJS.I18n.getText('capokr.meeting.field.title'), title);
        var owner = text('input', 'text medium-field');
        owner.type = 'text';
        owner.maxLength = 255;
        var ownerGroup = field(form, 'ownerKey', AJS.I18n.getText('capokr.meeting.field.owner'), owner,
            AJS.I18n.getText('capokr.meeting.field.owner.help'));
        var due = text('input', 'text short-field');
        due.type = 'date';
        var dueGroup = field(form, 'dueDate', AJS.I18n.getText('capokr.meeting.field.dueDate'), due);
        append(itemDialog.content, text('p', 'capokr-dialog-subject'), append(text('div', 'capokr-form-errors'), null), form);
        itemDialog.content.querySelector('.capokr-form-errors').setAttribute('role', 'alert');
        itemDialog.submit.type = 'submit';
        itemDialog.submit.setAttribute('form', 'capokr-meeting-form');
        itemDialog.submit.textContent = AJS.I18n.getText('capokr.action.save');

        var current = {};
        var items = new CapOkr.FormDialog('capokr-meeting-dialog', function (formDialog) {
            var values = formDialog.form.elements;
            var body = {title: values.title.value};
            if (current.kind === 'ACTION') {
                body.ownerKey = values.ownerKey.value;
                body.dueDate = values.dueDate.value;
            }
            if (current.item) {
                body.version = current.item.version;
                return CapOkr.call('PUT', '/meeting-items/' + current.item.id, body)
                    .then(CapOkr.withMessage(AJS.I18n.getText('capokr.meeting.saved')));
            }
            body.cycleId = Number(self.cycleId);
            body.week = self.data.week.id;
            body.kind = current.kind;
            return CapOkr.call('POST', '/projects/' + encodeURIComponent(self.projectKey) + '/meeting-items', body)
                .then(CapOkr.withMessage(current.kind === 'ACTION' ? AJS.I18n.getText('capokr.meeting.actionAdded')
                    : AJS.I18n.getText('capokr.meeting.decisionAdded')));
        });

        var confirmParts = dialog('capokr-meeting-delete-dialog', 'aui-dialog2-small', true);
        append(confirmParts.content, text('p', 'capokr-dialog-subject'),
            text('p', null, AJS.I18n.getText('capokr.meeting.delete.text')), text('div', 'capokr-form-errors'));
        confirmParts.submit.type = 'button';
        confirmParts.submit.textContent = AJS.I18n.getText('capokr.action.delete');
        var confirmDelete = new CapOkr.FormDialog('capokr-meeting-delete-dialog', function () {
            return CapOkr.call('DELETE', '/meeting-items/' + current.item.id)
                .then(CapOkr.withMessage(AJS.I18n.getText('capokr.meeting.deleted', current.item.title)));
        });

        this.dialogs = {items: items, confirmDelete: confirmDelete, current: current, ownerGroup: ownerGroup, dueGroup: dueGroup};
        return this.dialogs;
    };

    WeeklyView.prototype.openItem = function (kind, item) {
        var dialogs = this.ensureDialogs();
        dialogs.current.kind = kind;
        dialogs.current.item = item;
        dialogs.ownerGroup.hidden = kind !== 'ACTION';
        dialogs.dueGroup.hidden = kind !== 'ACTION';
        var heading = item
            ? (kind === 'ACTION' ? AJS.I18n.getText('capokr.meeting.editAction') : AJS.I18n.getText('capokr.meeting.editDecision'))
            : (kind === 'ACTION' ? AJS.I18n.getText('capokr.meeting.addAction') : AJS.I18n.getText('capokr.meeting.addDecision'));
        dialogs.items.open(heading);
        dialogs.items.subject(AJS.I18n.getText('capokr.meeting.forWeek', this.data.week.id));
        if (item) {
            var values = dialogs.items.form.elements;
            values.title.value = item.title;
            values.ownerKey.value = item.ownerKey || '';
            values.dueDate.value = item.dueDate || '';
        }
    };

    WeeklyView.prototype.confirmDelete = function (item) {
        var dialogs = this.ensureDialogs();
        dialogs.current.item = item;
        dialogs.confirmDelete.open(item.kind === 'ACTION' ? AJS.I18n.getText('capokr.meeting.delete.action')
            : AJS.I18n.getText('capokr.meeting.delete.decision'));
        dialogs.confirmDelete.subject(item.title);
    };

    CapOkr.onView('weekly', function (panel) {
        var root = document.getElementById('capokr-project-page');
        if (!root || !root.getAttribute('data-cycle-id')) {
            return;
        }
        var view = new WeeklyView(panel, root);
        view.load(new URL(window.location.href).searchParams.get(WEEK_PARAM));
    });
}());
