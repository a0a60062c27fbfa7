/*
 * Kakehashi admin page, the company's holidays: lists one year's holidays (national ones and the company's own),
 * adds a company day, removes a day, and restores one removed national holiday or all of them through the REST API.
 * Text from the server is only ever put into the page with textContent.
 */
(function () {
    'use strict';

    function format(pattern, value) {
        return pattern.replace('{0}', String(value));
    }

    function start() {
        var box = document.getElementById('kakehashi-holidays');
        var admin = document.getElementById('kakehashi-admin');
        if (!box || !admin) {
            return;
        }
        var rest = admin.getAttribute('data-rest');
        var status = document.getElementById('kakehashi-admin-status');
        var error = document.getElementById('kakehashi-holidays-error');
        var yearSelect = document.getElementById('kakehashi-holidays-year');
        var table = document.getElementById('kakehashi-holidays-table');
        var caption = document.getElementById('kakehashi-holidays-caption');
        var unpublished = document.getElementById('kakehashi-holidays-unpublished');
        var form = document.getElementById('kakehashi-holiday-form');
        var submit = document.getElementById('kakehashi-holiday-submit');
        var restore = document.getElementById('kakehashi-holidays-restore');
        var shownYear = null;

        function msg(name) {
            return box.getAttribute('data-msg-' + name) || '';
        }

        function call(method, path, body) {
            return window.Kakehashi.call(rest, method, path, body, {failed: msg('failed'), network: msg('network')});
        }

        function say(text) {
            status.textContent = text;
            status.className = 'kakehashi-status aui-message aui-message-success';
        }

        function showError(text) {
            error.textContent = text || '';
            error.hidden = !text;
        }

        var cell = window.Kakehashi.cell;

        function lozenge(day) {
            var span = document.createElement('span');
            if (day.removed) {
                span.className = 'aui-lozenge';
                span.textContent = msg('removed');
            } else if (day.origin === 'company') {
                span.className = 'aui-lozenge aui-lozenge-complete';
                span.textContent = msg('company');
            } else {
                span.className = 'aui-lozenge aui-lozenge-success';
                span.textContent = msg('national');
            }
            return span;
        }

        /** A row's button that posts to {@code …/holidays/<date>/<action>} and shows the year again. */
        function dayButton(day, action, label, done) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'aui-button aui-button-compact kakehashi-holiday-' + action;
            b.textContent = label;
            b.setAttribute('aria-label', label + ': ' + day.date + ' ' + day.nameJa + ' / ' + day.nameEn);
            b.addEventListener('click', function () {
                b.disabled = true;
                showError('');
                call('POST', '/admin/calendar/holidays/' + encodeURIComponent(day.date) + '/' + action, {})
                    .then(function () {
                        say(done);
                        return load(shownYear);
                    }, function (failure) {
                        b.disabled = false;
                        showError(failure.message);
                    });
            });
            return b;
        }

        function render(list) {
            shownYear = list.year;
            while (yearSelect.firstChild) {
                yearSelect.removeChild(yearSelect.firstChild);
            }
            list.years.forEach(function (year) {
                var option = document.createElement('option');
                option.value = String(year);
                option.textContent = String(year);
                option.selected = year === list.year;
                yearSelect.appendChild(option);
            });
            yearSelect.disabled = false;
            caption.textContent = format(msg('list'), list.year);
            unpublished.textContent = format(msg('unpublished'), list.year);
            unpublished.hidden = list.year <= list.publishedThrough;
            var body = window.Kakehashi.clearRows(table, list.holidays.length === 0, 5, msg('empty'));
            list.holidays.forEach(function (day) {
                var row = document.createElement('tr');
                row.setAttribute('data-date', day.date);
                if (day.removed) {
                    row.className = 'kakehashi-inactive';
                }
                cell(row, day.date, 'kakehashi-holiday-date');
                cell(row, day.nameJa, 'kakehashi-name-ja');
                cell(row, day.nameEn, 'kakehashi-name-en');
                cell(row, '').appendChild(lozenge(day));
                var actions = cell(row, '', 'kakehashi-actions');
                if (day.removed) {
                    actions.appendChild(dayButton(day, 'restore', msg('restore-one'), msg('restored-one')));
                } else {
                    actions.appendChild(dayButton(day, 'remove', msg('remove'), msg('removed-done')));
                }
                body.appendChild(row);
            });
            table.setAttribute('aria-busy', 'false');
            submit.disabled = false;
            restore.disabled = false;
            box.setAttribute('data-loaded', 'true');
        }

        function load(year) {
            box.setAttribute('data-loaded', 'false');
            table.setAttribute('aria-busy', 'true');
            return call('GET', '/admin/calendar/holidays' + (year ? '?year=' + encodeURIComponent(year) : ''))
                .then(render, function (failure) {
                    table.setAttribute('aria-busy', 'false');
                    showError(failure.message);
                });
        }

        yearSelect.addEventListener('change', function () {
            showError('');
            load(yearSelect.value);
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Kakehashi.clearErrors(form);
            submit.disabled = true;
            var date = form.elements.date.value.trim();
            call('POST', '/admin/calendar/holidays', {
                date: date,
                nameJa: form.elements.nameJa.value,
                nameEn: form.elements.nameEn.value
            }).then(function (added) {
                form.reset();
                say(msg('added'));
                return load(added.date.substring(0, 4));
            }, function (failure) {
                window.Kakehashi.showErrors(form, failure);
            }).then(function () {
                submit.disabled = false;
            });
        });

        restore.addEventListener('click', function () {
            restore.disabled = true;
            showError('');
            call('POST', '/admin/calendar/holidays/restore', {}).then(function () {
                say(msg('restored'));
                return load(shownYear);
            }, function (failure) {
                showError(failure.message);
            }).then(function () {
                restore.disabled = false;
            });
        });

        load(null);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
