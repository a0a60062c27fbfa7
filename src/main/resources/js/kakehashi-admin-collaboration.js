/*
 * Kakehashi admin page, Jira: installs the collaboration request issue types and adds them to a project's issue
 * type scheme through the REST API (JSON, secure administrator session), then reloads the page to show the state.
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
        section.setAttribute('data-ready', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
