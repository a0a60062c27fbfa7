/*
 * Kakehashi shared goals: creating a goal from the shared-goal macro, posting an update, editing the details, and
 * the next pages of the shared-goals list. Changes go to the REST API as JSON; after a change the page is reloaded
 * so that the card and its chart are drawn by the server. Text from the server is inserted with textContent only,
 * except the rows of a list's later pages, which the server renders with the first page's (escaping) row template.
 */
(function () {
    'use strict';

    var K = window.Kakehashi;

    function messages(root) {
        return {failed: root.getAttribute('data-msg-failed') || '', network: root.getAttribute('data-msg-network') || ''};
    }

    function value(form, name) {
        var field = form.elements[name];
        return field ? field.value : undefined;
    }

    function numberOrNull(text) {
        if (text === undefined || text === null || String(text).trim() === '') {
            return null;
        }
        var n = Number(text);
        return isNaN(n) ? text : n;
    }

    /** The goal described by a goal form (create or edit). */
    function goalBody(form) {
        var participants = [];
        form.querySelectorAll('.kakehashi-goal-participant').forEach(function (row) {
            var department = row.querySelector('select[name=department]').value;
            if (department) {
                participants.push({
                    department: department,
                    contact: row.querySelector('input[name=contact]').value,
                    contribution: row.querySelector('input[name=contribution]').value
                });
            }
        });
        var measure = form.querySelector('input[name=measure]:checked');
        return {
            title: value(form, 'title'),
            description: value(form, 'description'),
            owner: value(form, 'owner') || null,
            participants: participants,
            measure: measure ? measure.value : 'number',
            startValue: numberOrNull(value(form, 'startValue')),
            targetValue: numberOrNull(value(form, 'targetValue')),
            unit: value(form, 'unit'),
            milestones: (value(form, 'milestones') || '').split('\n').map(function (s) {
                return s.trim();
            }).filter(Boolean),
            startDate: value(form, 'startDate'),
            dueDate: value(form, 'dueDate'),
            cadence: value(form, 'cadence'),
            labels: (value(form, 'labels') || '').split(/[,\u3001\s]+/).filter(Boolean)
        };
    }

    /** Shows the number or the checklist fields, as the measure chosen asks. */
    function followMeasure(form) {
        function show() {
            var checked = form.querySelector('input[name=measure]:checked');
            var checklist = checked && checked.value === 'checklist';
            form.querySelector('.kakehashi-goal-number-fields').hidden = checklist;
            form.querySelector('.kakehashi-goal-checklist-fields').hidden = !checklist;
        }
        form.querySelectorAll('input[name=measure]').forEach(function (radio) {
            radio.addEventListener('change', show);
        });
        show();
    }

    /** Takes the pickers' boxes and states off a copied row, so that its fields get pickers of their own. */
    function unpick(row) {
        row.querySelectorAll('.kakehashi-picker').forEach(function (box) {
            box.remove();
        });
        row.querySelectorAll('[data-kakehashi-picker]').forEach(function (field) {
            ['data-ready', 'role', 'aria-autocomplete', 'aria-expanded', 'aria-controls', 'aria-activedescendant',
                'aria-invalid'].forEach(function (name) {
                field.removeAttribute(name);
            });
            var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
                return id && !/-hint$/.test(id);
            }).join(' ');
            if (described) {
                field.setAttribute('aria-describedby', described);
            } else {
                field.removeAttribute('aria-describedby');
            }
        });
    }

    /**
     * Adds one more department row (a copy of the last, emptied, with its own ids), up to the form's maximum; the
     * button hides at the maximum.
     */
    function addDepartmentRow(form) {
        var fieldset = form.querySelector('.kakehashi-goal-participants');
        var button = form.querySelector('.kakehashi-goal-add-department');
        var rows = fieldset.querySelectorAll('.kakehashi-goal-participant');
        var max = parseInt(fieldset.getAttribute('data-max'), 10) || 20;
        if (rows.length >= max) {
            button.hidden = true;
            return null;
        }
        var last = rows[rows.length - 1];
        var n = rows.length + 1;
        var copy = last.cloneNode(true);
        copy.setAttribute('data-row', String(n));
        copy.querySelectorAll('[id]').forEach(function (el) {
            el.id = el.id.replace(/-\d+$/, '-' + n);
        });
        copy.querySelectorAll('label[for]').forEach(function (label) {
            label.setAttribute('for', label.getAttribute('for').replace(/-\d+$/, '-' + n));
        });
        var first = copy.querySelector('label:not(.assistive)');
        if (first) {
            first.textContent = (button.getAttribute('data-label-pattern') || '{0}').replace('{0}', String(n));
        }
        copy.querySelectorAll('input').forEach(function (input) {
            input.value = '';
        });
        copy.querySelector('select').value = '';
        unpick(copy);
        last.parentNode.insertBefore(copy, last.nextSibling);
        if (K.startPicker) {
            copy.querySelectorAll('[data-kakehashi-picker]').forEach(function (field) {
                field.setAttribute('data-ready', 'true');
                K.startPicker(field);
            });
        }
        button.hidden = n >= max;
        return copy;
    }

    function followDepartments(form) {
        var button = form.querySelector('.kakehashi-goal-add-department');
        if (button && button.getAttribute('data-ready') !== 'true') {
            button.setAttribute('data-ready', 'true');
            button.addEventListener('click', function () {
                var row = addDepartmentRow(form);
                if (row) {
                    row.querySelector('select').focus();
                }
            });
        }
    }

    function submit(root, form, method, path, body) {
        K.clearErrors(form);
        form.querySelectorAll('button').forEach(function (b) {
            b.disabled = true;
        });
        return K.call(root.getAttribute('data-rest'), method, path, body, messages(root)).then(function (answer) {
            window.location.reload();
            return answer;
        }, function (error) {
            form.querySelectorAll('button').forEach(function (b) {
                b.disabled = false;
            });
            K.showErrors(form, error, function (field) {
                if (field === 'participants') {
                    return form.querySelector('select[name=department]');
                }
                return null;
            });
        });
    }

    function toggle(button, target) {
        button.addEventListener('click', function () {
            var open = target.hidden;
            target.hidden = !open;
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
            if (open) {
                var first = target.querySelector('input:not([type=hidden]), select, textarea');
                if (first) {
                    first.focus();
                }
            }
        });
    }

    /** Fills an edit form from the goal as the REST API gives it. */
    function fill(form, goal) {
        form.elements.title.value = goal.title;
        form.elements.description.value = goal.description;
        while (form.querySelectorAll('.kakehashi-goal-participant').length < goal.participants.length
            && addDepartmentRow(form)) {
            // one more row for each department beyond the rows the form has
        }
        var rows = form.querySelectorAll('.kakehashi-goal-participant');
        form.elements.owner.value = goal.owner ? goal.owner.username : '';
        form.elements.owner.disabled = !goal.canChangeOwner;
        goal.participants.forEach(function (p, i) {
            if (rows[i]) {
                rows[i].querySelector('select[name=department]').value = p.department;
                rows[i].querySelector('input[name=contact]').value = p.contact ? p.contact.username : '';
                rows[i].querySelector('input[name=contribution]').value = p.contribution;
            }
        });
        form.querySelector('input[name=measure][value=' + goal.measure + ']').checked = true;
        form.elements.startValue.value = goal.startValue;
        form.elements.targetValue.value = goal.targetValue;
        form.elements.unit.value = goal.unit;
        form.elements.milestones.value = goal.milestones.map(function (m) {
            return m.title;
        }).join('\n');
        form.elements.startDate.value = goal.startDate;
        form.elements.dueDate.value = goal.dueDate;
        form.elements.cadence.value = goal.cadence;
        form.elements.labels.value = goal.labels.join(', ');
        followMeasure(form);
    }

    function pad(n) {
        return n < 10 ? '0' + n : String(n);
    }

    function when(iso) {
        var d = new Date(iso);
        return isNaN(d.getTime()) ? iso : d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' '
            + pad(d.getHours()) + ':' + pad(d.getMinutes());
    }

    function td(text) {
        var cell = document.createElement('td');
        cell.textContent = text;
        return cell;
    }

    /** The card's full history, newest first, ten entries at a time (texts inserted with textContent only). */
    function initHistory(root, card, id) {
        var section = card.querySelector('.kakehashi-goal-history');
        if (!section) {
            return;
        }
        var toggleButton = section.querySelector('.kakehashi-goal-history-toggle');
        var panel = section.querySelector('.kakehashi-goal-history-panel');
        var body = section.querySelector('.kakehashi-goal-history-rows');
        var more = section.querySelector('.kakehashi-goal-history-more');
        var status = section.querySelector('.kakehashi-goal-history-status');
        var loaded = 0;
        var measure = card.getAttribute('data-measure');
        function load() {
            more.disabled = true;
            K.call(root.getAttribute('data-rest'), 'GET', '/goals/' + encodeURIComponent(id) + '/updates?limit=10&offset='
                + loaded, undefined, messages(root)).then(function (page) {
                page.items.forEach(function (u) {
                    var tr = document.createElement('tr');
                    tr.className = 'kakehashi-goal-history-row';
                    tr.setAttribute('data-kind', u.kind);
                    var time = document.createElement('time');
                    time.setAttribute('datetime', u.at);
                    time.textContent = when(u.at);
                    var at = document.createElement('td');
                    at.appendChild(time);
                    tr.appendChild(at);
                    tr.appendChild(td(u.author ? u.author.displayName : ''));
                    tr.appendChild(td(measure === 'checklist'
                        ? u.milestonesDone + ' / ' + section.getAttribute('data-milestones')
                        : u.value + ' ' + (section.getAttribute('data-unit') || '')));
                    tr.appendChild(td(section.getAttribute('data-status-name-' + u.status) || u.status));
                    var note = u.comment;
                    if (u.kind === 'created' || u.kind === 'edited') {
                        note = section.getAttribute('data-msg-' + u.kind) + (u.comment ? ' ' + u.comment : '');
                    } else if (u.kind === 'owner') {
                        note = section.getAttribute('data-msg-owner').replace('{0}',
                            u.newOwner ? u.newOwner.displayName : '');
                    }
                    var comment = td(note);
                    comment.className = 'kakehashi-goal-history-comment';
                    tr.appendChild(comment);
                    body.appendChild(tr);
                });
                loaded += page.items.length;
                more.disabled = false;
                more.hidden = page.items.length === 0 || loaded >= page.total;
                status.textContent = page.total === 0 ? section.getAttribute('data-msg-empty') : '';
            }, function (error) {
                more.disabled = false;
                status.textContent = error.message;
            });
        }
        toggleButton.addEventListener('click', function () {
            var open = panel.hidden;
            panel.hidden = !open;
            toggleButton.setAttribute('aria-expanded', open ? 'true' : 'false');
            if (open && loaded === 0) {
                load();
            }
        });
        more.addEventListener('click', load);
    }

    function initCard(root, card) {
        var id = card.getAttribute('data-goal-id');
        initHistory(root, card, id);
        var update = card.querySelector('.kakehashi-goal-update-form');
        var updateToggle = card.querySelector('.kakehashi-goal-update-toggle');
        if (update && updateToggle) {
            toggle(updateToggle, update);
            update.addEventListener('submit', function (event) {
                event.preventDefault();
                var done = [];
                update.querySelectorAll('input[name=milestonesDone]:checked').forEach(function (c) {
                    done.push(parseInt(c.value, 10));
                });
                submit(root, update, 'POST', '/goals/' + encodeURIComponent(id) + '/updates', {
                    value: card.getAttribute('data-measure') === 'number' ? numberOrNull(value(update, 'value')) : null,
                    milestonesDone: done,
                    status: value(update, 'status'),
                    comment: value(update, 'comment'),
                    version: parseInt(card.getAttribute('data-version'), 10)
                });
            });
        }
        var edit = card.querySelector('.kakehashi-goal-edit-form');
        var editToggle = card.querySelector('.kakehashi-goal-edit-toggle');
        if (edit && editToggle) {
            followDepartments(edit);
            toggle(editToggle, edit);
            editToggle.addEventListener('click', function () {
                if (edit.getAttribute('data-filled') === 'true') {
                    return;
                }
                K.call(root.getAttribute('data-rest'), 'GET', '/goals/' + encodeURIComponent(id), undefined,
                    messages(root)).then(function (goal) {
                    fill(edit, goal);
                    edit.setAttribute('data-filled', 'true');
                }, function (error) {
                    K.showErrors(edit, error);
                });
            });
            edit.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = goalBody(edit);
                body.version = parseInt(card.getAttribute('data-version'), 10);
                submit(root, edit, 'PUT', '/goals/' + encodeURIComponent(id), body);
            });
        }
    }

    function initGoal(root) {
        root.querySelectorAll('.kakehashi-goal-card').forEach(function (card) {
            initCard(root, card);
        });
        var create = root.querySelector('.kakehashi-goal-create-form');
        if (create) {
            followMeasure(create);
            followDepartments(create);
            create.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = goalBody(create);
                body.spaceKey = root.getAttribute('data-space-key');
                body.homePageId = parseInt(root.getAttribute('data-page-id'), 10) || null;
                submit(root, create, 'POST', '/goals', body);
            });
        }
        root.setAttribute('data-ready', 'true');
    }

    function initList(list) {
        var more = list.querySelector('.kakehashi-goals-more');
        var loaded = parseInt(list.getAttribute('data-loaded-count'), 10) || 0;
        more.addEventListener('click', function () {
            var params = [];
            [['space', 'data-space'], ['department', 'data-department'], ['status', 'data-status'],
                ['label', 'data-label'], ['sort', 'data-sort'], ['limit', 'data-limit'], ['view', 'data-view'],
                ['from', 'data-from'], ['to', 'data-to']].forEach(function (p) {
                var v = list.getAttribute(p[1]);
                if (v) {
                    params.push(p[0] + '=' + encodeURIComponent(v));
                }
            });
            params.push('offset=' + loaded);
            more.disabled = true;
            K.call(list.getAttribute('data-rest'), 'GET', '/goals/rows?' + params.join('&'), undefined,
                messages(list)).then(function (page) {
                    // The rows come from the server's row template, which escaped every value (as for the first page).
                    list.querySelector('.kakehashi-goals-rows').insertAdjacentHTML('beforeend', page.html);
                    loaded += page.count;
                    more.disabled = false;
                    more.hidden = page.count === 0 || loaded >= page.total;
                }, function (error) {
                    more.disabled = false;
                    list.querySelector('.kakehashi-goals-status').textContent = error.message;
                });
        });
        list.setAttribute('data-ready', 'true');
    }

    function init() {
        document.querySelectorAll('.kakehashi-goal').forEach(function (root) {
            if (root.getAttribute('data-ready') !== 'true') {
                initGoal(root);
            }
        });
        document.querySelectorAll('.kakehashi-goals').forEach(function (list) {
            if (list.getAttribute('data-ready') !== 'true') {
                initList(list);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
