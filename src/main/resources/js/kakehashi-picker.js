/*
 * People and department pickers. A text field marked data-kakehashi-picker="user" (one person), "users" (several,
 * separated by commas) or a select marked "department" becomes an ARIA 1.2 combobox with a listbox: type part of a
 * name in Japanese or English, move with the arrow keys, choose with Enter or a click, close with Escape; the number
 * of matches and each choice are announced. Without this script the field stays what it was (user names typed by
 * hand, or the plain select), and the original field keeps its name and value: the forms' own scripts and the server
 * read it as before. People come from the host's own user search (Jira: /rest/api/2/user/picker, Confluence:
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
        space: AJS.I18n.getText('kakehashi.picker.cannot.view.space')
    };

    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return String(pattern).replace(/\{(\d+)\}/g, function (match, i) {
            return i < args.length ? String(args[i]) : match;
        });
    }

    function element(tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined) {
            e.textContent = text;
        }
        return e;
    }

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

    /** Departments and "may see" of these people, by user name. */
    function lookup(field, usernames) {
        if (!usernames.length) {
            return Promise.resolve({});
        }
        var url = restBase(field) + '/people?' + usernames.slice(0, 20).map(function (u) {
            return 'user=' + encodeURIComponent(u);
        }).join('&') + place(field).query;
        return getJson(url).then(function (people) {
            var byName = {};
            people.forEach(function (p) {
                byName[p.username] = p;
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

    /** The parts every picker shares: the text box, the list, the live region. */
    function Combobox(original, multiple) {
        var id = original.id || ('kakehashi-picker-' + (++counter));
        this.original = original;
        this.multiple = multiple;
        this.wrapper = element('div', 'kakehashi-picker');
        this.input = element('input', original.className + ' kakehashi-picker-input');
        this.input.type = 'text';
        this.input.autocomplete = 'off';
        this.input.setAttribute('role', 'combobox');
        this.input.setAttribute('aria-autocomplete', 'list');
        this.input.setAttribute('aria-expanded', 'false');
        this.list = element('ul', 'kakehashi-picker-list aui-list');
        this.list.id = id + '-listbox';
        this.list.setAttribute('role', 'listbox');
        this.list.hidden = true;
        this.input.setAttribute('aria-controls', this.list.id);
        this.hint = element('span', 'assistive', TEXT.hint);
        this.hint.id = id + '-hint';
        var described = original.getAttribute('aria-describedby');
        this.input.setAttribute('aria-describedby', (described ? described + ' ' : '') + this.hint.id);
        this.live = element('div', 'assistive');
        this.live.setAttribute('aria-live', 'polite');
        this.live.setAttribute('role', 'status');
        // The label points at the visible box: it takes the original's id, the original a new one.
        original.id = id + '-value';
        this.input.id = id;
        if (original.getAttribute('placeholder')) {
            this.input.setAttribute('placeholder', original.getAttribute('placeholder'));
        }
        var wrappingLabel = original.closest('label');
        if (wrappingLabel) {
            // the label's own words, without the texts of the controls inside it (a select's options)
            var words = wrappingLabel.cloneNode(true);
            words.querySelectorAll('select, input, textarea, .kakehashi-picker').forEach(function (c) {
                c.remove();
            });
            this.input.setAttribute('aria-label', words.textContent.replace(/\s+/g, ' ').trim());
        }
        original.hidden = true;
        original.setAttribute('aria-hidden', 'true');
        original.tabIndex = -1;
        original.parentNode.insertBefore(this.wrapper, original.nextSibling);
        this.wrapper.appendChild(this.input);
        this.wrapper.appendChild(this.list);
        this.wrapper.appendChild(this.hint);
        this.wrapper.appendChild(this.live);
        this.options = [];
        this.active = -1;
        this.timer = null;
        var self = this;
        this.input.addEventListener('input', function () {
            window.clearTimeout(self.timer);
            self.timer = window.setTimeout(function () {
                self.search(self.input.value.trim());
            }, DELAY);
        });
        this.input.addEventListener('keydown', function (event) {
            self.key(event);
        });
        this.input.addEventListener('blur', function () {
            window.setTimeout(function () {
                if (!self.wrapper.contains(document.activeElement)) {
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
                this.search(this.input.value.trim());
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

    /** A person picker over a text field of user names (one, or several separated by commas). */
    function PeoplePicker(original, multiple) {
        Combobox.call(this, original, multiple);
        this.known = {};
        this.chips = element('ul', 'kakehashi-picker-chips');
        this.wrapper.insertBefore(this.chips, this.input);
        this.error = element('div', 'error kakehashi-picker-error');
        this.error.setAttribute('role', 'alert');
        this.wrapper.appendChild(this.error);
        this.rendered = null;
        this.sequence = 0;
        var self = this;
        var form = original.form;
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
        original.addEventListener('change', function () {
            self.sync();
        });
    }

    PeoplePicker.prototype = Object.create(Combobox.prototype);

    PeoplePicker.prototype.names = function () {
        return this.original.value.split(/[,\u3001\s]+/).filter(Boolean);
    };

    PeoplePicker.prototype.write = function (names) {
        this.original.value = names.join(', ');
        this.rendered = null;
        this.sync();
    };

    /** Shows the chosen people as chips, asking once about names not seen yet. */
    PeoplePicker.prototype.sync = function () {
        if (this.rendered === this.original.value) {
            return;
        }
        this.rendered = this.original.value;
        var self = this;
        var names = this.names();
        var unknown = names.filter(function (n) {
            return !self.known[n];
        });
        this.renderChips();
        if (unknown.length) {
            lookup(this.original, unknown).then(function (byName) {
                Object.keys(byName).forEach(function (n) {
                    self.known[n] = {person: byName[n], info: byName[n]};
                });
                self.renderChips();
            }, function () {
                // the chips stay as plain names
            });
        }
    };

    PeoplePicker.prototype.renderChips = function () {
        var self = this;
        var mark = place(this.original).mark;
        this.chips.textContent = '';
        this.names().forEach(function (name) {
            var known = self.known[name];
            var chip = element('li', 'kakehashi-picker-chip');
            chip.setAttribute('data-username', name);
            personParts(chip, known ? known.person : {username: name}, known ? known.info : null, mark);
            var label = known && known.person.displayName ? known.person.displayName : name;
            var remove = element('button', 'aui-button aui-button-subtle kakehashi-picker-remove', '\u00d7');
            remove.type = 'button';
            remove.setAttribute('aria-label', format(TEXT.remove, label));
            remove.addEventListener('click', function () {
                self.write(self.names().filter(function (n) {
                    return n !== name;
                }));
                self.announce(format(TEXT.removed, label));
                self.input.focus();
            });
            chip.appendChild(remove);
            self.chips.appendChild(chip);
        });
        this.chips.hidden = this.chips.children.length === 0;
        this.error.textContent = '';
    };

    PeoplePicker.prototype.search = function (query) {
        var self = this;
        var sequence = ++this.sequence;
        if (!query) {
            this.close();
            return;
        }
        var mark = place(this.original).mark;
        hostSearch(query).then(function (people) {
            return lookup(self.original, people.map(function (p) {
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
        var names = this.multiple ? this.names().filter(function (n) {
            return n !== name;
        }) : [];
        names.push(name);
        this.write(names);
        this.input.value = '';
        this.close();
        this.announce(format(TEXT.added, option.person.displayName || name));
        this.input.focus();
    };

    /** The chosen people who may not see the form's issue, page or space. */
    PeoplePicker.prototype.blind = function () {
        var self = this;
        return this.names().map(function (n) {
            return self.known[n];
        }).filter(function (k) {
            return k && k.info && k.info.canView === false;
        });
    };

    /** Before the form's own script sends it: text typed but not chosen is kept as typed; blind people stop it. */
    PeoplePicker.prototype.beforeSubmit = function (event) {
        var typed = this.input.value.trim();
        if (typed) {
            var names = this.multiple ? this.names() : [];
            typed.split(/[,\u3001\s]+/).filter(Boolean).forEach(function (n) {
                if (names.indexOf(n) < 0) {
                    names.push(n);
                }
            });
            this.input.value = '';
            this.write(names);
        }
        var blind = this.blind();
        if (!blind.length) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        var mark = place(this.original).mark;
        this.error.textContent = format(TEXT.refused, blind.map(function (k) {
            return k.person.displayName || k.person.username;
        }).join('、'), mark);
        this.input.setAttribute('aria-invalid', 'true');
        this.input.focus();
    };

    /** A department picker over a select: the options are matched by either of the department's names. */
    function DepartmentPicker(select) {
        Combobox.call(this, select, false);
        this.names = {};
        var self = this;
        getJson(restBase(select) + '/departments').then(function (departments) {
            departments.forEach(function (d) {
                self.names[d.key] = [d.nameEn, d.nameJa];
            });
        }, function () {
            // the options' own labels are matched
        });
        this.sync();
        select.addEventListener('change', function () {
            self.sync();
        });
        if (select.form) {
            select.form.addEventListener('focusin', function () {
                self.sync();
            });
        }
    }

    DepartmentPicker.prototype = Object.create(Combobox.prototype);

    DepartmentPicker.prototype.sync = function () {
        var chosen = this.original.selectedOptions[0];
        if (document.activeElement !== this.input) {
            this.input.value = chosen && chosen.value ? chosen.textContent.trim() : '';
        }
    };

    DepartmentPicker.prototype.search = function (query) {
        var self = this;
        var q = query.toLowerCase();
        var options = Array.prototype.filter.call(this.original.options, function (o) {
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
        this.original.value = option.value;
        this.original.dispatchEvent(new Event('change', {bubbles: true}));
        this.input.value = option.textContent.trim();
        this.close();
        this.announce(format(TEXT.added, option.textContent.trim()));
    };

    DepartmentPicker.prototype.beforeSubmit = function () {
        if (!this.input.value.trim() && this.original.value) {
            this.original.value = '';
        }
    };

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
            if (picker.original.form === event.target && document.contains(picker.original)) {
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
