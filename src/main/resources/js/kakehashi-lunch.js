/*
 * Kakehashi shuffle lunch page: join, leave and snooze a programme, answer "did you meet?", and for administrators
 * create a programme, change or pause one, form a round now, keep two people apart and delete a programme. Every change is sent as JSON;
 * the page reloads once it is saved, and errors appear next to their fields.
 */
(function () {
    'use strict';

    var K = window.Kakehashi = window.Kakehashi || {};

    function start(root) {
        var rest = root.getAttribute('data-rest');
        var messages = {
            failed: root.getAttribute('data-msg-failed'),
            network: root.getAttribute('data-msg-network')
        };

        function send(form, method, path, body) {
            K.clearErrors(form);
            var buttons = form.querySelectorAll('button');
            buttons.forEach(function (b) {
                b.disabled = true;
            });
            return K.call(rest, method, path, body, messages).then(function (answer) {
                window.location.reload();
                return answer;
            }, function (error) {
                buttons.forEach(function (b) {
                    b.disabled = false;
                });
                K.showErrors(form, error);
            });
        }

        function programmePath(element) {
            var holder = element.closest('[data-programme]');
            return '/lunch/programmes/' + encodeURIComponent(holder.getAttribute('data-programme'));
        }

        function on(selector, handler) {
            root.querySelectorAll(selector).forEach(function (button) {
                button.addEventListener('click', function (event) {
                    event.preventDefault();
                    handler(button, button.closest('form'));
                });
            });
        }

        on('.kakehashi-lunch-join', function (button, form) {
            send(form, 'POST', programmePath(button) + '/join', {});
        });
        on('.kakehashi-lunch-leave', function (button, form) {
            send(form, 'POST', programmePath(button) + '/leave', {});
        });
        on('.kakehashi-lunch-snooze', function (button, form) {
            send(form, 'PUT', programmePath(button) + '/snooze', {until: form.elements.until.value});
        });
        on('.kakehashi-lunch-met', function (button, form) {
            var round = button.closest('[data-round]').getAttribute('data-round');
            send(form, 'PUT', '/lunch/rounds/' + encodeURIComponent(round) + '/answer',
                    {met: button.getAttribute('data-met') === 'true'});
        });
        on('.kakehashi-lunch-run', function (button, form) {
            send(form, 'POST', programmePath(button) + '/rounds', {date: form.elements.date.value});
        });
        on('.kakehashi-lunch-delete', function (button, form) {
            if (window.confirm(root.getAttribute('data-msg-confirm-delete'))) {
                send(form, 'DELETE', programmePath(button), {});
            }
        });
        on('.kakehashi-lunch-apart-remove', function (button, form) {
            send(form, 'PUT', programmePath(button) + '/apart', {first: button.getAttribute('data-first'),
                second: button.getAttribute('data-second'), apart: false});
        });
        root.querySelectorAll('.kakehashi-lunch-apart-form').forEach(function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                send(form, 'PUT', programmePath(form) + '/apart', {first: form.elements.first.value,
                    second: form.elements.second.value, apart: true});
            });
        });
        /** A programme's fields from the new-programme form or a programme's change form. */
        function programmeBody(form) {
            var e = form.elements;
            function number(input) {
                return input.value === '' ? null : parseInt(input.value, 10);
            }
            return {key: e.key.value, nameEn: e.nameEn.value, nameJa: e.nameJa.value, site: e.site.value,
                cadence: e.cadence.value, weekday: e.weekday.value, startsOn: e.startsOn.value,
                groupSize: number(e.groupSize), minDepartments: number(e.minDepartments),
                avoidRounds: number(e.avoidRounds), active: e.active ? e.active.checked : true};
        }
        var create = root.querySelector('.kakehashi-lunch-programme-form');
        if (create) {
            create.addEventListener('submit', function (event) {
                event.preventDefault();
                send(create, 'POST', '/lunch/programmes', programmeBody(create));
            });
        }
        root.querySelectorAll('.kakehashi-lunch-programme-edit').forEach(function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                send(form, 'PUT', programmePath(form), programmeBody(form));
            });
        });
    }

    K.startEach('.kakehashi-lunch', start);
}());
