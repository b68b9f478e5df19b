/*
 * The issue panel (DESIGN §10): fills the placeholder the issue view painted with the key results the issue serves,
 * read from REST after the page is shown, and lets those who may link and unlink the issue. Key result and objective
 * titles are user data: they reach the page through textContent only, never as HTML.
 */
(function () {
    'use strict';

    var HEALTH = CapOkr.HEALTH;
    /* Searching waits for a pause in typing, so that each key stroke does not cost a request. */
    var SEARCH_DELAY_MS = 250;

    var el = CapOkr.element;

    function IssuePanel(root) {
        this.root = root;
        this.issueKey = root.getAttribute('data-issue-key');
        this.path = '/issues/' + encodeURIComponent(this.issueKey) + '/keyresults';
    }

    IssuePanel.prototype.load = function () {
        var panel = this;
        panel.root.setAttribute('data-state', 'loading');
        panel.show(el('p', 'capokr-panel-note', AJS.I18n.getText('capokr.panel.loading')));
        return CapOkr.call('GET', panel.path).then(function (result) {
            if (result.ok && result.json) {
                panel.render(result.json);
            } else if (result.status === 401) {
                panel.show();
            } else if (result.status === 404) {
                panel.show(el('p', 'capokr-panel-note', AJS.I18n.getText('capokr.panel.unavailable')));
            } else {
                panel.show(message('error', AJS.I18n.getText('capokr.panel.loadFailed')));
            }
            /* Tests and other scripts can tell the panel has its answer. */
            panel.root.setAttribute('data-state', 'ready');
        });
    };

    /* Replaces the panel's content with these nodes. */
    IssuePanel.prototype.show = function () {
        while (this.root.firstChild) {
            this.root.removeChild(this.root.firstChild);
        }
        for (var i = 0; i < arguments.length; i++) {
            this.root.appendChild(arguments[i]);
        }
    };

    IssuePanel.prototype.render = function (shown) {
        var panel = this;
        var content = [];
        if (shown.keyResults.length === 0) {
            content.push(el('p', 'capokr-panel-empty', AJS.I18n.getText('capokr.panel.empty')));
        } else {
            var list = el('ul', 'capokr-panel-list');
            shown.keyResults.forEach(function (keyResult) {
                list.appendChild(panel.row(keyResult));
            });
            content.push(list);
        }
        content.push(panel.linkControl());
        panel.show.apply(panel, content);
    };

    IssuePanel.prototype.row = function (keyResult) {
        var panel = this;
        var item = el('li', 'capokr-panel-kr');
        item.setAttribute('data-key-result-id', String(keyResult.id));

        var title = el('a', 'capokr-panel-kr-title', keyResult.title);
        title.href = pageOf(keyResult);
        item.appendChild(title);

        var where = el('div', 'capokr-panel-kr-where');
        where.appendChild(el('span', 'capokr-panel-objective', keyResult.objective.title));
        where.appendChild(el('span', 'capokr-panel-cycle', ' \u00b7 ' + keyResult.cycle.name
            + (keyResult.projectKey ? ' \u00b7 ' + keyResult.projectKey : ' \u00b7 ' + AJS.I18n.getText('capokr.panel.company'))));
        item.appendChild(where);

        var status = el('div', 'capokr-panel-kr-status');
        var percent = Math.round(keyResult.progress * 100);
        var bar = el('span', 'capokr-panel-bar');
        bar.setAttribute('role', 'img');
        bar.setAttribute('aria-label', AJS.I18n.getText('capokr.panel.progress', percent));
        var value = el('span', 'capokr-panel-bar-value');
        value.style.width = percent + '%';
        bar.appendChild(value);
        status.appendChild(bar);
        status.appendChild(el('span', 'capokr-panel-percent', percent + '%'));
        var health = HEALTH[keyResult.health] || HEALTH.NOT_STARTED;
        status.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle ' + health.css, health.label));
        item.appendChild(status);

        var link = el('div', 'capokr-panel-kr-link');
        link.appendChild(el('span', 'capokr-panel-contributes',
            keyResult.contributes ? AJS.I18n.getText('capokr.panel.contributes') : AJS.I18n.getText('capokr.panel.contextOnly')));
        if (keyResult.canUnlink) {
            var unlink = el('button', 'aui-button aui-button-link capokr-panel-unlink', AJS.I18n.getText('capokr.panel.unlink'));
            unlink.type = 'button';
            unlink.addEventListener('click', function () {
                panel.confirmUnlink(item, keyResult);
            });
            link.appendChild(unlink);
        }
        item.appendChild(link);
        return item;
    };

    /* Unlinking asks first, in place, as Jira's inline edits do. */
    IssuePanel.prototype.confirmUnlink = function (item, keyResult) {
        var panel = this;
        if (item.querySelector('.capokr-panel-confirm')) {
            return;
        }
        var confirm = el('div', 'capokr-panel-confirm');
        confirm.appendChild(el('p', null, AJS.I18n.getText('capokr.panel.unlink.confirm', keyResult.title)));
        var yes = el('button', 'aui-button aui-button-primary capokr-panel-unlink-confirm', AJS.I18n.getText('capokr.panel.unlink'));
        yes.type = 'button';
        var no = el('button', 'aui-button aui-button-link', AJS.I18n.getText('capokr.panel.cancel'));
        no.type = 'button';
        confirm.appendChild(yes);
        confirm.appendChild(no);
        item.appendChild(confirm);
        yes.focus();
        no.addEventListener('click', function () {
            item.removeChild(confirm);
        });
        yes.addEventListener('click', function () {
            yes.disabled = true;
            CapOkr.call('POST', '/keyresults/' + keyResult.id + '/issues/unlink', {issueKeys: [panel.issueKey]})
                .then(function (result) {
                    if (result.ok) {
                        return panel.load();
                    }
                    yes.disabled = false;
                    confirm.appendChild(message('error', errorText(result)));
                });
        });
    };

    /* "Link to a key result": a search of the key results the caller may link this issue to, then the link. */
    IssuePanel.prototype.linkControl = function () {
        var panel = this;
        var box = el('div', 'capokr-panel-linking');
        var open = el('button', 'aui-button capokr-panel-link-open', AJS.I18n.getText('capokr.panel.link'));
        open.type = 'button';
        box.appendChild(open);

        var form = el('form', 'aui capokr-panel-link-form');
        form.hidden = true;
        var searchId = 'capokr-panel-search-' + panel.issueKey;
        var label = el('label', null, AJS.I18n.getText('capokr.panel.search'));
        label.htmlFor = searchId;
        var search = el('input', 'text capokr-panel-search');
        search.id = searchId;
        search.type = 'search';
        search.autocomplete = 'off';
        search.placeholder = AJS.I18n.getText('capokr.panel.search.placeholder');
        var results = el('ul', 'capokr-panel-candidates');
        results.setAttribute('role', 'listbox');
        var contributesBox = el('div', 'checkbox');
        var contributes = el('input', 'checkbox capokr-panel-link-contributes');
        contributes.type = 'checkbox';
        contributes.checked = true;
        contributes.id = 'capokr-panel-contributes-' + panel.issueKey;
        var contributesLabel = el('label', null, AJS.I18n.getText('capokr.panel.link.contributes'));
        contributesLabel.htmlFor = contributes.id;
        contributesBox.appendChild(contributes);
        contributesBox.appendChild(contributesLabel);
        var problems = el('div', 'capokr-panel-problems');
        var actions = el('div', 'buttons');
        var submit = el('button', 'aui-button aui-button-primary capokr-panel-link-submit', AJS.I18n.getText('capokr.panel.link.submit'));
        submit.type = 'submit';
        submit.disabled = true;
        var cancel = el('button', 'aui-button aui-button-link', AJS.I18n.getText('capokr.panel.cancel'));
        cancel.type = 'button';
        actions.appendChild(submit);
        actions.appendChild(cancel);
        [label, search, results, contributesBox, problems, actions].forEach(function (node) {
            form.appendChild(node);
        });
        box.appendChild(form);

        var chosen = null;
        var timer = null;
        var asked = 0;

        function choose(candidate, option) {
            chosen = candidate;
            results.querySelectorAll('[aria-selected]').forEach(function (other) {
                other.setAttribute('aria-selected', 'false');
            });
            option.setAttribute('aria-selected', 'true');
            submit.disabled = false;
        }

        function find() {
            var query = search.value;
            var mine = ++asked;
            CapOkr.call('GET', panel.path + '/candidates?query=' + encodeURIComponent(query)).then(function (result) {
                if (mine !== asked) {
                    return;
                }
                while (results.firstChild) {
                    results.removeChild(results.firstChild);
                }
                chosen = null;
                submit.disabled = true;
                if (!result.ok) {
                    results.appendChild(el('li', 'capokr-panel-note', errorText(result)));
                    return;
                }
                if (result.json.length === 0) {
                    results.appendChild(el('li', 'capokr-panel-note', AJS.I18n.getText('capokr.panel.noCandidates')));
                }
                result.json.forEach(function (candidate) {
                    var option = el('li', 'capokr-panel-candidate');
                    option.setAttribute('role', 'option');
                    option.setAttribute('aria-selected', 'false');
                    option.tabIndex = 0;
                    option.setAttribute('data-key-result-id', String(candidate.id));
                    option.appendChild(el('span', 'capokr-panel-candidate-title', candidate.title));
                    option.appendChild(el('span', 'capokr-panel-candidate-where', candidate.objective.title + ' \u00b7 '
                        + candidate.cycle.name + ' \u00b7 ' + (candidate.projectKey || AJS.I18n.getText('capokr.panel.company'))));
                    option.addEventListener('click', function () {
                        choose(candidate, option);
                    });
                    option.addEventListener('keydown', function (event) {
                        if (event.key === 'Enter' || event.key === ' ') {
                            event.preventDefault();
                            choose(candidate, option);
                        }
                    });
                    results.appendChild(option);
                });
            });
        }

        open.addEventListener('click', function () {
            open.hidden = true;
            form.hidden = false;
            search.focus();
            find();
        });
        cancel.addEventListener('click', function () {
            form.hidden = true;
            open.hidden = false;
        });
        search.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(find, SEARCH_DELAY_MS);
        });
        search.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!chosen) {
                return;
            }
            submit.disabled = true;
            while (problems.firstChild) {
                problems.removeChild(problems.firstChild);
            }
            CapOkr.call('POST', '/keyresults/' + chosen.id + '/issues',
                {issueKeys: [panel.issueKey], contributes: contributes.checked}).then(function (result) {
                if (result.ok) {
                    return panel.load();
                }
                submit.disabled = false;
                problems.appendChild(message('error', errorText(result)));
            });
        });
        return box;
    };

    /* Where a key result is shown in full: its project's OKR page, or the company page. */
    function pageOf(keyResult) {
        var base = (typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
        return keyResult.projectKey
            ? base + '/projects/' + encodeURIComponent(keyResult.projectKey) + '?selectedItem=io.capokr.jira:okr-project-page'
            : base + '/plugins/servlet/capokr/okrs';
    }

    /* The API's messages (Jira's error shape) as one line of text. */
    function errorText(result) {
        var json = result.json || {};
        var texts = (json.errorMessages || []).slice();
        Object.keys(json.errors || {}).forEach(function (field) {
            texts.push(json.errors[field]);
        });
        return texts.length ? texts.join(' ') : AJS.I18n.getText('capokr.panel.failed');
    }

    function message(kind, text) {
        var box = el('div', 'aui-message aui-message-' + kind);
        box.setAttribute('role', 'alert');
        box.appendChild(el('p', null, text));
        return box;
    }

    AJS.toInit(function () {
        var root = document.getElementById('capokr-issue-panel');
        if (root && root.getAttribute('data-issue-key')) {
            new IssuePanel(root).load();
        }
    });
}());
