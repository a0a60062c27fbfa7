/*
 * Kakehashi's blueprint wizards in Confluence's Create dialog: results and learnings, an OWWH plan, and notes of a
 * cross-department meeting. Each wizard page's template is a function at its template-key path
 * (Kakehashi.Blueprints.resultsForm, .planForm, .meetingForm) returning the page's form; its texts reach the script
 * through the host's jsI18n transformer, which writes each AJS.I18n.getText('key') as the text in the user's
 * language. Meeting notes have an attendees field with the people picker (kakehashi-picker.js), which asks about the
 * space the wizard creates the page in (state.wizardData.spaceKey). The departments are read from the REST API once the page is shown; values passed from Jira's "write the
 * results page" arrive in the page's address (kakehashiRequest, kakehashiDepartments). The fields
 * are checked before the wizard submits; the server reads them again and trusts none of them.
 */
(function () {
    'use strict';

    var PLUGIN = 'dev.kakehashi.kakehashi';
    var K = window.Kakehashi = window.Kakehashi || {};
    var B = K.Blueprints = K.Blueprints || {};
    var TITLE_MAX = 255;
    var SUMMARY_MAX = 300;
    var REQUEST_KEY = /^[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]{0,17}$/;
    var ATTENDEES_MAX = 30;

    var TEXT = {
        required: AJS.I18n.getText('kakehashi.error.required'),
        tooLong: AJS.I18n.getText('kakehashi.knowledge.wizard.error.too.long'),
        requestFormat: AJS.I18n.getText('kakehashi.knowledge.wizard.error.request'),
        date: AJS.I18n.getText('kakehashi.knowledge.wizard.error.date'),
        departmentsOne: AJS.I18n.getText('kakehashi.knowledge.wizard.error.departments.one'),
        departmentsTwo: AJS.I18n.getText('kakehashi.knowledge.wizard.error.departments.two'),
        loading: AJS.I18n.getText('kakehashi.knowledge.wizard.departments.loading'),
        loadFailed: AJS.I18n.getText('kakehashi.knowledge.wizard.departments.failed'),
        fix: AJS.I18n.getText('kakehashi.knowledge.wizard.error.summary'),
        requiredMark: AJS.I18n.getText('kakehashi.admin.field.required'),
        title: AJS.I18n.getText('kakehashi.knowledge.wizard.field.title'),
        titleFromRequest: AJS.I18n.getText('kakehashi.knowledge.wizard.field.title.from.request'),
        departments: AJS.I18n.getText('kakehashi.knowledge.wizard.field.departments'),
        request: AJS.I18n.getText('kakehashi.knowledge.wizard.field.request'),
        requestHint: AJS.I18n.getText('kakehashi.knowledge.wizard.field.request.description'),
        outcome: AJS.I18n.getText('kakehashi.knowledge.wizard.field.outcome'),
        outcomeHint: AJS.I18n.getText('kakehashi.knowledge.wizard.field.outcome.description'),
        objective: AJS.I18n.getText('kakehashi.knowledge.wizard.field.objective'),
        objectiveHint: AJS.I18n.getText('kakehashi.knowledge.wizard.field.objective.description'),
        meetingDate: AJS.I18n.getText('kakehashi.knowledge.wizard.field.meeting.date'),
        meetingTitle: AJS.I18n.getText('kakehashi.knowledge.meeting.wizard.default.title'),
        attendees: AJS.I18n.getText('kakehashi.knowledge.wizard.field.attendees'),
        attendeesHint: AJS.I18n.getText('kakehashi.knowledge.wizard.field.attendees.description'),
        attendeesUnknown: AJS.I18n.getText('kakehashi.knowledge.wizard.error.attendees.unknown'),
        attendeesChecking: AJS.I18n.getText('kakehashi.knowledge.wizard.error.attendees.checking'),
        attendeesTooMany: AJS.I18n.getText('kakehashi.knowledge.wizard.error.attendees.too.many'),
        attendeesRefused: AJS.I18n.getText('kakehashi.picker.refused'),
        cannotViewSpace: AJS.I18n.getText('kakehashi.picker.cannot.view.space')
    };

    /** The three wizards: web-item key, wizard page id, kind, and which fields the page has. */
    var KINDS = [
        {item: 'results-create-item', page: 'resultsPage', kind: 'results', minDepartments: 2,
            summary: 'outcome', summaryRequired: false, request: true, date: false, attendees: false},
        {item: 'owwh-plan-create-item', page: 'planPage', kind: 'owwh-plan', minDepartments: 1,
            summary: 'objective', summaryRequired: true, request: true, date: false, attendees: false},
        {item: 'meeting-notes-create-item', page: 'meetingPage', kind: 'meeting-notes', minDepartments: 2,
            summary: null, summaryRequired: false, request: true, date: true, attendees: true}
    ];

    function escape(text) {
        return String(text).replace(/[&<>"']/g, function (c) {
            return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
        });
    }

    function label(id, text, required) {
        return '<label for="' + id + '">' + escape(text) + (required ? '<span class="aui-icon icon-required">'
            + escape(TEXT.requiredMark) + '</span>' : '') + '</label>';
    }

    function textField(kind, name, text, hint, required, max, type, picker) {
        var id = 'kakehashi-bp-' + kind.kind + '-' + name;
        return '<div class="field-group">' + label(id, text, required)
            + '<input class="text long-field" type="' + (type || 'text') + '" id="' + id + '" name="' + name + '"'
            + (picker ? ' data-kakehashi-picker="' + picker + '"' : '')
            + (max ? ' maxlength="' + max + '"' : '') + (required ? ' required aria-required="true"' : '')
            + (hint ? ' aria-describedby="' + id + '-description"' : '') + ' autocomplete="off">'
            + (hint ? '<div class="description" id="' + id + '-description">' + escape(hint) + '</div>' : '')
            + '<div class="error" data-field="' + name + '" id="' + id + '-error"></div></div>';
    }

    /** The form of one wizard page. */
    function form(kind) {
        var html = '<form class="aui kakehashi-blueprint-form" data-kind="' + kind.kind + '" novalidate>'
            + '<div class="kakehashi-form-errors aui-message aui-message-error" role="alert" hidden></div>'
            + '<input type="hidden" name="kakehashiKind" value="' + kind.kind + '">'
            + '<input type="hidden" name="kakehashiDepartments" value="">';
        html += kind.kind === 'results' ? textField(kind, 'title', TEXT.title, TEXT.titleFromRequest, false, TITLE_MAX)
            : textField(kind, 'title', TEXT.title, '', true, TITLE_MAX);
        if (kind.date) {
            html += textField(kind, 'kakehashiMeetingDate', TEXT.meetingDate, '', true, 10, 'date');
        }
        var legendId = 'kakehashi-bp-' + kind.kind + '-departments-legend';
        html += '<fieldset class="group kakehashi-blueprint-departments" aria-describedby="kakehashi-bp-' + kind.kind
            + '-departments-error"><legend id="' + legendId + '"><span>' + escape(TEXT.departments)
            + '</span><span class="aui-icon icon-required">' + escape(TEXT.requiredMark) + '</span></legend>'
            + '<div class="kakehashi-blueprint-department-list" aria-busy="true"><p class="kakehashi-blueprint-loading">'
            + escape(TEXT.loading) + '</p></div><div class="error" data-field="kakehashiDepartments" id="kakehashi-bp-'
            + kind.kind + '-departments-error"></div></fieldset>';
        if (kind.attendees) {
            // user names, as many as the limit allows, each up to the hosts' 255 characters, with separators
            html += textField(kind, 'kakehashiAttendees', TEXT.attendees, TEXT.attendeesHint, false,
                ATTENDEES_MAX * 257, 'text', 'users');
        }
        if (kind.summary === 'outcome') {
            html += textField(kind, 'kakehashiSummary', TEXT.outcome, TEXT.outcomeHint, false, SUMMARY_MAX);
        } else if (kind.summary === 'objective') {
            html += textField(kind, 'kakehashiSummary', TEXT.objective, TEXT.objectiveHint, true, SUMMARY_MAX);
        }
        if (kind.request) {
            html += textField(kind, 'kakehashiRequest', TEXT.request, TEXT.requestHint, false, 255);
        }
        return html + '</form>';
    }

    B.resultsForm = function () {
        return form(KINDS[0]);
    };
    B.planForm = function () {
        return form(KINDS[1]);
    };
    B.meetingForm = function () {
        return form(KINDS[2]);
    };

    function today() {
        var d = new Date();
        var pad = function (n) {
            return (n < 10 ? '0' : '') + n;
        };
        return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
    }

    /** What Jira's "write the results page" passed on in the page's address. */
    function passedOn() {
        var params = new URLSearchParams(window.location.search);
        return {
            request: params.get('kakehashiRequest') || '',
            departments: (params.get('kakehashiDepartments') || '').split(',').filter(Boolean)
        };
    }

    /** The attendees picker of each wizard form that has one. */
    var pickers = new WeakMap();

    /** The space the page is created in: the wizard's own data, else the space of the page the dialog opened on. */
    function spaceOf(state) {
        return state && state.wizardData && state.wizardData.spaceKey
            || (AJS.Meta && AJS.Meta.get ? AJS.Meta.get('space-key') || '' : '');
    }

    function container(state) {
        var c = state && state.$container;
        return c && c.nodeType ? c : (c && c[0]) || document;
    }

    function showDepartments(root, kind, departments, chosen) {
        var list = root.querySelector('.kakehashi-blueprint-department-list');
        list.textContent = '';
        departments.forEach(function (d) {
            var id = 'kakehashi-bp-' + kind.kind + '-department-' + d.key;
            var div = document.createElement('div');
            div.className = 'checkbox';
            var input = document.createElement('input');
            input.type = 'checkbox';
            input.className = 'checkbox';
            input.id = id;
            input.name = 'kakehashiDepartment';
            input.value = d.key;
            input.checked = chosen.indexOf(d.key) >= 0;
            var text = document.createElement('label');
            text.htmlFor = id;
            text.textContent = d.name;
            div.appendChild(input);
            div.appendChild(text);
            list.appendChild(div);
        });
        list.removeAttribute('aria-busy');
        list.setAttribute('data-ready', 'true');
    }

    function prepare(kind, state) {
        var root = container(state);
        var f = root.querySelector('.kakehashi-blueprint-form[data-kind="' + kind.kind + '"]');
        if (!f) {
            return;
        }
        var given = passedOn();
        if (kind.request && given.request) {
            f.elements.kakehashiRequest.value = given.request;
        }
        if (kind.date) {
            f.elements.kakehashiMeetingDate.value = today();
            if (!f.elements.title.value) {
                f.elements.title.value = AJS.format(TEXT.meetingTitle, today());
            }
        }
        if (kind.attendees && f.elements.kakehashiAttendees && K.startPicker) {
            // the people picker asks whether each person may view the space the page is created in
            var space = spaceOf(state);
            if (space) {
                f.setAttribute('data-picker-space', space);
            }
            f.elements.kakehashiAttendees.setAttribute('data-ready', 'true');
            pickers.set(f, K.startPicker(f.elements.kakehashiAttendees));
        }
        var base = (AJS.contextPath ? AJS.contextPath() : '') + '/rest/kakehashi/1.0';
        K.call(base, 'GET', '/departments', undefined, {failed: TEXT.loadFailed, network: TEXT.loadFailed})
            .then(function (departments) {
                showDepartments(f, kind, departments || [], given.departments);
            }, function (error) {
                var list = f.querySelector('.kakehashi-blueprint-department-list');
                list.removeAttribute('aria-busy');
                list.querySelector('.kakehashi-blueprint-loading').textContent = error.message;
            });
        f.addEventListener('input', function (event) {
            forget(f, event.target);
        });
        f.addEventListener('change', function (event) {
            forget(f, event.target);
        });
        f.elements.title.focus();
    }

    /** A field the author changes loses its error until the next check. */
    function forget(f, input) {
        var field = input.name === 'kakehashiDepartment' ? 'kakehashiDepartments' : input.name;
        var slot = f.querySelector('.error[data-field="' + field + '"]');
        if (slot) {
            slot.textContent = '';
        }
        input.removeAttribute('aria-invalid');
    }

    function problem(f, field, message) {
        var slot = f.querySelector('.error[data-field="' + field + '"]');
        slot.textContent = message;
        var input = f.elements[field];
        if (input && input.setAttribute && input.type !== 'hidden') {
            input.setAttribute('aria-invalid', 'true');
        }
        return 1;
    }

    /** Checks the page and writes its values into the wizard's page data; false keeps the dialog open. */
    function submit(kind, state) {
        var root = container(state);
        var f = root.querySelector('.kakehashi-blueprint-form[data-kind="' + kind.kind + '"]');
        if (!f) {
            return true;
        }
        K.clearErrors(f);
        var problems = 0;
        var title = f.elements.title.value.trim();
        var namedRequest = f.elements.kakehashiRequest ? f.elements.kakehashiRequest.value.trim() : '';
        // without a title, a page about a request is named after it on the server, wherever it was started
        if (!title && !(kind.kind === 'results' && REQUEST_KEY.test(namedRequest))) {
            problems += problem(f, 'title', TEXT.required);
        } else if (title.length > TITLE_MAX) {
            problems += problem(f, 'title', AJS.format(TEXT.tooLong, TITLE_MAX));
        }
        var list = f.querySelector('.kakehashi-blueprint-department-list');
        var chosen = Array.prototype.slice.call(f.querySelectorAll('input[name="kakehashiDepartment"]:checked'))
            .map(function (c) {
                return c.value;
            });
        if (list.getAttribute('data-ready') !== 'true') {
            problems += problem(f, 'kakehashiDepartments', TEXT.loading);
        } else if (chosen.length < kind.minDepartments) {
            problems += problem(f, 'kakehashiDepartments', kind.minDepartments > 1 ? TEXT.departmentsTwo
                : TEXT.departmentsOne);
        }
        var summary = f.elements.kakehashiSummary ? f.elements.kakehashiSummary.value.trim() : '';
        if (f.elements.kakehashiSummary && kind.summaryRequired && !summary) {
            problems += problem(f, 'kakehashiSummary', TEXT.required);
        } else if (summary.length > SUMMARY_MAX) {
            problems += problem(f, 'kakehashiSummary', AJS.format(TEXT.tooLong, SUMMARY_MAX));
        }
        var request = f.elements.kakehashiRequest ? f.elements.kakehashiRequest.value.trim() : '';
        if (request && !REQUEST_KEY.test(request)) {
            problems += problem(f, 'kakehashiRequest', TEXT.requestFormat);
        }
        var date = f.elements.kakehashiMeetingDate ? f.elements.kakehashiMeetingDate.value.trim() : '';
        if (f.elements.kakehashiMeetingDate && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
            problems += problem(f, 'kakehashiMeetingDate', TEXT.date);
        }
        var attendees = [];
        if (f.elements.kakehashiAttendees) {
            var check = attendeeProblem(pickers.get(f), f.elements.kakehashiAttendees);
            attendees = check.names;
            if (check.message) {
                problems += problem(f, 'kakehashiAttendees', check.message);
            }
        }
        if (problems) {
            var summaryBox = f.querySelector('.kakehashi-form-errors');
            summaryBox.textContent = TEXT.fix;
            summaryBox.hidden = false;
            var first = f.querySelector('[aria-invalid=true]') || f.querySelector('input[name="kakehashiDepartment"]');
            if (first) {
                first.focus();
            }
            return false;
        }
        f.elements.kakehashiDepartments.value = chosen.join(',');
        var data = state.pageData || (state.pageData = {});
        data.title = title;
        data.kakehashiKind = kind.kind;
        data.kakehashiDepartments = chosen.join(',');
        data.kakehashiSummary = summary;
        data.kakehashiRequest = request.toUpperCase();
        if (kind.date) {
            data.kakehashiMeetingDate = date;
        }
        if (f.elements.kakehashiAttendees) {
            data.kakehashiAttendees = attendees.join(',');
        }
        // the host does not put the space into the page's context: the attendees are checked against this one
        data.kakehashiSpace = spaceOf(state);
        return true;
    }

    /**
     * The attendees' user names and what is wrong with them, in the picker's rule: a name of nobody, or a person who
     * may not view the space, is refused with the reason; names still being looked up wait.
     */
    function attendeeProblem(picker, field) {
        if (!picker || typeof picker.problems !== 'function') {
            var typed = field.value.split(/[,\u3001\s]+/).filter(Boolean);
            return {names: typed, message: typed.length > ATTENDEES_MAX ? AJS.format(TEXT.attendeesTooMany,
                ATTENDEES_MAX) : ''};
        }
        var found = picker.problems();
        var message = '';
        if (found.names.length > ATTENDEES_MAX) {
            message = AJS.format(TEXT.attendeesTooMany, ATTENDEES_MAX);
        } else if (found.unknown.length) {
            message = AJS.format(TEXT.attendeesUnknown, found.unknown.join('、'));
        } else if (found.blind.length) {
            message = AJS.format(TEXT.attendeesRefused, found.blind.join('、'), found.mark || TEXT.cannotViewSpace);
        } else if (found.pending.length) {
            message = TEXT.attendeesChecking;
        }
        return {names: found.names, message: message};
    }

    function register() {
        var blueprint = window.Confluence && window.Confluence.Blueprint;
        if (!blueprint || typeof blueprint.setWizard !== 'function') {
            return false;
        }
        KINDS.forEach(function (kind) {
            blueprint.setWizard(PLUGIN + ':' + kind.item, function (wizard) {
                wizard.on('post-render.' + kind.page, function (event, state) {
                    prepare(kind, state);
                });
                wizard.on('submit.' + kind.page, function (event, state) {
                    return submit(kind, state);
                });
            });
        });
        return true;
    }

    if (!register() && window.AJS && AJS.toInit) {
        AJS.toInit(register);
    }
}());
