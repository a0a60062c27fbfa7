/*
 * Kakehashi admin page, Jira: installs the collaboration request issue types and adds them to a project's issue
 * type scheme through the REST API (JSON, secure administrator session), then reloads the page to show the state;
 * reads and saves who may change a request.
 */
(function () {
    'use strict';

    function start() {
        var section = document.querySelector('.kakehashi-admin-requests');
        var admin = document.getElementById('kakehashi-admin');
        if (!section || !admin) {
            return;
        }
        var rest = admin.getAttribute('data-rest');
        var messages = {
            failed: section.getAttribute('data-msg-failed'),
            network: section.getAttribute('data-msg-network')
        };

        function post(button, path) {
            var summary = section.querySelector('.kakehashi-form-errors');
            summary.hidden = true;
            button.disabled = true;
            window.Kakehashi.call(rest, 'POST', path, {}, messages).then(function () {
                window.location.reload();
            }, function (error) {
                button.disabled = false;
                summary.textContent = error.message;
                summary.hidden = false;
            });
        }

        var install = document.getElementById('kakehashi-request-types-install');
        if (install) {
            install.addEventListener('click', function () {
                post(install, '/admin/collaboration/issue-types');
            });
        }
        section.querySelectorAll('.kakehashi-request-project-add').forEach(function (button) {
            button.addEventListener('click', function () {
                var warning = button.getAttribute('data-confirm');
                if (warning && !window.confirm(warning)) {
                    return;
                }
                post(button, '/admin/collaboration/projects/' + encodeURIComponent(button.getAttribute('data-project')));
            });
        });
        var policy = document.getElementById('kakehashi-change-policy');
        if (policy) {
            var status = policy.querySelector('.kakehashi-change-policy-status');
            var show = function (value) {
                var radio = policy.querySelector('input[name=whoMayChange][value="' + value + '"]');
                if (radio) {
                    radio.checked = true;
                }
            };
            window.Kakehashi.call(rest, 'GET', '/admin/collaboration/change-policy', undefined, messages).then(function (p) {
                show(p.whoMayChange);
                policy.setAttribute('data-ready', 'true');
            }, function (error) {
                status.textContent = error.message;
            });
            policy.addEventListener('submit', function (event) {
                event.preventDefault();
                var chosen = policy.querySelector('input[name=whoMayChange]:checked');
                var save = document.getElementById('kakehashi-change-policy-save');
                save.disabled = true;
                window.Kakehashi.call(rest, 'PUT', '/admin/collaboration/change-policy',
                        {whoMayChange: chosen ? chosen.value : ''}, messages).then(function (p) {
                    save.disabled = false;
                    show(p.whoMayChange);
                    status.textContent = policy.getAttribute('data-msg-saved');
                }, function (error) {
                    save.disabled = false;
                    status.textContent = error.message;
                });
            });
        }
        section.setAttribute('data-ready', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
