/*
 * Shared goals and the collaboration requests that serve them, across the application link.
 * - In Jira, a field marked data-kakehashi-goal-picker (the goal's id, the form's field) gets a combobox that finds
 *   goals by part of their title (Japanese or English) in Confluence, as the user, through
 *   /rest/kakehashi/1.0/collaboration/goals; the chosen goal is shown with its title and can be removed. The field
 *   itself becomes hidden; its label names the search box.
 * - In Jira, an element with data-kakehashi-goal (the request panel) shows the goal's title, linking to its page,
 *   asked of Confluence as the reader; a goal they may not see is never named.
 * - In Confluence, an element with data-kakehashi-goal-requests (a goal's card) lists the requests serving the goal
 *   that the reader may browse in Jira, loaded after the page has rendered, when the card is on screen.
 * When Confluence or Jira cannot be asked, each says why: not linked, authorisation needed (with the link to allow
 * it), not reachable. Text from the server is inserted with textContent only; links only when they are http(s).
 */
(function () {
    'use strict';

    var K = window.Kakehashi = window.Kakehashi || {};
    var DELAY = 200;
    var TEXT = {
        search: AJS.I18n.getText('kakehashi.goal.link.search'),
        remove: AJS.I18n.getText('kakehashi.goal.link.remove'),
        removed: AJS.I18n.getText('kakehashi.goal.link.removed'),
        chosen: AJS.I18n.getText('kakehashi.goal.link.chosen'),
        hidden: AJS.I18n.getText('kakehashi.goal.link.hidden'),
        notLinked: AJS.I18n.getText('kakehashi.goal.link.not.linked'),
        authorise: AJS.I18n.getText('kakehashi.goal.link.authorise'),
        authoriseLink: AJS.I18n.getText('kakehashi.goal.link.authorise.link'),
        unreachable: AJS.I18n.getText('kakehashi.goal.link.unreachable'),
        jiraNotLinked: AJS.I18n.getText('kakehashi.goal.requests.not.linked'),
        jiraAuthorise: AJS.I18n.getText('kakehashi.goal.requests.authorise'),
        jiraAuthoriseLink: AJS.I18n.getText('kakehashi.goal.requests.authorise.link'),
        jiraUnreachable: AJS.I18n.getText('kakehashi.goal.requests.unreachable'),
        noRequests: AJS.I18n.getText('kakehashi.goal.requests.none'),
        resolved: AJS.I18n.getText('kakehashi.goal.requests.resolved'),
        step: AJS.I18n.getText('kakehashi.goal.requests.step')
    };

    var format = window.Kakehashi.format;
    var element = window.Kakehashi.element;

    function webLink(url) {
        return typeof url === 'string' && /^https?:\/\//i.test(url);
    }

    function link(url, text, className) {
        if (!webLink(url)) {
            return element('span', className, text);
        }
        var a = element('a', className, text);
        a.href = url;
        return a;
    }

    function restBase(node) {
        var holder = node.closest('[data-rest]');
        return holder ? holder.getAttribute('data-rest')
            : (AJS.contextPath ? AJS.contextPath() : '') + '/rest/kakehashi/1.0';
    }

    function getJson(url) {
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (r) {
            if (!r.ok) {
                var error = new Error('HTTP ' + r.status);
                error.status = r.status;
                throw error;
            }
            return r.json();
        });
    }

    /** Why the other product could not answer, as a sentence and, for authorisation, the link that allows it. */
    function problem(state, authoriseUrl, texts) {
        var p = element('span', 'kakehashi-link-problem');
        p.setAttribute('data-state', state || 'unreachable');
        if (state === 'not-linked') {
            p.textContent = texts.notLinked;
        } else if (state === 'needs-authorisation') {
            p.appendChild(document.createTextNode(texts.authorise + ' '));
            if (webLink(authoriseUrl)) {
                var a = link(authoriseUrl, texts.authoriseLink, 'kakehashi-link-authorise');
                a.target = '_blank';
                a.rel = 'noopener';
                p.appendChild(a);
            }
        } else if (state === 'not-found') {
            p.textContent = texts.hidden;
        } else {
            p.textContent = texts.unreachable;
        }
        return p;
    }

    var confluenceTexts = {notLinked: TEXT.notLinked, authorise: TEXT.authorise, authoriseLink: TEXT.authoriseLink,
        unreachable: TEXT.unreachable, hidden: TEXT.hidden};
    var jiraTexts = {notLinked: TEXT.jiraNotLinked, authorise: TEXT.jiraAuthorise,
        authoriseLink: TEXT.jiraAuthoriseLink, unreachable: TEXT.jiraUnreachable, hidden: TEXT.jiraUnreachable};

    /** One goal, found by id, as Confluence lets the reader see it. */
    function goalById(node, id) {
        return getJson(restBase(node) + '/collaboration/goals/' + encodeURIComponent(id));
    }

    /**
     * The goal picker: a search box that takes the field's label, a listbox of goals, the chosen goal with a remove
     * button, and a line that says why Confluence could not be asked.
     */
    function GoalPicker(field) {
        var box = element('input', 'text long-field kakehashi-picker-filter kakehashi-goal-search');
        box.type = 'text';
        box.id = field.id + '-search';
        box.setAttribute('placeholder', TEXT.search);
        var described = field.getAttribute('aria-describedby');
        if (described) {
            box.setAttribute('aria-describedby', described);
        }
        var label = field.labels && field.labels[0];
        K.Combobox.call(this, box, field);
        if (label) {
            label.htmlFor = box.id;
        }
        field.type = 'hidden';
        this.wrapper.insertBefore(box, this.wrapper.firstChild);
        this.field = field;
        this.chosen = element('div', 'kakehashi-goal-chosen');
        this.wrapper.insertBefore(this.chosen, box.nextSibling);
        this.state = element('div', 'kakehashi-goal-state');
        this.state.setAttribute('role', 'status');
        this.wrapper.appendChild(this.state);
        this.sequence = 0;
        var self = this;
        if (field.value) {
            this.render({id: field.value});
            goalById(field, field.value).then(function (data) {
                if (data.state === 'ok' && data.goals.length) {
                    self.render(data.goals[0]);
                } else {
                    self.render({id: field.value});
                    self.say(data.state, data.authoriseUrl);
                }
            }, function () {
                self.say('unreachable');
            });
        }
    }

    GoalPicker.prototype = Object.create((K.Combobox || function () {}).prototype);

    GoalPicker.prototype.query = function () {
        return this.input.value.trim();
    };

    GoalPicker.prototype.say = function (state, authoriseUrl) {
        this.state.textContent = '';
        if (state && state !== 'ok') {
            this.state.appendChild(problem(state, authoriseUrl, confluenceTexts));
        }
    };

    GoalPicker.prototype.search = function (query) {
        var self = this;
        var sequence = ++this.sequence;
        getJson(restBase(this.field) + '/collaboration/goals?q=' + encodeURIComponent(query)).then(function (data) {
            if (sequence !== self.sequence) {
                return;
            }
            if (data.state !== 'ok') {
                self.close();
                self.say(data.state, data.authoriseUrl);
                self.announce(self.state.textContent);
                return;
            }
            self.say('ok');
            self.show(data.goals || [], function (item, goal) {
                item.appendChild(element('span', 'kakehashi-picker-name', goal.title));
            });
        }, function () {
            if (sequence === self.sequence) {
                self.close();
                self.say('unreachable');
                self.announce(TEXT.unreachable);
            }
        });
    };

    /** Shows the chosen goal: its title linking to its page, or its id while the title is not known. */
    GoalPicker.prototype.render = function (goal) {
        var self = this;
        this.chosen.textContent = '';
        if (!goal) {
            return;
        }
        this.chosen.setAttribute('data-goal-id', String(goal.id));
        this.chosen.appendChild(goal.title ? link(goal.url, goal.title, 'kakehashi-goal-chosen-title')
            : element('span', 'kakehashi-goal-chosen-title', '#' + goal.id));
        var remove = element('button', 'aui-button aui-button-subtle kakehashi-picker-remove', '\u00d7');
        remove.type = 'button';
        remove.setAttribute('aria-label', format(TEXT.remove, goal.title || '#' + goal.id));
        remove.addEventListener('click', function () {
            self.field.value = '';
            self.chosen.textContent = '';
            self.say('ok');
            self.announce(format(TEXT.removed, goal.title || '#' + goal.id));
            self.input.focus();
        });
        this.chosen.appendChild(remove);
    };

    GoalPicker.prototype.choose = function (goal) {
        ++this.sequence;
        this.field.value = String(goal.id);
        this.render(goal);
        this.input.value = '';
        this.close();
        this.announce(format(TEXT.chosen, goal.title));
        this.input.focus();
    };

    GoalPicker.prototype.beforeSubmit = function () {
        // the hidden field holds the goal's id; Jira checks it again on save
    };

    /** The request panel's goal: its title and page, asked of Confluence as the reader. */
    function showGoal(holder) {
        var target = holder.querySelector('.kakehashi-request-goal-title');
        goalById(holder, holder.getAttribute('data-kakehashi-goal')).then(function (data) {
            target.textContent = '';
            if (data.state === 'ok' && data.goals.length) {
                target.appendChild(link(data.goals[0].url, data.goals[0].title, 'kakehashi-request-goal-link'));
            } else {
                target.appendChild(problem(data.state, data.authoriseUrl, confluenceTexts));
            }
        }, function () {
            target.textContent = TEXT.unreachable;
        });
    }

    /** A goal card's requests, asked of Jira as the reader once the card is on screen. */
    function listRequests(section) {
        var status = section.querySelector('.kakehashi-goal-requests-status');
        var list = section.querySelector('.kakehashi-goal-requests-list');
        var url = restBase(section) + '/goals/' + encodeURIComponent(section.getAttribute('data-kakehashi-goal-requests'))
            + '/requests';
        getJson(url).then(function (data) {
            status.textContent = '';
            list.textContent = '';
            section.setAttribute('data-state', data.state);
            if (data.state !== 'ok') {
                status.appendChild(problem(data.state, data.authoriseUrl, jiraTexts));
                return;
            }
            if (!data.requests.length) {
                status.textContent = TEXT.noRequests;
                return;
            }
            data.requests.forEach(function (r) {
                var item = element('li', 'kakehashi-goal-request');
                item.setAttribute('data-issue-key', r.issueKey);
                item.appendChild(link(r.url, r.issueKey, 'kakehashi-goal-request-key'));
                item.appendChild(document.createTextNode(' '));
                item.appendChild(element('span', 'kakehashi-goal-request-summary', r.summary));
                item.appendChild(document.createTextNode(' '));
                var step = element('span', 'aui-lozenge aui-lozenge-subtle kakehashi-goal-request-step',
                    format(TEXT.step, r.step, r.stepName));
                step.setAttribute('data-step', String(r.step));
                item.appendChild(step);
                if (r.resolved) {
                    item.appendChild(document.createTextNode(' '));
                    item.appendChild(element('span', 'aui-lozenge aui-lozenge-success', TEXT.resolved));
                }
                item.appendChild(element('span', 'kakehashi-goal-request-departments',
                    r.requestingDepartment + ' → ' + r.partnerDepartment));
                list.appendChild(item);
            });
            list.hidden = false;
        }, function () {
            status.textContent = '';
            status.appendChild(problem('unreachable', null, jiraTexts));
        });
    }

    function whenShown(section) {
        if (!window.IntersectionObserver) {
            listRequests(section);
            return;
        }
        var observer = new IntersectionObserver(function (entries) {
            if (entries.some(function (e) {
                return e.isIntersecting;
            })) {
                observer.disconnect();
                listRequests(section);
            }
        });
        observer.observe(section);
    }

    K.startGoalPicker = function (field) {
        return new GoalPicker(field);
    };

    function start() {
        K.startEach('[data-kakehashi-goal-picker]', K.startGoalPicker);
        K.startEach('[data-kakehashi-goal]', showGoal);
        K.startEach('[data-kakehashi-goal-requests]', whenShown);
    }

    if (K.startEach) {
        start();
    } else {
        AJS.toInit(function () {
            document.querySelectorAll('[data-kakehashi-goal-picker]').forEach(K.startGoalPicker);
            document.querySelectorAll('[data-kakehashi-goal]').forEach(showGoal);
            document.querySelectorAll('[data-kakehashi-goal-requests]').forEach(whenShown);
        });
    }
}());
