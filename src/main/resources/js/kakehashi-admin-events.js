/*
 * Kakehashi admin page, events: the personal invitations an event needs before its broadcast, and the sites and
 * cohorts events may be meant for (each a host group), listed, added, changed and removed through the REST API.
 * Text from the server is only ever put into the page with textContent.
 */
(function () {
    'use strict';

    function start() {
        var box = document.getElementById('kakehashi-events-admin');
        var admin = document.getElementById('kakehashi-admin');
        if (!box || !admin) {
            return;
        }
        var rest = admin.getAttribute('data-rest');
        var status = document.getElementById('kakehashi-admin-status');
        var settings = document.getElementById('kakehashi-events-settings-form');
        var settingsSubmit = document.getElementById('kakehashi-events-settings-submit');
        var table = document.getElementById('kakehashi-audiences');
        var error = document.getElementById('kakehashi-audiences-error');
        var form = document.getElementById('kakehashi-audience-form');
        var submit = document.getElementById('kakehashi-audience-submit');

        function msg(name) {
            return box.getAttribute('data-msg-' + name) || '';
        }

        function call(method, path, body) {
            return window.Kakehashi.call(rest, method, path, body, {
                failed: admin.getAttribute('data-msg-failed') || '',
                network: admin.getAttribute('data-msg-network') || ''
            });
        }

        function say(text) {
            status.textContent = text;
            status.className = 'kakehashi-status aui-message aui-message-success';
        }

        function showError(text) {
            error.textContent = text || '';
            error.hidden = !text;
        }

        function showSettings(saved) {
            settings.elements.invitationsBeforeBroadcast.value = String(saved.invitationsBeforeBroadcast);
            settings.elements.invitationsBeforeBroadcast.disabled = false;
            settingsSubmit.disabled = false;
        }

        var cell = window.Kakehashi.cell;

        function button(label, described, action) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'aui-button aui-button-compact';
            b.textContent = label;
            b.setAttribute('aria-label', label + ': ' + described);
            b.addEventListener('click', function () {
                action(b);
            });
            return b;
        }

        function render(list) {
            var body = window.Kakehashi.clearRows(table, list.audiences.length === 0, 6, msg('empty'));
            list.audiences.forEach(function (a) {
                var row = document.createElement('tr');
                row.setAttribute('data-audience', a.kind + ':' + a.key);
                cell(row, msg(a.kind));
                cell(row, a.key);
                cell(row, a.nameJa);
                cell(row, a.nameEn);
                cell(row, a.hostGroup);
                var actions = cell(row, '', 'kakehashi-actions');
                var described = a.nameJa + ' / ' + a.nameEn;
                actions.appendChild(button(msg('edit'), described, function () {
                    form.elements.kind.value = a.kind;
                    form.elements.key.value = a.key;
                    form.elements.nameJa.value = a.nameJa;
                    form.elements.nameEn.value = a.nameEn;
                    form.elements.hostGroup.value = a.hostGroup;
                    form.elements.nameJa.focus();
                }));
                actions.appendChild(button(msg('remove'), described, function (b) {
                    if (!window.confirm(msg('confirm'))) {
                        return;
                    }
                    b.disabled = true;
                    showError('');
                    call('DELETE', '/admin/events/audiences/' + encodeURIComponent(a.kind) + '/'
                            + encodeURIComponent(a.key), {}).then(function () {
                        say(msg('removed'));
                        return load();
                    }, function (failure) {
                        b.disabled = false;
                        showError(failure.message);
                    });
                }));
                body.appendChild(row);
            });
            table.setAttribute('aria-busy', 'false');
            submit.disabled = false;
            box.setAttribute('data-loaded', 'true');
        }

        function load() {
            table.setAttribute('aria-busy', 'true');
            return call('GET', '/admin/events/audiences').then(render, function (failure) {
                table.setAttribute('aria-busy', 'false');
                showError(failure.message);
            });
        }

        call('GET', '/admin/events').then(showSettings, function (failure) {
            window.Kakehashi.showErrors(settings, failure);
        });
        settings.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Kakehashi.clearErrors(settings);
            var chosen = settings.elements.invitationsBeforeBroadcast.value;
            settingsSubmit.disabled = true;
            call('PUT', '/admin/events', {
                invitationsBeforeBroadcast: /^[0-9]{1,3}$/.test(chosen) ? parseInt(chosen, 10) : null
            }).then(function (saved) {
                showSettings(saved);
                say(admin.getAttribute('data-msg-saved') || '');
            }, function (failure) {
                window.Kakehashi.showErrors(settings, failure);
            }).then(function () {
                settingsSubmit.disabled = false;
            });
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            window.Kakehashi.clearErrors(form);
            var key = form.elements.key.value.trim();
            if (!key) {
                window.Kakehashi.showErrors(form, {message: msg('key-required'),
                    details: {errors: [{field: 'key', message: msg('key-required')}]}});
                return;
            }
            submit.disabled = true;
            call('PUT', '/admin/events/audiences/' + encodeURIComponent(form.elements.kind.value) + '/'
                    + encodeURIComponent(key), {
                nameEn: form.elements.nameEn.value,
                nameJa: form.elements.nameJa.value,
                hostGroup: form.elements.hostGroup.value
            }).then(function () {
                form.reset();
                say(msg('saved'));
                return load();
            }, function (failure) {
                window.Kakehashi.showErrors(form, failure);
            }).then(function () {
                submit.disabled = false;
            });
        });

        load();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
