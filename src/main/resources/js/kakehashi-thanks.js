/*
 * Kakehashi thanks: fills every .kakehashi-thanks component (issue panel, page panel, wall, macro) from the REST API
 * a page at a time, and sends, withdraws and hides thanks without reloading the page; panels that Jira renders again
 * without a page load are started too.
 * Text from the server is only ever put into the page with textContent, never as HTML.
 */
(function () {
    'use strict';

    function Component(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest');
        this.list = root.querySelector('.kakehashi-thanks-list');
        this.more = root.querySelector('.kakehashi-thanks-more');
        this.status = root.querySelector('.kakehashi-thanks-status');
        this.form = root.querySelector('.kakehashi-thanks-form');
        this.admin = root.getAttribute('data-admin') === 'true';
        this.next = null;
        this.names = {department: {}, value: {}};
        this.icons = {};
        var self = this;
        root.querySelectorAll('.kakehashi-thanks-names li').forEach(function (li) {
            self.names[li.getAttribute('data-kind')][li.getAttribute('data-key')] = li.getAttribute('data-name');
            if (li.hasAttribute('data-icon')) {
                self.icons[li.getAttribute('data-key')] = li.getAttribute('data-icon');
            }
        });
        this.more.addEventListener('click', function () {
            self.load(false);
        });
        if (this.form) {
            this.form.addEventListener('submit', function (event) {
                event.preventDefault();
                self.send();
            });
            var message = this.form.elements.message;
            message.addEventListener('input', function () {
                self.form.querySelector('.kakehashi-thanks-used').textContent = String(Array.from(message.value).length);
            });
            var note = this.form.querySelector('.kakehashi-thanks-private-note');
            note.id = 'kakehashi-thanks-private-note-' + (++Component.count);
            this.form.elements['private'].setAttribute('aria-describedby', note.id);
            this.form.elements.department.addEventListener('change', function () {
                self.followDepartment();
            });
            this.followDepartment();
        }
    }

    Component.count = 0;

    /** A thanks to a whole department is always public: while one is chosen, "private" is off and says why. */
    Component.prototype.followDepartment = function () {
        var box = this.form.elements['private'];
        var department = this.form.elements.department.value !== '';
        if (department) {
            box.checked = false;
        }
        box.disabled = department;
        this.form.querySelector('.kakehashi-thanks-private-note').hidden = !department;
    };

    /** The product's own address (the REST base without its path), for links to issues, pages and the wall. */
    Component.prototype.base = function () {
        return this.rest.replace(/\/rest\/kakehashi\/1\.0$/, '');
    };

    /** Fills a message that has one {0}. */
    Component.prototype.format = function (name, argument) {
        return this.msg(name).replace('{0}', argument);
    };

    Component.prototype.msg = function (name) {
        return this.root.getAttribute('data-msg-' + name) || '';
    };

    Component.prototype.say = function (text, kind) {
        this.status.textContent = text;
        this.status.className = 'kakehashi-thanks-status aui-message aui-message-' + kind;
    };

    /** Takes down the last outcome, so that an old "sent" never stands above a new error. */
    Component.prototype.unsay = function () {
        this.status.textContent = '';
        this.status.className = 'kakehashi-thanks-status';
    };

    Component.prototype.call = function (method, path, body) {
        return window.Kakehashi.call(this.rest, method, path, body,
            {failed: this.msg('failed'), network: this.msg('network')});
    };

    Component.prototype.query = function () {
        var params = [];
        var root = this.root;
        function add(name, value) {
            if (value) {
                params.push(name + '=' + encodeURIComponent(value));
            }
        }
        var type = root.getAttribute('data-context-type');
        if (type && type !== 'none') {
            add('contextType', type);
            add('contextId', root.getAttribute('data-context-id'));
        }
        add('person', root.getAttribute('data-filter-person'));
        add('department', root.getAttribute('data-filter-department'));
        add('value', root.getAttribute('data-filter-value'));
        add('days', root.getAttribute('data-filter-days'));
        add('limit', root.getAttribute('data-limit') || '10');
        if (this.company()) {
            // the whole company's wall: this product's thanks and the other's, continued by one cursor for both
            add('scope', 'company');
            add('cursor', this.next);
        } else {
            add('before', this.next);
        }
        return params.length ? '?' + params.join('&') : '';
    };

    /** Whether this list is the company-wide wall (no issue or page, scope "company"). */
    Component.prototype.company = function () {
        var type = this.root.getAttribute('data-context-type');
        return this.root.getAttribute('data-scope') === 'company' && (!type || type === 'none');
    };

    /** Says why the other product's thanks are missing (not linked, allow access, unreachable), or nothing. */
    Component.prototype.showLink = function (link) {
        var notice = this.root.querySelector('.kakehashi-thanks-link-state');
        if (!notice || !link) {
            return;
        }
        while (notice.firstChild) {
            notice.removeChild(notice.firstChild);
        }
        var text = this.msg('link-' + link.state);
        notice.hidden = link.state === 'ok' || !text;
        if (notice.hidden) {
            return;
        }
        notice.appendChild(element('p', null, text.replace('{0}', this.msg('product-' + link.product))));
        if (link.state === 'needs-authorisation' && /^https?:\/\//.test(link.authoriseUrl || '')) {
            var allow = element('a', 'kakehashi-thanks-authorise', this.msg('link-authorise'));
            allow.href = link.authoriseUrl;
            notice.appendChild(element('p')).appendChild(allow);
        }
    };

    Component.prototype.load = function (fresh) {
        var self = this;
        if (fresh) {
            this.next = null;
        }
        this.list.setAttribute('aria-busy', 'true');
        this.more.hidden = true;
        return this.call('GET', '/thanks' + this.query()).then(function (page) {
            if (fresh) {
                while (self.list.firstChild) {
                    self.list.removeChild(self.list.firstChild);
                }
            }
            page.items.forEach(function (item) {
                self.list.appendChild(self.item(item));
            });
            self.next = page.next;
            self.more.hidden = page.next === null || page.next === undefined;
            self.showLink(page.link);
            self.showEmpty();
        }, function (error) {
            self.say(error.message, 'error');
        }).then(function () {
            self.list.setAttribute('aria-busy', 'false');
        });
    };

    Component.prototype.showEmpty = function () {
        var empty = this.list.querySelector('.kakehashi-thanks-empty');
        var hasItems = this.list.querySelector('.kakehashi-thanks-item') !== null;
        if (!hasItems && !empty) {
            var li = document.createElement('li');
            li.className = 'kakehashi-thanks-empty';
            if (this.root.getAttribute('data-filtered') === 'true') {
                // a filter that finds nothing says so, rather than inviting a first thanks
                li.textContent = this.msg('empty-filtered') + ' ';
                var clear = this.root.getAttribute('data-clear-url');
                if (clear) {
                    var link = element('a', 'kakehashi-thanks-clear-filter', this.msg('clear-filter'));
                    link.href = clear;
                    li.appendChild(link);
                }
            } else {
                li.textContent = this.msg('empty');
            }
            this.list.appendChild(li);
        } else if (hasItems && empty) {
            empty.parentNode.removeChild(empty);
        }
    };

    function element(tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined && text !== null) {
            e.textContent = text;
        }
        return e;
    }

    /** A person's picture and name; the name links to the thanks they received on the wall. */
    function person(p, wall) {
        var span = element('span', 'kakehashi-thanks-person');
        if (p.avatarUrl) {
            var img = element('img', 'kakehashi-thanks-avatar');
            img.src = p.avatarUrl;
            img.alt = '';
            img.width = 24;
            img.height = 24;
            span.appendChild(img);
        }
        if (p.username && wall) {
            var a = element('a', 'kakehashi-thanks-name', p.displayName);
            a.href = wall + '?person=' + encodeURIComponent(p.username);
            span.appendChild(a);
        } else {
            span.appendChild(element('span', 'kakehashi-thanks-name', p.displayName));
        }
        return span;
    }

    Component.prototype.item = function (t) {
        var self = this;
        var li = element('li', 'kakehashi-thanks-item');
        // a thanks of the other product is shown only: its id is not one of this product's, nothing acts on it
        var remote = Boolean(t.product) && t.product !== this.root.getAttribute('data-product');
        li.setAttribute('data-id', remote ? t.product + '-' + t.id : String(t.id));
        if (t.product) {
            li.setAttribute('data-product', t.product);
        }
        var wall = this.root.getAttribute('data-wall');
        var header = element('div', 'kakehashi-thanks-header');
        header.appendChild(person(t.sender, wall));
        header.appendChild(element('span', 'kakehashi-thanks-arrow', ' ' + this.msg('arrow') + ' '));
        t.recipients.forEach(function (r, i) {
            if (i > 0) {
                header.appendChild(document.createTextNode(self.msg('separator')));
            }
            header.appendChild(person(r, wall));
        });
        if (t.department) {
            var departmentName = this.names.department[t.department] || t.department;
            // after people, the department stands apart from the last name: 鈴木 一郎（開発）
            header.appendChild(element('span', 'kakehashi-thanks-department', t.recipients.length
                ? this.format('department-after', departmentName) : departmentName));
        }
        li.appendChild(header);
        var tags = element('div', 'kakehashi-thanks-tags');
        if (t.value) {
            var icon = this.icons[t.value] ? this.icons[t.value] + ' ' : '';
            tags.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-complete kakehashi-thanks-value',
                icon + (this.names.value[t.value] || t.value)));
        }
        if (t.crossDepartment) {
            tags.appendChild(element('span', 'aui-lozenge aui-lozenge-success kakehashi-thanks-cross', this.msg('cross')));
        }
        if (t.visibility === 'private') {
            tags.appendChild(element('span', 'aui-lozenge kakehashi-thanks-private', this.msg('private')));
        }
        if (t.product && this.company()) {
            var product = element('span', 'aui-lozenge aui-lozenge-subtle kakehashi-thanks-product',
                this.msg('product-' + t.product) || t.product);
            product.title = this.format('product-label', this.msg('product-' + t.product) || t.product);
            tags.appendChild(product);
        }
        if (t.toMe) {
            tags.appendChild(element('span', 'aui-lozenge aui-lozenge-new kakehashi-thanks-to-me', this.msg('to-me')));
        }
        li.appendChild(tags);
        li.appendChild(element('p', 'kakehashi-thanks-message', t.message));
        var type = this.root.getAttribute('data-context-type');
        if (t.contextTitle && (!type || type === 'none')) {
            // the server names the issue or page only for a reader who may see it
            var where = element('p', 'kakehashi-thanks-where', this.msg('given-on') + ' ');
            var link = element('a', 'kakehashi-thanks-context', t.contextTitle);
            if (remote) {
                // the other product's address for its issue or page, as the server made it from the link's display URL
                if (/^https?:\/\//.test(t.contextUrl || '')) {
                    link.href = t.contextUrl;
                } else {
                    link = element('span', 'kakehashi-thanks-context', t.contextTitle);
                }
            } else {
                link.href = this.base() + (t.contextType === 'jira-issue'
                    ? '/secure/ViewIssue.jspa?id=' : '/pages/viewpage.action?pageId=') + encodeURIComponent(t.contextId);
            }
            where.appendChild(link);
            li.appendChild(where);
        }
        var footer = element('div', 'kakehashi-thanks-footer');
        var time = element('time', 'kakehashi-thanks-time', new Date(t.createdAt).toLocaleString(this.root.lang || undefined));
        time.setAttribute('datetime', t.createdAt);
        footer.appendChild(time);
        if (t.withdrawable && !remote) {
            var withdraw = this.action(this.msg('withdraw'), 'withdraw', t.id, this.msg('withdrawn'));
            // emails already sent cannot be taken back: say so where the sender withdraws
            withdraw.title = this.msg('withdraw-note');
            footer.appendChild(withdraw);
        }
        if (this.admin && !remote) {
            footer.appendChild(this.hideButton(t.id, li));
        }
        li.appendChild(footer);
        return li;
    };

    Component.prototype.action = function (label, name, id, done) {
        var self = this;
        var b = element('button', 'aui-button aui-button-link kakehashi-thanks-' + name, label);
        b.type = 'button';
        b.addEventListener('click', function () {
            b.disabled = true;
            self.call('POST', '/thanks/' + id + '/' + name, {}).then(function () {
                var li = self.list.querySelector('li[data-id="' + id + '"]');
                if (li) {
                    li.parentNode.removeChild(li);
                }
                self.showEmpty();
                self.say(done, 'success');
            }, function (error) {
                b.disabled = false;
                self.say(error.message, 'error');
            });
        });
        return b;
    };

    /** Hide asks for the reason first (told to the sender), then can be undone from the message that follows. */
    Component.prototype.hideButton = function (id, li) {
        var self = this;
        var b = element('button', 'aui-button aui-button-link kakehashi-thanks-hide', this.msg('hide'));
        b.type = 'button';
        b.addEventListener('click', function () {
            if (li.querySelector('.kakehashi-thanks-hide-form')) {
                li.querySelector('.kakehashi-thanks-hide-form input').focus();
                return;
            }
            var form = element('form', 'aui kakehashi-thanks-hide-form');
            form.noValidate = true;
            var fieldId = 'kakehashi-thanks-hide-reason-' + id;
            var label = element('label', null, self.msg('hide-reason'));
            label.setAttribute('for', fieldId);
            var input = element('input', 'text long-field');
            input.id = fieldId;
            input.name = 'reason';
            input.maxLength = 300;
            input.required = true;
            input.autocomplete = 'off';
            var error = element('div', 'error');
            error.id = fieldId + '-error';
            error.setAttribute('data-field', 'reason');
            input.setAttribute('aria-describedby', error.id);
            var confirm = element('button', 'aui-button kakehashi-thanks-hide-confirm', self.msg('hide-confirm'));
            confirm.type = 'submit';
            var cancel = element('button', 'aui-button aui-button-link kakehashi-thanks-hide-cancel', self.msg('cancel'));
            cancel.type = 'button';
            var summary = element('div', 'kakehashi-form-errors aui-message aui-message-error');
            summary.setAttribute('role', 'alert');
            summary.hidden = true;
            form.appendChild(summary);
            form.appendChild(label);
            form.appendChild(input);
            form.appendChild(error);
            var buttons = element('div', 'buttons');
            buttons.appendChild(confirm);
            buttons.appendChild(cancel);
            form.appendChild(buttons);
            cancel.addEventListener('click', function () {
                form.parentNode.removeChild(form);
                b.focus();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                window.Kakehashi.clearErrors(form);
                self.unsay();
                confirm.disabled = true;
                self.call('POST', '/thanks/' + id + '/hide', {reason: input.value}).then(function () {
                    li.parentNode.removeChild(li);
                    self.showEmpty();
                    self.say(self.msg('hidden'), 'success');
                    self.status.appendChild(document.createTextNode(' '));
                    self.status.appendChild(self.undoButton(id));
                }, function (failure) {
                    confirm.disabled = false;
                    window.Kakehashi.showErrors(form, failure);
                });
            });
            li.appendChild(form);
            input.focus();
        });
        return b;
    };

    Component.prototype.undoButton = function (id) {
        var self = this;
        var undo = element('button', 'aui-button aui-button-link kakehashi-thanks-unhide', this.msg('unhide'));
        undo.type = 'button';
        undo.addEventListener('click', function () {
            undo.disabled = true;
            self.call('POST', '/thanks/' + id + '/unhide', {}).then(function () {
                self.say(self.msg('unhidden'), 'success');
                self.load(true);
            }, function (error) {
                undo.disabled = false;
                self.say(error.message, 'error');
            });
        });
        return undo;
    };

    Component.prototype.input = function () {
        var f = this.form;
        var recipients = [];
        f.querySelectorAll('input[name=suggested]:checked').forEach(function (box) {
            recipients.push(box.value);
        });
        f.elements.others.value.split(/[,\u3001\s]+/).forEach(function (name) {
            if (name) {
                recipients.push(name);
            }
        });
        var value = f.querySelector('input[name=value]:checked');
        return {
            recipients: recipients,
            department: f.elements.department.value,
            message: f.elements.message.value,
            value: value ? value.value : '',
            contextType: this.root.getAttribute('data-context-type'),
            contextId: this.root.getAttribute('data-context-id'),
            visibility: f.elements['private'].checked ? 'private' : 'public'
        };
    };

    Component.prototype.clearErrors = function () {
        window.Kakehashi.clearErrors(this.form);
    };

    Component.prototype.showErrors = function (error) {
        var others = this.form.elements.others;
        window.Kakehashi.showErrors(this.form, error, function (field) {
            return field === 'recipients' ? others : null;
        });
    };

    Component.prototype.send = function () {
        var self = this;
        var submit = this.form.querySelector('.kakehashi-thanks-submit');
        this.clearErrors();
        this.unsay();
        submit.disabled = true;
        submit.setAttribute('aria-busy', 'true');
        this.call('POST', '/thanks', this.input()).then(function (sent) {
            self.form.reset();
            self.followDepartment();
            self.form.querySelector('.kakehashi-thanks-used').textContent = '0';
            self.list.insertBefore(self.item(sent), self.list.firstChild);
            self.showEmpty();
            self.say(self.msg('sent'), 'success');
            // other panels on the page showing what depends on thanks here (the request's step 6) read it again
            document.dispatchEvent(new CustomEvent('kakehashi:thanks-sent', {detail: {
                contextType: self.root.getAttribute('data-context-type'),
                contextId: self.root.getAttribute('data-context-id')
            }}));
        }, function (error) {
            self.showErrors(error);
        }).then(function () {
            submit.disabled = false;
            submit.removeAttribute('aria-busy');
        });
    };

    /** The thanks-people macro: each button fills this page's thanks form with its person or department. */
    function startPeople(root) {
        root.querySelectorAll('.kakehashi-thanks-people-button').forEach(function (button) {
            button.addEventListener('click', function () {
                var username = button.getAttribute('data-username');
                var filled = window.Kakehashi.fillThanks(username ? [username] : [],
                    button.getAttribute('data-department'));
                root.querySelector('.kakehashi-thanks-people-status').textContent = filled ? ''
                    : root.getAttribute('data-msg-form-missing');
            });
        });
    }

    /** The administrators' list of hidden thanks on the wall: who hid each, when, why, and Undo. */
    function startHidden(root) {
        var rest = root.getAttribute('data-rest');
        var list = root.querySelector('.kakehashi-thanks-hidden-list');
        var more = root.querySelector('.kakehashi-thanks-hidden-more');
        var status = root.querySelector('.kakehashi-thanks-hidden-status');
        var next = null;
        function msg(name) {
            return root.getAttribute('data-msg-' + name) || '';
        }
        function call(method, path, body) {
            return window.Kakehashi.call(rest, method, path, body, {failed: msg('failed'), network: msg('network')});
        }
        function say(text, kind) {
            status.textContent = text;
            status.className = 'kakehashi-thanks-hidden-status aui-message aui-message-' + kind;
        }
        function when(iso) {
            return iso ? new Date(iso).toLocaleString(root.lang || undefined) : '';
        }
        function entry(h) {
            var li = element('li', 'kakehashi-thanks-hidden-item');
            li.setAttribute('data-id', String(h.id));
            if (h.readable) {
                var header = element('div', 'kakehashi-thanks-header');
                header.appendChild(person(h.sender, null));
                header.appendChild(element('span', 'kakehashi-thanks-arrow', ' ' + msg('arrow') + ' '));
                h.recipients.forEach(function (r, i) {
                    if (i > 0) {
                        header.appendChild(document.createTextNode(msg('separator')));
                    }
                    header.appendChild(person(r, null));
                });
                li.appendChild(header);
                li.appendChild(element('p', 'kakehashi-thanks-message', h.message));
                if (h.contextTitle) {
                    var where = element('p', 'kakehashi-thanks-where', msg('given-on') + ' ');
                    var link = element('a', 'kakehashi-thanks-context', h.contextTitle);
                    link.href = root.getAttribute('data-base') + (h.contextType === 'jira-issue'
                        ? '/secure/ViewIssue.jspa?id=' : '/pages/viewpage.action?pageId=')
                        + encodeURIComponent(h.contextId);
                    where.appendChild(link);
                    li.appendChild(where);
                }
            } else {
                li.appendChild(element('p', 'kakehashi-thanks-unreadable', msg('unreadable')));
            }
            var by = h.hiddenBy ? h.hiddenBy.displayName : '';
            li.appendChild(element('p', 'kakehashi-thanks-hidden-by',
                msg('by').replace('{0}', by).replace('{1}', when(h.hiddenAt))));
            li.appendChild(element('p', 'kakehashi-thanks-hidden-reason', msg('reason').replace('{0}', h.reason)));
            if (h.readable) {
                var undo = element('button', 'aui-button kakehashi-thanks-unhide', msg('unhide'));
                undo.type = 'button';
                undo.addEventListener('click', function () {
                    undo.disabled = true;
                    call('POST', '/thanks/' + h.id + '/unhide', {}).then(function () {
                        li.parentNode.removeChild(li);
                        empty();
                        say(msg('unhidden'), 'success');
                    }, function (error) {
                        undo.disabled = false;
                        say(error.message, 'error');
                    });
                });
                li.appendChild(undo);
            }
            return li;
        }
        function empty() {
            var none = list.querySelector('.kakehashi-thanks-empty');
            var any = list.querySelector('.kakehashi-thanks-hidden-item') !== null;
            if (!any && !none) {
                list.appendChild(element('li', 'kakehashi-thanks-empty', msg('empty')));
            } else if (any && none) {
                none.parentNode.removeChild(none);
            }
        }
        function load() {
            list.setAttribute('aria-busy', 'true');
            more.hidden = true;
            call('GET', '/thanks/hidden?limit=20' + (next ? '&before=' + encodeURIComponent(next) : ''))
                .then(function (page) {
                    page.items.forEach(function (h) {
                        list.appendChild(entry(h));
                    });
                    next = page.next;
                    more.hidden = next === null || next === undefined;
                    empty();
                }, function (error) {
                    say(error.message, 'error');
                }).then(function () {
                    list.setAttribute('aria-busy', 'false');
                });
        }
        more.addEventListener('click', load);
        load();
    }

    window.Kakehashi.startEach('.kakehashi-thanks-hidden', startHidden);
    window.Kakehashi.startEach('.kakehashi-thanks-people', startPeople);
    window.Kakehashi.startEach('.kakehashi-thanks', function (root) {
        new Component(root).load(true);
    });
}());
