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
        }
    }

    Component.prototype.msg = function (name) {
        return this.root.getAttribute('data-msg-' + name) || '';
    };

    Component.prototype.say = function (text, kind) {
        this.status.textContent = text;
        this.status.className = 'kakehashi-thanks-status aui-message aui-message-' + kind;
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
        add('before', this.next);
        return params.length ? '?' + params.join('&') : '';
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
            li.textContent = this.msg('empty');
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

    function person(p) {
        var span = element('span', 'kakehashi-thanks-person');
        if (p.avatarUrl) {
            var img = element('img', 'kakehashi-thanks-avatar');
            img.src = p.avatarUrl;
            img.alt = '';
            img.width = 24;
            img.height = 24;
            span.appendChild(img);
        }
        span.appendChild(element('span', 'kakehashi-thanks-name', p.displayName));
        return span;
    }

    Component.prototype.item = function (t) {
        var self = this;
        var li = element('li', 'kakehashi-thanks-item');
        li.setAttribute('data-id', String(t.id));
        var header = element('div', 'kakehashi-thanks-header');
        header.appendChild(person(t.sender));
        header.appendChild(element('span', 'kakehashi-thanks-arrow', ' ' + this.msg('arrow') + ' '));
        t.recipients.forEach(function (r, i) {
            if (i > 0) {
                header.appendChild(document.createTextNode(', '));
            }
            header.appendChild(person(r));
        });
        if (t.department) {
            header.appendChild(element('span', 'kakehashi-thanks-department',
                this.names.department[t.department] || t.department));
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
        if (t.toMe) {
            tags.appendChild(element('span', 'aui-lozenge aui-lozenge-new kakehashi-thanks-to-me', this.msg('to-me')));
        }
        li.appendChild(tags);
        li.appendChild(element('p', 'kakehashi-thanks-message', t.message));
        var footer = element('div', 'kakehashi-thanks-footer');
        var time = element('time', 'kakehashi-thanks-time', new Date(t.createdAt).toLocaleString(this.root.lang || undefined));
        time.setAttribute('datetime', t.createdAt);
        footer.appendChild(time);
        if (t.withdrawable) {
            var withdraw = this.action(this.msg('withdraw'), 'withdraw', t.id, this.msg('withdrawn'));
            // emails already sent cannot be taken back: say so where the sender withdraws
            withdraw.title = this.msg('withdraw-note');
            footer.appendChild(withdraw);
        }
        if (this.admin) {
            footer.appendChild(this.action(this.msg('hide'), 'hide', t.id, this.msg('hidden')));
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
        submit.disabled = true;
        submit.setAttribute('aria-busy', 'true');
        this.call('POST', '/thanks', this.input()).then(function (sent) {
            self.form.reset();
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

    window.Kakehashi.startEach('.kakehashi-thanks-people', startPeople);
    window.Kakehashi.startEach('.kakehashi-thanks', function (root) {
        new Component(root).load(true);
    });
}());
