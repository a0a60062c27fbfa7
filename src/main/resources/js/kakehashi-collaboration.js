/*
 * Kakehashi collaboration requests: the new-request page and the panel on request issues. Every change goes to the
 * REST API as JSON; text from the server is inserted with textContent only. After a change of the request the
 * page is loaded again, so that the panel, its history and Jira's own fields show the new state together; a panel that
 * Jira renders again without a page load (an inline edit, a transition) is started again.
 */
(function () {
    'use strict';

    var K = window.Kakehashi;

    function messages(root) {
        return {
            failed: root.getAttribute('data-msg-failed') || '',
            network: root.getAttribute('data-msg-network') || ''
        };
    }

    function value(form, name) {
        var field = form.elements[name];
        if (!field) {
            return undefined;
        }
        if (field instanceof RadioNodeList) {
            return field.value;
        }
        return field.value;
    }

    function details(form) {
        var body = {};
        ['kind', 'requestingDepartment', 'partnerDepartment', 'purpose', 'scope', 'helpKind', 'partnerBenefit',
            'requester', 'partnerContact', 'decisionOwner', 'dueDate'].forEach(function (name) {
            body[name] = value(form, name);
        });
        return body;
    }

    function busy(form, on) {
        form.querySelectorAll('button').forEach(function (b) {
            b.disabled = on;
        });
        form.setAttribute('aria-busy', on ? 'true' : 'false');
    }

    /** Submits a form's JSON; on success calls done with the answer, on failure shows the errors in the form. */
    function submit(root, form, method, path, body, done) {
        K.clearErrors(form);
        busy(form, true);
        K.call(root.getAttribute('data-rest'), method, path, body, messages(root)).then(function (data) {
            done(data);
        }, function (error) {
            busy(form, false);
            K.showErrors(form, error, function (field) {
                return field === 'project' ? form.elements.projectKey : null;
            });
        });
    }

    function initNewPage(root) {
        var form = root.querySelector('#kakehashi-request-new-form');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = details(form);
            body.projectKey = value(form, 'projectKey');
            body.summary = value(form, 'summary');
            submit(root, form, 'POST', '/collaboration/requests', body, function (created) {
                window.location.assign(created.url);
            });
        });
    }

    function requestPath(root, suffix) {
        return '/collaboration/requests/' + encodeURIComponent(root.getAttribute('data-issue-key')) + (suffix || '');
    }

    function version(root) {
        var v = root.getAttribute('data-version');
        return v ? parseInt(v, 10) : undefined;
    }

    function showMoveErrors(root, error, forward) {
        var summary = root.querySelector('.kakehashi-request-move-errors');
        summary.textContent = '';
        var fieldErrors = (error.details && error.details.errors) || [];
        var title = document.createElement('p');
        title.className = 'title';
        title.textContent = forward && fieldErrors.length ? root.getAttribute('data-msg-cannot-move') : error.message;
        summary.appendChild(title);
        if (fieldErrors.length) {
            var list = document.createElement('ul');
            fieldErrors.forEach(function (e) {
                var li = document.createElement('li');
                li.textContent = e.message;
                list.appendChild(li);
            });
            summary.appendChild(list);
        }
        summary.hidden = false;
        summary.setAttribute('tabindex', '-1');
        summary.focus();
    }

    function initPanel(root) {
        var setup = root.querySelector('#kakehashi-request-setup-form');
        if (setup) {
            setup.addEventListener('submit', function (event) {
                event.preventDefault();
                submit(root, setup, 'PUT', requestPath(root), details(setup), function () {
                    window.location.reload();
                });
            });
        }
        root.querySelectorAll('.kakehashi-request-move').forEach(function (button) {
            button.addEventListener('click', function () {
                var errors = root.querySelector('.kakehashi-request-move-errors');
                errors.hidden = true;
                button.disabled = true;
                K.call(root.getAttribute('data-rest'), 'POST', requestPath(root, '/step'),
                    {step: button.getAttribute('data-step'), version: version(root)}, messages(root)).then(function () {
                    window.location.reload();
                }, function (error) {
                    button.disabled = false;
                    showMoveErrors(root, error, button.id === 'kakehashi-request-advance');
                });
            });
        });
        var edit = root.querySelector('#kakehashi-request-edit-form');
        var toggle = root.querySelector('.kakehashi-request-toggle');
        if (edit && toggle) {
            toggle.addEventListener('click', function () {
                var open = edit.hidden;
                edit.hidden = !open;
                toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
                if (open) {
                    edit.querySelector('select, input, textarea').focus();
                }
            });
            edit.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = details(edit);
                body.version = version(root);
                submit(root, edit, 'PUT', requestPath(root), body, function () {
                    window.location.reload();
                });
            });
        }
        var result = root.querySelector('#kakehashi-request-result-form');
        if (result) {
            result.addEventListener('submit', function (event) {
                event.preventDefault();
                submit(root, result, 'POST', requestPath(root, '/result'), {
                    resultLink: value(result, 'resultLink'),
                    resultNote: value(result, 'resultNote'),
                    version: version(root)
                }, function () {
                    window.location.reload();
                });
            });
        }
        var followUp = root.querySelector('#kakehashi-request-follow-up-form');
        if (followUp) {
            followUp.addEventListener('submit', function (event) {
                event.preventDefault();
                submit(root, followUp, 'POST', requestPath(root, '/follow-up'), {
                    summary: value(followUp, 'summary'),
                    purpose: value(followUp, 'purpose'),
                    scope: value(followUp, 'scope')
                }, function (created) {
                    window.location.assign(created.url);
                });
            });
        }
        var thank = root.querySelector('#kakehashi-request-thank');
        if (thank) {
            thank.addEventListener('click', function () {
                thankPartner(root, thank);
            });
        }
    }

    /** Fills the thanks form of the page (the thanks panel) with the partner contact and department. */
    function thankPartner(root, button) {
        var status = root.querySelector('.kakehashi-request-thank .kakehashi-request-status')
            || button.parentNode.appendChild(Object.assign(document.createElement('p'), {className: 'kakehashi-request-status'}));
        var contact = root.getAttribute('data-partner-contact');
        if (!K.fillThanks(contact ? [contact] : [], root.getAttribute('data-partner-department'))) {
            status.setAttribute('role', 'status');
            status.textContent = root.getAttribute('data-msg-thank-form-missing');
        }
    }

    K.startEach('.kakehashi-request-new', initNewPage);
    K.startEach('.kakehashi-request', initPanel);
}());
