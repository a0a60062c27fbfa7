/*
 * Kakehashi configuration page: lists departments and company values and changes them through the REST API.
 * Text from the server is only ever put into the page with textContent, never as HTML.
 */
(function () {
    'use strict';

    function start() {
        var root = document.getElementById('kakehashi-admin');
        if (!root) {
            return;
        }
        var rest = root.getAttribute('data-rest');
        /* In a follower the lists are copies of the other product's: shown, and only a department's groups (each
           product's own) are edited here. */
        var follower = root.getAttribute('data-follower') === 'true';
        var status = document.getElementById('kakehashi-admin-status');

        function msg(name) {
            return root.getAttribute('data-msg-' + name) || '';
        }

        function say(text, kind) {
            status.textContent = text;
            status.className = 'kakehashi-status aui-message aui-message-' + kind;
        }

        function call(method, path, body) {
            return window.Kakehashi.call(rest, method, path, body, {failed: msg('failed'), network: msg('network')});
        }

        function cell(row, text, className) {
            var td = document.createElement('td');
            if (className) {
                td.className = className;
            }
            td.textContent = text;
            row.appendChild(td);
            return td;
        }

        function button(label, onClick, name, itemName) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'aui-button aui-button-compact kakehashi-action-' + name;
            b.textContent = label;
            b.setAttribute('aria-label', label + ': ' + itemName);
            b.addEventListener('click', onClick);
            return b;
        }

        function lozenge(active) {
            var span = document.createElement('span');
            span.className = active ? 'aui-lozenge aui-lozenge-success' : 'aui-lozenge';
            span.textContent = active ? msg('active') : msg('inactive');
            return span;
        }

        /* One list (departments or values): its table, its form and the fields it edits. */
        function Catalog(config) {
            this.config = config;
            this.table = document.getElementById(config.tableId);
            this.form = document.getElementById(config.formId);
            this.items = [];
            this.editing = null;
            var self = this;
            if (!this.form) {
                return;
            }
            this.form.addEventListener('submit', function (event) {
                event.preventDefault();
                self.save();
            });
            this.form.querySelector('.kakehashi-cancel').addEventListener('click', function () {
                self.edit(null);
            });
        }

        /* Counts the lists being loaded, so that the page can say when it shows what the server holds. */
        var loading = 0;

        Catalog.prototype.load = function () {
            var self = this;
            loading++;
            root.setAttribute('data-loaded', 'false');
            this.table.setAttribute('aria-busy', 'true');
            return call('GET', this.config.path).then(function (items) {
                self.items = items;
                self.render();
            }, function (error) {
                say(error.message, 'error');
            }).then(function () {
                self.table.setAttribute('aria-busy', 'false');
                loading--;
                if (loading === 0) {
                    root.setAttribute('data-loaded', 'true');
                }
            });
        };

        Catalog.prototype.render = function () {
            var self = this;
            var body = this.table.tBodies[0];
            while (body.firstChild) {
                body.removeChild(body.firstChild);
            }
            if (this.items.length === 0) {
                var empty = document.createElement('tr');
                empty.className = 'kakehashi-empty';
                var td = cell(empty, msg(this.config.emptyMessage));
                td.colSpan = 6;
                body.appendChild(empty);
                return;
            }
            this.items.forEach(function (item, index) {
                var row = document.createElement('tr');
                row.setAttribute('data-key', item.key);
                if (!item.active) {
                    row.className = 'kakehashi-inactive';
                }
                self.config.columns(item).forEach(function (column) {
                    cell(row, column[0], column[1]);
                });
                cell(row, '').appendChild(lozenge(item.active));
                var actions = cell(row, '', 'kakehashi-actions');
                var itemName = item.nameJa + ' / ' + item.nameEn;
                if (follower) {
                    if (self.config.groupsInFollower) {
                        actions.appendChild(button(msg('edit'), function () { self.edit(item); }, 'edit', itemName));
                    }
                    body.appendChild(row);
                    return;
                }
                actions.appendChild(button(msg('edit'), function () { self.edit(item); }, 'edit', itemName));
                var up = button(msg('up'), function () { self.move(index, -1); }, 'up', itemName);
                up.disabled = index === 0;
                actions.appendChild(up);
                var down = button(msg('down'), function () { self.move(index, 1); }, 'down', itemName);
                down.disabled = index === self.items.length - 1;
                actions.appendChild(down);
                actions.appendChild(button(item.active ? msg('deactivate') : msg('activate'),
                    function () { self.toggle(item); }, item.active ? 'deactivate' : 'activate', itemName));
                body.appendChild(row);
            });
        };

        Catalog.prototype.field = function (name) {
            return this.form.elements[name];
        };

        Catalog.prototype.edit = function (item) {
            var self = this;
            this.editing = item;
            this.clearErrors();
            this.config.fields.forEach(function (name) {
                var value = item ? item[name] : '';
                self.field(name).value = Array.isArray(value) ? value.join(', ') : (value || '');
            });
            this.form.querySelector('.kakehashi-new-only').hidden = !!item;
            this.form.querySelector('.kakehashi-cancel').hidden = !item;
            var name = this.config.name;
            document.getElementById(this.config.formId + '-title').textContent = item
                ? msg(name + '-form-edit').replace('{0}', item.nameJa + ' / ' + item.nameEn)
                : msg(name + '-form-add');
            this.form.querySelector('button[type=submit]').textContent = msg(name + (item ? '-save' : '-add'));
            if (follower) {
                this.form.hidden = !item;
            }
            if (item) {
                this.field(follower ? 'groups' : 'nameJa').focus();
            }
        };

        Catalog.prototype.input = function () {
            var self = this;
            var input = {};
            this.config.fields.forEach(function (name) {
                input[name] = self.field(name).value;
            });
            if (this.config.listFields) {
                this.config.listFields.forEach(function (name) {
                    input[name] = input[name].split(/[,\u3001\n]/).map(function (s) {
                        return s.trim();
                    }).filter(function (s) {
                        return s.length > 0;
                    });
                });
            }
            if (this.editing) {
                delete input.key;
                input.active = this.editing.active;
            }
            return input;
        };

        Catalog.prototype.clearErrors = function () {
            window.Kakehashi.clearErrors(this.form);
        };

        Catalog.prototype.showErrors = function (error) {
            window.Kakehashi.showErrors(this.form, error);
        };

        Catalog.prototype.save = function () {
            var self = this;
            this.clearErrors();
            var submit = this.form.querySelector('button[type=submit]');
            submit.disabled = true;
            submit.setAttribute('aria-busy', 'true');
            var request = this.editing
                ? call('PUT', this.config.path + '/' + encodeURIComponent(this.editing.key), this.input())
                : call('POST', this.config.path, this.input());
            request.then(function () {
                self.edit(null);
                say(msg('saved'), 'success');
                return self.load();
            }, function (error) {
                self.showErrors(error);
            }).then(function () {
                submit.disabled = false;
                submit.removeAttribute('aria-busy');
            });
        };

        Catalog.prototype.move = function (index, delta) {
            var self = this;
            var keys = this.items.map(function (item) {
                return item.key;
            });
            var moved = keys.splice(index, 1)[0];
            keys.splice(index + delta, 0, moved);
            call('PUT', this.config.path + '/order', {keys: keys}).then(function (items) {
                self.items = items;
                self.render();
                var row = self.table.querySelector('tr[data-key="' + CSS.escape(moved) + '"] .kakehashi-action-' + (delta < 0 ? 'up' : 'down'));
                if (row && !row.disabled) {
                    row.focus();
                }
                say(msg('saved'), 'success');
            }, function (error) {
                say(error.message, 'error');
                self.load();
            });
        };

        Catalog.prototype.toggle = function (item) {
            var self = this;
            var input = {};
            this.config.fields.forEach(function (name) {
                input[name] = item[name];
            });
            delete input.key;
            input.active = !item.active;
            call('PUT', this.config.path + '/' + encodeURIComponent(item.key), input).then(function () {
                say(msg('saved'), 'success');
                return self.load();
            }, function (error) {
                say(error.message, 'error');
            });
        };

        var departments = new Catalog({
            name: 'department',
            path: '/admin/departments',
            tableId: 'kakehashi-departments',
            formId: 'kakehashi-department-form',
            emptyMessage: 'empty-departments',
            fields: ['nameJa', 'nameEn', 'groups', 'key'],
            listFields: ['groups'],
            groupsInFollower: true,
            columns: function (d) {
                return [[d.nameJa, 'kakehashi-name-ja'], [d.nameEn, 'kakehashi-name-en'], [d.key, 'kakehashi-key'],
                    [d.groups.join(', '), 'kakehashi-groups']];
            }
        });
        var values = new Catalog({
            name: 'value',
            path: '/admin/values',
            tableId: 'kakehashi-values',
            formId: 'kakehashi-value-form',
            emptyMessage: 'empty-values',
            fields: ['nameJa', 'nameEn', 'icon', 'descriptionJa', 'descriptionEn', 'key'],
            columns: function (v) {
                return [[v.icon, 'kakehashi-icon'], [v.nameJa, 'kakehashi-name-ja'], [v.nameEn, 'kakehashi-name-en'],
                    [v.descriptionJa + (v.descriptionJa && v.descriptionEn ? ' / ' : '') + v.descriptionEn, 'kakehashi-description']];
            }
        });
        departments.load();
        values.load();

        var company = document.getElementById('kakehashi-company-form');
        company.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Kakehashi.clearErrors(company);
            var chosen = company.querySelector('input[name=role]:checked');
            var submit = document.getElementById('kakehashi-company-submit');
            submit.disabled = true;
            call('PUT', '/admin/company-source', {role: chosen ? chosen.value : ''}).then(function () {
                window.location.reload();
            }, function (error) {
                window.Kakehashi.showErrors(company, error);
                submit.disabled = false;
            });
        });
        var sync = document.getElementById('kakehashi-company-sync');
        if (sync) {
            sync.addEventListener('click', function () {
                sync.disabled = true;
                call('POST', '/admin/company-source/sync', {}).then(function (result) {
                    if (result && result.authoriseUrl && /^https?:\/\//.test(result.authoriseUrl)) {
                        say(msg('authorise') + ' ', 'warning');
                        var allow = document.createElement('a');
                        allow.href = result.authoriseUrl;
                        allow.id = 'kakehashi-company-authorise';
                        allow.textContent = result.authoriseUrl;
                        status.appendChild(allow);
                        sync.disabled = false;
                        return;
                    }
                    window.location.reload();
                }, function (error) {
                    say(error.message, 'error');
                    sync.disabled = false;
                });
            });
        }

        var policy = document.getElementById('kakehashi-policy-form');
        policy.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Kakehashi.clearErrors(policy);
            function number(name) {
                var text = policy.elements[name].value.trim();
                return /^[0-9]{1,6}$/.test(text) ? parseInt(text, 10) : -1;
            }
            var submit = document.getElementById('kakehashi-policy-submit');
            submit.disabled = true;
            call('PUT', '/admin/thanks-policy', {
                valueRequired: policy.elements.valueRequired.checked,
                dailyLimit: number('dailyLimit'),
                withdrawMinutes: number('withdrawMinutes')
            }).then(function (saved) {
                policy.elements.dailyLimit.value = saved.dailyLimit;
                policy.elements.withdrawMinutes.value = saved.withdrawMinutes;
                say(msg('saved'), 'success');
            }, function (error) {
                window.Kakehashi.showErrors(policy, error);
            }).then(function () {
                submit.disabled = false;
            });
        });
        var retention = document.getElementById('kakehashi-retention-form');
        var retentionSubmit = document.getElementById('kakehashi-retention-submit');
        function showRetention(saved) {
            retention.elements.years.value = saved.years ? String(saved.years) : '';
            retention.elements.years.disabled = false;
            retentionSubmit.disabled = false;
        }
        call('GET', '/admin/retention').then(showRetention, function (error) {
            window.Kakehashi.showErrors(retention, error);
        });
        retention.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Kakehashi.clearErrors(retention);
            var chosen = retention.elements.years.value;
            retentionSubmit.disabled = true;
            call('PUT', '/admin/retention', {years: chosen === '' ? null : parseInt(chosen, 10)}).then(function (saved) {
                showRetention(saved);
                say(msg('saved'), 'success');
            }, function (error) {
                window.Kakehashi.showErrors(retention, error);
            }).then(function () {
                retentionSubmit.disabled = false;
            });
        });
        var insights = document.getElementById('kakehashi-insights-form');
        var insightsSubmit = document.getElementById('kakehashi-insights-submit');
        function showInsights(saved) {
            insights.elements.minimumGroup.value = String(saved.minimumGroup);
            insights.elements.minimumGroup.disabled = false;
            insightsSubmit.disabled = false;
        }
        call('GET', '/admin/insights').then(showInsights, function (error) {
            window.Kakehashi.showErrors(insights, error);
        });
        insights.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Kakehashi.clearErrors(insights);
            var chosen = insights.elements.minimumGroup.value;
            insightsSubmit.disabled = true;
            call('PUT', '/admin/insights', {minimumGroup: /^[0-9]{1,3}$/.test(chosen) ? parseInt(chosen, 10) : null})
                .then(function (saved) {
                    showInsights(saved);
                    say(msg('saved'), 'success');
                }, function (error) {
                    window.Kakehashi.showErrors(insights, error);
                }).then(function () {
                    insightsSubmit.disabled = false;
                });
        });
        var calendar = document.getElementById('kakehashi-calendar-form');
        var calendarSubmit = document.getElementById('kakehashi-calendar-submit');
        function showCalendar(saved) {
            calendar.elements.zone.value = saved.zone;
            calendar.elements.skipWeekends.checked = saved.skipWeekends === true;
            calendar.elements.skipHolidays.checked = saved.skipHolidays === true;
            calendar.elements.zone.disabled = false;
            calendar.elements.skipWeekends.disabled = false;
            calendar.elements.skipHolidays.disabled = false;
            calendarSubmit.disabled = false;
        }
        call('GET', '/admin/calendar').then(showCalendar, function (error) {
            window.Kakehashi.showErrors(calendar, error);
        });
        calendar.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Kakehashi.clearErrors(calendar);
            calendarSubmit.disabled = true;
            call('PUT', '/admin/calendar', {
                zone: calendar.elements.zone.value.trim(),
                skipWeekends: calendar.elements.skipWeekends.checked,
                skipHolidays: calendar.elements.skipHolidays.checked
            }).then(function (saved) {
                showCalendar(saved);
                say(msg('saved'), 'success');
            }, function (error) {
                window.Kakehashi.showErrors(calendar, error);
            }).then(function () {
                calendarSubmit.disabled = false;
            });
        });
        var digest = document.getElementById('kakehashi-digest-form');
        var digestSubmit = document.getElementById('kakehashi-digest-submit');
        function showDigest(saved) {
            digest.elements.weekday.value = saved.weekday;
            digest.elements.quietWeeks.value = String(saved.quietWeeks);
            digest.elements.stuckDays.value = String(saved.stuckDays);
            digest.elements.weekday.disabled = false;
            digest.elements.quietWeeks.disabled = false;
            digest.elements.stuckDays.disabled = false;
            digestSubmit.disabled = false;
        }
        function wholeNumber(text) {
            return /^\s*\d+\s*$/.test(text) ? parseInt(text, 10) : -1;
        }
        call('GET', '/admin/digest').then(showDigest, function (error) {
            window.Kakehashi.showErrors(digest, error);
        });
        digest.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Kakehashi.clearErrors(digest);
            digestSubmit.disabled = true;
            call('PUT', '/admin/digest', {
                weekday: digest.elements.weekday.value,
                quietWeeks: wholeNumber(digest.elements.quietWeeks.value),
                stuckDays: wholeNumber(digest.elements.stuckDays.value)
            }).then(function (saved) {
                showDigest(saved);
                say(msg('saved'), 'success');
            }, function (error) {
                window.Kakehashi.showErrors(digest, error);
            }).then(function () {
                digestSubmit.disabled = false;
            });
        });
        root.setAttribute('data-ready', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
