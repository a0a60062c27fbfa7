/*
 * Kakehashi communities: the list page's form starts a pilot; a community's buttons join (acknowledging the rules'
 * version the page showed), leave, open, ask for and approve recognition; members add outputs to the board; leaders
 * add members, record sessions and set the ladder. Every change is JSON; the page reloads once it is done.
 */
(function () {
    'use strict';

    var K = window.Kakehashi = window.Kakehashi || {};

    function messages(root) {
        return {
            failed: root.getAttribute('data-msg-failed'),
            network: root.getAttribute('data-msg-network')
        };
    }

    function names(text) {
        return text.split(',').map(function (u) {
            return u.trim();
        }).filter(function (u) {
            return u.length > 0;
        });
    }

    /** Sends body to path from form (its errors shown in it); reloads or goes to next when done. */
    function send(root, form, method, path, body, next) {
        K.clearErrors(form);
        var buttons = form.querySelectorAll('button');
        buttons.forEach(function (b) {
            b.disabled = true;
        });
        return K.call(root.getAttribute('data-rest'), method, path, body, messages(root)).then(function (result) {
            if (next) {
                window.location.assign(next(result));
            } else {
                window.location.reload();
            }
        }, function (error) {
            buttons.forEach(function (b) {
                b.disabled = false;
            });
            K.showErrors(form, error);
        });
    }

    function startCommunity(root) {
        var key = root.getAttribute('data-community');
        var base = '/communities/' + encodeURIComponent(key);
        var actions = root.querySelector('.kakehashi-community-actions');
        if (actions) {
            actions.querySelectorAll('.kakehashi-community-action').forEach(function (button) {
                button.addEventListener('click', function () {
                    send(root, actions, 'POST', base + '/' + button.getAttribute('data-action'), {});
                });
            });
            var join = actions.querySelector('.kakehashi-community-join');
            if (join) {
                join.addEventListener('submit', function (event) {
                    event.preventDefault();
                    // without the box ticked no version is acknowledged, and the server says so
                    var version = join.elements.acknowledge.checked
                        ? parseInt(root.getAttribute('data-rules-version'), 10) : null;
                    send(root, actions, 'POST', base + '/join', {rulesVersion: version});
                });
            }
        }
        if (actions) {
            actions.querySelectorAll('.kakehashi-community-pin-answer').forEach(function (button) {
                button.addEventListener('click', function () {
                    send(root, actions, 'POST', base + '/pins/answer',
                        {accept: button.getAttribute('data-accept') === 'true'});
                });
            });
        }
        var finder = root.querySelector('.kakehashi-community-pin-finder');
        if (finder) {
            finder.querySelectorAll('.kakehashi-community-pin-invite').forEach(function (button) {
                button.addEventListener('click', function () {
                    send(root, finder, 'POST', base + '/pins', {username: button.getAttribute('data-username')});
                });
            });
        }
        root.querySelectorAll('.kakehashi-community-board-remove').forEach(function (button) {
            button.addEventListener('click', function () {
                if (!window.confirm(root.getAttribute('data-msg-board-remove-confirm'))) {
                    return;
                }
                var item = button.closest('[data-board-item]');
                button.disabled = true;
                K.call(root.getAttribute('data-rest'), 'DELETE', base + '/board/'
                        + encodeURIComponent(item.getAttribute('data-board-item')), {}, messages(root))
                    .then(function () {
                        window.location.reload();
                    }, function (error) {
                        button.disabled = false;
                        window.alert(error.message);
                    });
            });
        });
        var board = root.querySelector('.kakehashi-community-board-form');
        if (board) {
            board.addEventListener('submit', function (event) {
                event.preventDefault();
                var link = board.elements.url.value.trim();
                var page = /^\d+$/.test(link) ? parseInt(link, 10) : null;
                send(root, board, 'POST', base + '/board', {kind: board.elements.kind.value,
                    title: board.elements.title.value, pageId: page, url: page === null ? link : null});
            });
        }
        var leadership = root.querySelector('.kakehashi-community-people-form');
        if (leadership) {
            leadership.addEventListener('submit', function (event) {
                event.preventDefault();
                send(root, leadership, 'PUT', base + '/people', {leaders: names(leadership.elements.leaders.value),
                    sponsor: leadership.elements.sponsor.value.trim()});
            });
        }
        var member = root.querySelector('.kakehashi-community-member-form');
        if (member) {
            member.addEventListener('submit', function (event) {
                event.preventDefault();
                send(root, member, 'POST', base + '/members', {username: member.elements.username.value.trim()});
            });
        }
        var session = root.querySelector('.kakehashi-community-session-form');
        if (session) {
            session.addEventListener('submit', function (event) {
                event.preventDefault();
                send(root, session, 'POST', base + '/sessions', {heldOn: session.elements.heldOn.value,
                    format: session.elements.format.value, attendees: names(session.elements.attendees.value)});
            });
        }
        var ladder = root.querySelector('.kakehashi-community-ladder');
        if (ladder) {
            ladder.querySelectorAll('.kakehashi-community-ladder-select').forEach(function (select) {
                select.addEventListener('change', function () {
                    K.call(root.getAttribute('data-rest'), 'PUT', base + '/ladder',
                        {username: select.getAttribute('data-username'), step: select.value}, messages(root))
                        .then(function () {
                            select.setAttribute('aria-invalid', 'false');
                        }, function (error) {
                            select.setAttribute('aria-invalid', 'true');
                            window.console.error(error);
                        });
                });
            });
        }
    }

    function startList(root) {
        var form = root.querySelector('.kakehashi-community-create');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var goal = form.elements.goalId.value.trim();
            send(root, form, 'POST', '/communities', {
                key: form.elements.key.value.trim(),
                nameJa: form.elements.nameJa.value,
                nameEn: form.elements.nameEn.value,
                purpose: form.elements.purpose.value,
                goalId: goal ? parseInt(goal, 10) : null,
                rules: form.elements.rules.value,
                logo: form.elements.logo.value,
                themes: names(form.elements.themes.value),
                sponsor: form.elements.sponsor.value.trim(),
                leaders: names(form.elements.leaders.value)
            }, function (created) {
                return root.getAttribute('data-list') + '/' + encodeURIComponent(created.key);
            });
        });
    }

    K.startEach('.kakehashi-community[data-community]', startCommunity);
    K.startEach('.kakehashi-community-list', startList);
}());
