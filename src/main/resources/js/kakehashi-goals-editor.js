/*
 * Kakehashi in Confluence's macro browser: the "goal" parameter of the shared-goal macro becomes a list of the goals
 * the author may see (newest first), so that a goal is chosen by its title rather than typed as a number. Leaving
 * it empty puts a form on the page to create a goal there. The chosen id is kept in #macro-param-goal, which is
 * what the macro browser reads on insert. The shared-goals macro's status, order and view are offered as lists with
 * translated names (the macro browser's own list shows the raw values). Texts come through the host's jsI18n transformer, which replaces each
 * AJS.I18n.getText call with a literal key by the text in the author's language (a key in a variable is not replaced).
 */
(function () {
    'use strict';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        if (meta) {
            return meta.getAttribute('content');
        }
        return (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
    }

    var TEXT = {
        goal: AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goal.param.goal.label'),
        none: AJS.I18n.getText('kakehashi.goals.picker.none'),
        failed: AJS.I18n.getText('kakehashi.goals.picker.failed'),
        any: AJS.I18n.getText('kakehashi.goals.picker.any')
    };

    /** The names of the shared-goals macro's list values, by parameter and value. */
    var CHOICES = {
        status: {
            'on-track': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.status.on-track.desc'),
            'at-risk': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.status.at-risk.desc'),
            'off-track': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.status.off-track.desc'),
            'done': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.status.done.desc'),
            'paused': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.status.paused.desc')
        },
        sort: {
            'due': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.sort.due.desc'),
            'progress': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.sort.progress.desc'),
            'updated': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.sort.updated.desc'),
            'title': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.sort.title.desc')
        },
        view: {
            'list': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.view.list.desc'),
            'timeline': AJS.I18n.getText('dev.kakehashi.kakehashi.shared-goals.param.view.timeline.desc')
        }
    };

    /** A list of a parameter's values under their translated names; the stored value stays the raw one. */
    function choiceField(param) {
        var names = CHOICES[param.name] || {};
        var div = document.createElement('div');
        div.className = 'macro-param-div field-group';
        var label = document.createElement('label');
        label.setAttribute('for', 'macro-param-' + param.name);
        label.textContent = param.displayName || param.name;
        var select = document.createElement('select');
        select.id = 'macro-param-' + param.name;
        select.className = 'select macro-param-input';
        var values = (param.required || param.defaultValue ? [] : ['']).concat(param.enumValues || []);
        values.forEach(function (v) {
            var option = document.createElement('option');
            option.value = v;
            option.textContent = v === '' ? TEXT.any : (names[v] || v);
            select.appendChild(option);
        });
        div.appendChild(label);
        div.appendChild(select);
        if (param.description) {
            var description = document.createElement('div');
            description.className = 'description';
            description.textContent = param.description;
            div.appendChild(description);
        }
        return {
            paramDiv: div,
            input: select,
            setValue: function (v) {
                select.value = v || (param.defaultValue || '');
            },
            getValue: function () {
                return select.value;
            }
        };
    }

    function goalField(param) {
        var div = document.createElement('div');
        div.className = 'macro-param-div kakehashi-goal-picker';
        var label = document.createElement('label');
        label.setAttribute('for', 'macro-param-' + param.name);
        label.textContent = param.displayName || TEXT.goal;
        var select = document.createElement('select');
        select.id = 'macro-param-' + param.name;
        select.className = 'select macro-param-input';
        var none = document.createElement('option');
        none.value = '';
        none.textContent = TEXT.none;
        select.appendChild(none);
        div.appendChild(label);
        div.appendChild(select);
        var status = document.createElement('div');
        status.className = 'description';
        status.setAttribute('role', 'status');
        div.appendChild(status);
        var wanted = '';
        fetch(contextPath() + '/rest/kakehashi/1.0/goals?sort=updated&limit=50', {
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'}
        }).then(function (response) {
            return response.ok ? response.json() : Promise.reject(response.status);
        }).then(function (page) {
            page.items.forEach(function (goal) {
                var option = document.createElement('option');
                option.value = String(goal.id);
                option.textContent = goal.title + ' — ' + goal.spaceName;
                select.appendChild(option);
            });
            select.value = wanted;
            status.textContent = '';
        }, function () {
            status.textContent = TEXT.failed;
        });
        return {
            paramDiv: div,
            input: select,
            setValue: function (v) {
                wanted = v || '';
                select.value = wanted;
            },
            getValue: function () {
                return select.value;
            }
        };
    }

    function register() {
        if (window.AJS && AJS.MacroBrowser && AJS.MacroBrowser.setMacroJsOverride) {
            AJS.MacroBrowser.setMacroJsOverride('shared-goal', {fields: {string: {goal: goalField}}});
            AJS.MacroBrowser.setMacroJsOverride('shared-goals', {
                fields: {'enum': {status: choiceField, sort: choiceField, view: choiceField}}
            });
        }
    }

    if (window.AJS && AJS.toInit) {
        AJS.toInit(register);
    } else if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', register);
    } else {
        register();
    }
}());
