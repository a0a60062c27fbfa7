/*
 * Kakehashi department profiles: "edit" opens the profile's form for its contacts and the administrators; saving
 * sends the form as JSON with the version the page showed, and reloads the page once saved. Field errors appear next
 * to their fields; a change someone else made first is said so.
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

    function values(form, name) {
        return Array.prototype.map.call(form.querySelectorAll('[name="' + name + '"]'), function (e) {
            return e.value;
        });
    }

    function body(root, form) {
        var texts = values(form, 'challengeText');
        var since = values(form, 'challengeSince');
        var review = values(form, 'challengeReview');
        var challenges = texts.map(function (text, i) {
            return {text: text, since: since[i], reviewBy: review[i]};
        });
        return {
            doesEn: form.elements.doesEn.value,
            doesJa: form.elements.doesJa.value,
            helpEn: form.elements.helpEn.value,
            helpJa: form.elements.helpJa.value,
            requestKind: form.elements.requestKind.value,
            contacts: form.elements.contacts.value.split(',').map(function (u) {
                return u.trim();
            }).filter(function (u) {
                return u.length > 0;
            }),
            challenges: challenges,
            version: parseInt(root.getAttribute('data-version'), 10)
        };
    }

    function start(root) {
        var form = root.querySelector('.kakehashi-profile-form');
        var edit = root.querySelector('.kakehashi-profile-edit');
        if (!form || !edit) {
            return;
        }
        var status = form.querySelector('.kakehashi-profile-status');
        edit.addEventListener('click', function () {
            form.hidden = false;
            edit.setAttribute('aria-expanded', 'true');
            form.querySelector('textarea, input, select').focus();
        });
        form.querySelector('.kakehashi-profile-cancel').addEventListener('click', function () {
            form.hidden = true;
            edit.setAttribute('aria-expanded', 'false');
            edit.focus();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            K.clearErrors(form);
            var save = form.querySelector('.kakehashi-profile-save');
            save.disabled = true;
            status.textContent = '';
            var key = root.getAttribute('data-department');
            K.call(root.getAttribute('data-rest'), 'PUT', '/departments/' + encodeURIComponent(key) + '/profile',
                    body(root, form), messages(root)).then(function (saved) {
                root.setAttribute('data-version', String(saved.version));
                status.textContent = root.getAttribute('data-msg-saved');
                window.location.reload();
            }, function (error) {
                save.disabled = false;
                K.showErrors(form, error, function (field) {
                    var row = /^challenge-(\d+)$/.exec(field);
                    return row ? form.querySelector('.kakehashi-profile-challenge-row[data-row="' + row[1]
                            + '"] input') : null;
                });
            });
        });
    }

    K.startEach('.kakehashi-profile', start);
}());
