/*
 * People and department pickers. A text field marked data-kakehashi-picker="user" (one person), "users" (several,
 * separated by commas) or a select marked "department" becomes an ARIA 1.2 combobox with a listbox: type part of a
 * name in Japanese or English, move with the arrow keys, choose with Enter or a click, close with Escape; the number
 * of matches and each choice are announced. The field itself stays the form's field, with its name, label and value
 * (user names, or the select's choice): without this script it is what it was, and the forms' own scripts and the
 * server read it as before. People come from the host's own user search (Jira: /rest/api/2/user/picker, Confluence:
 * /rest/prototype/1/search/user.json); their departments, and whether they may see the issue, page or space of the
 * form (data-picker-context-type/-id or data-picker-space on an ancestor), from /rest/kakehashi/1.0/people. A person
 * who may not see it is marked, and the form is not sent while they are chosen.
 * Written here rather than with AUI's select2 user picker: that one's web resource and its REST wiring differ between
 * Jira and Confluence and neither documents it as an API for apps.
 */
(function () {
    'use strict';

    var K = window.Kakehashi = window.Kakehashi || {};
    var SHOWN = 10;
    var DELAY = 200;
    var counter = 0;
    var TEXT = {
        found: AJS.I18n.getText('kakehashi.picker.found'),
        none: AJS.I18n.getText('kakehashi.picker.none'),
        added: AJS.I18n.getText('kakehashi.picker.added'),
        removed: AJS.I18n.getText('kakehashi.picker.removed'),
        remove: AJS.I18n.getText('kakehashi.picker.remove'),
        failed: AJS.I18n.getText('kakehashi.picker.failed'),
        hint: AJS.I18n.getText('kakehashi.picker.hint'),
        refused: AJS.I18n.getText('kakehashi.picker.refused'),
        issue: AJS.I18n.getText('kakehashi.picker.cannot.view.issue'),
        page: AJS.I18n.getText('kakehashi.picker.cannot.view.page'),
        space: AJS.I18n.getText('kakehashi.picker.cannot.view.space'),
        filter: AJS.I18n.getText('kakehashi.picker.department.filter'),
        filterLabel: AJS.I18n.getText('kakehashi.picker.department.filter.label')
    };

    var format = window.Kakehashi.format;
    var element = window.Kakehashi.element;

    function contextPath() {
        return AJS.contextPath ? AJS.contextPath() : '';
    }

    function restBase(field) {
        var holder = field.closest('[data-rest]');
        return holder ? holder.getAttribute('data-rest') : contextPath() + '/rest/kakehashi/1.0';
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

    /** Where the people would take part, from the nearest ancestor that says so; empty when nowhere. */
    function place(field) {
        var holder = field.closest('[data-picker-space], [data-picker-context-type]');
        if (!holder) {
            return {query: '', mark: ''};
        }
        var space = holder.getAttribute('data-picker-space');
        if (space) {
            return {query: '&space=' + encodeURIComponent(space), mark: TEXT.space};
        }
        var type = holder.getAttribute('data-picker-context-type');
        var id = holder.getAttribute('data-picker-context-id');
        if (!type || type === 'none' || !id) {
            return {query: '', mark: ''};
        }
        return {query: '&contextType=' + encodeURIComponent(type) + '&contextId=' + encodeURIComponent(id),
            mark: type === 'jira-issue' ? TEXT.issue : TEXT.page};
    }

    /** The host's user search; Jira's first where Jira's script runs, the other one when that one is not there. */
    var hostOrder = window.JIRA ? ['jira', 'confluence'] : ['confluence', 'jira'];

    function hostSearch(query) {
        function attempt(i) {
            var host = hostOrder[i];
            var url = host === 'jira'
                ? contextPath() + '/rest/api/2/user/picker?showAvatar=true&maxResults=' + SHOWN + '&query='
                + encodeURIComponent(query)
                : contextPath() + '/rest/prototype/1/search/user.json?max-results=' + SHOWN + '&query='
                + encodeURIComponent(query);
            return getJson(url).then(function (data) {
                hostOrder = [host];
                return host === 'jira' ? (data.users || []).map(function (u) {
                    return {username: u.name, displayName: u.displayName, avatarUrl: u.avatarUrl};
                }) : (data.result || []).filter(function (u) {
                    return !u.type || u.type === 'user';
                }).map(function (u) {
                    return {username: u.username, displayName: u.title,
                        avatarUrl: u.thumbnailLink ? u.thumbnailLink.href : null};
                });
            }, function (error) {
                if (error.status === 404 && i + 1 < hostOrder.length) {
                    return attempt(i + 1);
                }
                throw error;
            });
        }
        return attempt(0);
    }

    /** How many people one call to /people may ask about (PeopleLookup.MAX_PEOPLE). */
    var LOOKUP_MAX = 20;

    /** Departments and "may see" of these people, by user name (one call per twenty names). */
    function lookup(field, usernames) {
        var calls = [];
        for (var i = 0; i < usernames.length; i += LOOKUP_MAX) {
            calls.push(getJson(restBase(field) + '/people?' + usernames.slice(i, i + LOOKUP_MAX).map(function (u) {
                return 'user=' + encodeURIComponent(u);
            }).join('&') + place(field).query));
        }
        return Promise.all(calls).then(function (answers) {
            var byName = {};
            answers.forEach(function (people) {
                people.forEach(function (p) {
                    byName[p.username] = p;
                });
            });
            return byName;
        });
    }

    function avatar(url) {
        var img = element('img', 'kakehashi-picker-avatar');
        img.alt = '';
        img.width = 24;
        img.height = 24;
        if (url) {
            img.src = url;
        }
        return img;
    }

    /**
     * In a form's field group the picker's chips and list go under the field, where the group puts the field's
     * description and error: some layouts indent the whole group past the label, others set the label in a column
     * beside the field and indent only those lines. The wrapper takes the same offset as they do.
     */
    function alignWithField(wrapper) {
        var group = wrapper.parentNode;
        if (!group.classList || !group.classList.contains('field-group')) {
            return;
        }
        var model = null;
        for (var i = 0; i < group.children.length && !model; i++) {
            var c = group.children[i];
            if (c !== wrapper && (c.classList.contains('description') || c.classList.contains('error'))) {
                model = c;
            }
        }
        if (model) {
            var style = window.getComputedStyle(model);
            wrapper.style.marginLeft = style.marginLeft;
            wrapper.style.flexBasis = style.flexBasis;
        }
    }

    /**
     * The parts every picker shares: a text box made a combobox, its listbox and a live region, in a wrapper placed
     * after the field the picker belongs to.
     */
    function Combobox(input, after) {
        var id = input.id || ('kakehashi-picker-' + (++counter));
        input.id = id;
        this.input = input;
        this.wrapper = element('div', 'kakehashi-picker');
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.autocomplete = 'off';
        this.list = element('ul', 'kakehashi-picker-list aui-list');
        this.list.id = id + '-listbox';
        this.list.setAttribute('role', 'listbox');
        this.list.hidden = true;
        input.setAttribute('aria-controls', this.list.id);
        this.hint = element('span', 'assistive', TEXT.hint);
        this.hint.id = id + '-hint';
        var described = input.getAttribute('aria-describedby');
        input.setAttribute('aria-describedby', (described ? described + ' ' : '') + this.hint.id);
        this.live = element('div', 'assistive');
        this.live.setAttribute('aria-live', 'polite');
        this.live.setAttribute('role', 'status');
        after.parentNode.insertBefore(this.wrapper, after.nextSibling);
        alignWithField(this.wrapper);
        this.wrapper.appendChild(this.list);
        this.wrapper.appendChild(this.hint);
        this.wrapper.appendChild(this.live);
        this.options = [];
        this.active = -1;
        this.timer = null;
        var self = this;
        input.addEventListener('input', function () {
            window.clearTimeout(self.timer);
            self.timer = window.setTimeout(function () {
                self.typed();
            }, DELAY);
        });
        input.addEventListener('keydown', function (event) {
            self.key(event);
        });
        input.addEventListener('blur', function () {
            window.setTimeout(function () {
                if (document.activeElement !== self.input && !self.wrapper.contains(document.activeElement)) {
                    self.close();
                }
            }, 150);
        });
    }

    Combobox.prototype.key = function (event) {
        var open = !this.list.hidden;
        if (event.key === 'ArrowDown') {
            event.preventDefault();
            if (!open) {
                this.search(this.query());
            } else {
                this.highlight(Math.min(this.active + 1, this.options.length - 1));
            }
        } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            if (open) {
                this.highlight(Math.max(this.active - 1, 0));
            }
        } else if (event.key === 'Enter') {
            if (open && this.active >= 0) {
                event.preventDefault();
                this.choose(this.options[this.active]);
            }
        } else if (event.key === 'Escape') {
            if (open) {
                event.preventDefault();
                this.close();
            }
        }
    };

    Combobox.prototype.typed = function () {
        this.search(this.query());
    };

    Combobox.prototype.show = function (options, render) {
        var self = this;
        this.options = options;
        this.active = -1;
        this.list.textContent = '';
        this.input.removeAttribute('aria-activedescendant');
        options.forEach(function (option, i) {
            var item = element('li', 'kakehashi-picker-option');
            item.id = self.list.id + '-' + i;
            item.setAttribute('role', 'option');
            item.setAttribute('aria-selected', 'false');
            render(item, option);
            item.addEventListener('mousedown', function (event) {
                event.preventDefault();
            });
            item.addEventListener('click', function () {
                self.choose(option);
            });
            self.list.appendChild(item);
        });
        this.list.hidden = options.length === 0;
        this.input.setAttribute('aria-expanded', options.length ? 'true' : 'false');
        this.announce(options.length ? format(TEXT.found, options.length) : TEXT.none);
        if (options.length) {
            this.highlight(0);
        }
    };

    Combobox.prototype.highlight = function (i) {
        var items = this.list.children;
        if (this.active >= 0 && items[this.active]) {
            items[this.active].setAttribute('aria-selected', 'false');
            items[this.active].classList.remove('active');
        }
        this.active = i;
        if (i >= 0 && items[i]) {
            items[i].setAttribute('aria-selected', 'true');
            items[i].classList.add('active');
            this.input.setAttribute('aria-activedescendant', items[i].id);
            if (items[i].scrollIntoView) {
                items[i].scrollIntoView({block: 'nearest'});
            }
        }
    };

    Combobox.prototype.close = function () {
        this.list.hidden = true;
        this.input.setAttribute('aria-expanded', 'false');
        this.input.removeAttribute('aria-activedescendant');
        this.active = -1;
    };

    Combobox.prototype.announce = function (text) {
        var live = this.live;
        live.textContent = '';
        window.setTimeout(function () {
            live.textContent = text;
        }, 50);
    };

    /** One person as the list and the chosen chips show them: avatar, name, departments, "cannot view". */
    function personParts(target, person, info, mark) {
        target.appendChild(avatar(person.avatarUrl || (info && info.avatarUrl)));
        var text = element('span', 'kakehashi-picker-person');
        text.appendChild(element('span', 'kakehashi-picker-name', person.displayName || (info && info.displayName)
            || person.username));
        var departments = info && info.departments ? info.departments.map(function (d) {
            return d.name;
        }).join('、') : '';
        if (departments) {
            text.appendChild(element('span', 'kakehashi-picker-department', departments));
        }
        target.appendChild(text);
        if (info && info.canView === false && mark) {
            target.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-removed '
                + 'kakehashi-picker-blind', mark));
        }
    }

    var SEPARATORS = /[,\u3001\s]+/;

    /**
     * A person picker on the text field of user names itself (one, or several separated by commas): what is typed
     * after the last comma is searched; choosing puts the user name in its place. The people the field names are
     * shown below it.
     */
    function PeoplePicker(field, multiple) {
        Combobox.call(this, field, field);
        this.multiple = multiple;
        this.known = {};
        this.chips = element('ul', 'kakehashi-picker-chips');
        this.wrapper.insertBefore(this.chips, this.wrapper.firstChild);
        this.error = element('div', 'error kakehashi-picker-error');
        this.error.setAttribute('role', 'alert');
        this.wrapper.appendChild(this.error);
        this.rendered = null;
        this.sequence = 0;
        var self = this;
        var form = field.form;
        this.sync();
        if (form) {
            // Other scripts write the field (filling it from a button, an edit form opening): follow them.
            form.addEventListener('focusin', function () {
                self.sync();
            });
            new MutationObserver(function () {
                self.sync();
            }).observe(form, {attributes: true, attributeFilter: ['hidden']});
        }
        field.addEventListener('change', function () {
            self.sync();
        });
    }

    PeoplePicker.prototype = Object.create(Combobox.prototype);

    /** The text being typed: after the last comma, or the whole field. */
    PeoplePicker.prototype.query = function () {
        var value = this.input.value;
        if (!this.multiple) {
            return value.trim();
        }
        var parts = value.split(/[,\u3001]/);
        return parts[parts.length - 1].trim();
    };

    PeoplePicker.prototype.names = function () {
        return this.input.value.split(SEPARATORS).filter(Boolean);
    };

    PeoplePicker.prototype.typed = function () {
        this.sync();
        this.search(this.query());
    };

    /** Shows the people the field names as chips, asking once about names not seen yet. */
    PeoplePicker.prototype.sync = function () {
        if (this.rendered === this.input.value) {
            return;
        }
        this.rendered = this.input.value;
        var self = this;
        var unknown = this.names().filter(function (n) {
            return !(n in self.known);
        });
        this.renderChips();
        if (unknown.length) {
            lookup(this.input, unknown).then(function (byName) {
                unknown.forEach(function (n) {
                    self.known[n] = byName[n] ? {person: byName[n], info: byName[n]} : null;
                });
                self.renderChips();
            }, function () {
                // no chips for them; the field still says who
            });
        }
    };

    PeoplePicker.prototype.renderChips = function () {
        var self = this;
        var mark = place(this.input).mark;
        this.chips.textContent = '';
        this.names().forEach(function (name) {
            var known = self.known[name];
            if (!known) {
                return;
            }
            var chip = element('li', 'kakehashi-picker-chip');
            chip.setAttribute('data-username', name);
            personParts(chip, known.person, known.info, mark);
            if (self.multiple) {
                var label = known.person.displayName || name;
                var remove = element('button', 'aui-button aui-button-subtle kakehashi-picker-remove', '\u00d7');
                remove.type = 'button';
                remove.setAttribute('aria-label', format(TEXT.remove, label));
                remove.addEventListener('click', function () {
                    self.input.value = self.names().filter(function (n) {
                        return n !== name;
                    }).join(', ');
                    self.sync();
                    self.announce(format(TEXT.removed, label));
                    self.input.focus();
                });
                chip.appendChild(remove);
            }
            self.chips.appendChild(chip);
        });
        this.chips.hidden = this.chips.children.length === 0;
        this.error.textContent = '';
        this.input.removeAttribute('aria-invalid');
    };

    PeoplePicker.prototype.search = function (query) {
        var self = this;
        var sequence = ++this.sequence;
        if (!query) {
            this.close();
            return;
        }
        var mark = place(this.input).mark;
        hostSearch(query).then(function (people) {
            return lookup(self.input, people.map(function (p) {
                return p.username;
            })).then(function (byName) {
                return people.map(function (p) {
                    return {person: p, info: byName[p.username] || null};
                });
            }, function () {
                return people.map(function (p) {
                    return {person: p, info: null};
                });
            });
        }).then(function (found) {
            if (sequence !== self.sequence) {
                return;
            }
            self.show(found, function (item, option) {
                personParts(item, option.person, option.info, mark);
            });
        }, function () {
            if (sequence === self.sequence) {
                self.close();
                self.announce(TEXT.failed);
            }
        });
    };

    PeoplePicker.prototype.choose = function (option) {
        var name = option.person.username;
        this.known[name] = option;
        ++this.sequence;
        if (this.multiple) {
            var parts = this.input.value.split(/[,\u3001]/);
            parts.pop();
            var names = parts.join(',').split(SEPARATORS).filter(function (n) {
                return n && n !== name;
            });
            names.push(name);
            this.input.value = names.join(', ') + ', ';
        } else {
            this.input.value = name;
        }
        this.sync();
        this.close();
        this.announce(format(TEXT.added, option.person.displayName || name));
        this.input.focus();
    };

    /** The people named who may not see the form's issue, page or space. */
    PeoplePicker.prototype.blind = function () {
        var self = this;
        return this.names().map(function (n) {
            return self.known[n];
        }).filter(function (k) {
            return k && k.info && k.info.canView === false;
        });
    };

    /**
     * What stands in the way of the names in the field, for a form that checks them itself: names still being looked
     * up, names of nobody, and the people who may not see the place (with the mark that says so).
     */
    PeoplePicker.prototype.problems = function () {
        this.sync();
        var self = this;
        var result = {names: this.names(), pending: [], unknown: [], blind: [], mark: place(this.input).mark};
        result.names.forEach(function (n) {
            var known = self.known[n];
            if (known === undefined) {
                result.pending.push(n);
            } else if (known === null) {
                result.unknown.push(n);
            } else if (known.info && known.info.canView === false) {
                result.blind.push(known.person.displayName || n);
            }
        });
        return result;
    };

    /** Before the form's own script sends it: someone who may not see the place stops it, with the reason. */
    PeoplePicker.prototype.beforeSubmit = function (event) {
        this.sync();
        var blind = this.blind();
        if (!blind.length) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        this.error.textContent = format(TEXT.refused, blind.map(function (k) {
            return k.person.displayName || k.person.username;
        }).join('、'), place(this.input).mark);
        this.input.setAttribute('aria-invalid', 'true');
        this.input.focus();
    };

    /**
     * A department picker beside a select: a box that finds a department by either of its names and chooses it in
     * the select, which stays as it was.
     */
    function DepartmentPicker(select) {
        var box = element('input', 'text medium-field kakehashi-picker-filter');
        box.type = 'text';
        box.setAttribute('placeholder', TEXT.filter);
        box.setAttribute('aria-label', format(TEXT.filterLabel, labelOf(select)));
        Combobox.call(this, box, select);
        this.wrapper.insertBefore(box, this.wrapper.firstChild);
        this.select = select;
        this.names = {};
        var self = this;
        getJson(restBase(select) + '/departments').then(function (departments) {
            departments.forEach(function (d) {
                self.names[d.key] = [d.nameEn, d.nameJa];
            });
        }, function () {
            // the options' own labels are matched
        });
    }

    /** The words of a control's label, without the texts of other controls inside it (a select's options). */
    function labelOf(control) {
        var label = control.labels && control.labels[0];
        if (!label) {
            return control.getAttribute('aria-label') || '';
        }
        var words = label.cloneNode(true);
        words.querySelectorAll('select, input, textarea, .kakehashi-picker, .aui-icon').forEach(function (c) {
            c.remove();
        });
        return words.textContent.replace(/\s+/g, ' ').trim();
    }

    DepartmentPicker.prototype = Object.create(Combobox.prototype);

    DepartmentPicker.prototype.query = function () {
        return this.input.value.trim();
    };

    DepartmentPicker.prototype.search = function (query) {
        var self = this;
        var q = query.toLowerCase();
        var options = Array.prototype.filter.call(this.select.options, function (o) {
            if (!o.value) {
                return false;
            }
            var names = (self.names[o.value] || []).concat([o.textContent.trim()]);
            return !q || names.some(function (n) {
                return n && n.toLowerCase().indexOf(q) >= 0;
            });
        });
        this.show(options, function (item, option) {
            item.appendChild(element('span', 'kakehashi-picker-name', option.textContent.trim()));
            var other = (self.names[option.value] || []).filter(function (n) {
                return n && n !== option.textContent.trim();
            });
            if (other.length) {
                item.appendChild(element('span', 'kakehashi-picker-department', other.join(' / ')));
            }
        });
    };

    DepartmentPicker.prototype.choose = function (option) {
        this.select.value = option.value;
        this.select.dispatchEvent(new Event('change', {bubbles: true}));
        this.input.value = '';
        this.close();
        this.announce(format(TEXT.added, option.textContent.trim()));
    };

    DepartmentPicker.prototype.beforeSubmit = function () {
        // the select is the field; the box only finds
    };

    /** The combobox, for the goal picker (kakehashi-goal-links.js). */
    K.Combobox = Combobox;

    var pickers = [];

    K.startPicker = function (field) {
        var kind = field.getAttribute('data-kakehashi-picker');
        var picker = kind === 'department' && field.tagName === 'SELECT' ? new DepartmentPicker(field)
            : kind === 'user' || kind === 'users' ? new PeoplePicker(field, kind === 'users') : null;
        if (picker) {
            pickers.push(picker);
        }
        return picker;
    };

    // Capture: runs before the forms' own submit handlers.
    document.addEventListener('submit', function (event) {
        pickers.forEach(function (picker) {
            var field = picker.select || picker.input;
            if (field.form === event.target && document.contains(field)) {
                picker.beforeSubmit(event);
            }
        });
    }, true);

    if (K.startEach) {
        K.startEach('[data-kakehashi-picker]', K.startPicker);
    } else {
        AJS.toInit(function () {
            document.querySelectorAll('[data-kakehashi-picker]').forEach(K.startPicker);
        });
    }
}());
