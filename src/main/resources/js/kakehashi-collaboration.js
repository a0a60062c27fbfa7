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
            'requester', 'partnerContact', 'decisionOwner', 'dueDate', 'goal'].forEach(function (name) {
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

    /** Removes what showFormErrors added to the fields' descriptions, then empties the errors. */
    function clearFormErrors(form) {
        form.querySelectorAll('[data-kakehashi-error-id]').forEach(function (input) {
            var ids = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
                return id && id !== input.getAttribute('data-kakehashi-error-id');
            });
            if (ids.length) {
                input.setAttribute('aria-describedby', ids.join(' '));
            } else {
                input.removeAttribute('aria-describedby');
            }
            input.removeAttribute('data-kakehashi-error-id');
        });
        K.clearErrors(form);
    }

    /**
     * Shows a refusal as the form's error summary (its first element): the message, then one link per field error
     * that moves to the field; each field is marked invalid and described by its error; the summary takes the focus.
     */
    function showFormErrors(form, error) {
        K.showErrors(form, error, function (field) {
            return field === 'project' ? form.elements.projectKey : null;
        });
        var summary = form.querySelector('.kakehashi-form-errors');
        summary.textContent = '';
        var title = document.createElement('p');
        title.className = 'title';
        title.textContent = error.message;
        summary.appendChild(title);
        var list = document.createElement('ul');
        ((error.details && error.details.errors) || []).forEach(function (fieldError) {
            var slot = form.querySelector('.error[data-field="' + fieldError.field + '"]');
            var input = fieldError.field === 'project' ? form.elements.projectKey : form.elements[fieldError.field];
            if (input instanceof RadioNodeList) {
                input = input[0];
            }
            var item = document.createElement('li');
            if (slot && input && input.id) {
                slot.id = slot.id || input.id + '-error';
                if (input.getAttribute('data-kakehashi-error-id') !== slot.id) {
                    input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' '
                        + slot.id).trim());
                    input.setAttribute('data-kakehashi-error-id', slot.id);
                }
                input.setAttribute('aria-invalid', 'true');
                var a = document.createElement('a');
                a.href = '#' + input.id;
                a.textContent = fieldError.message;
                a.addEventListener('click', function (event) {
                    event.preventDefault();
                    input.focus();
                });
                item.appendChild(a);
            } else {
                item.textContent = fieldError.message;
            }
            list.appendChild(item);
        });
        if (list.children.length) {
            summary.appendChild(list);
        }
        summary.setAttribute('tabindex', '-1');
        summary.focus();
    }

    /** Submits a form's JSON; on success calls done with the answer, on failure shows the errors in the form. */
    function submit(root, form, method, path, body, done) {
        clearFormErrors(form);
        busy(form, true);
        K.call(root.getAttribute('data-rest'), method, path, body, messages(root)).then(function (data) {
            done(data);
        }, function (error) {
            busy(form, false);
            showFormErrors(form, error);
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
        function onThanksSent(event) {
            if (!document.contains(root)) {
                document.removeEventListener('kakehashi:thanks-sent', onThanksSent);
                return;
            }
            var detail = event.detail || {};
            if (detail.contextType === 'jira-issue' && detail.contextId === root.getAttribute('data-issue-id')) {
                refreshNext(root);
            }
        }
        if (root.querySelector('.kakehashi-request-next')) {
            document.addEventListener('kakehashi:thanks-sent', onThanksSent);
        }
        var thank = root.querySelector('#kakehashi-request-thank');
        if (thank) {
            thank.addEventListener('click', function () {
                thankPartner(root, thank);
            });
        }
    }

    /**
     * Reads the request again and shows what is still missing for the next step, and whether the partner is thanked,
     * in place: a thanks sent in the thanks panel of the same issue may have been the last thing missing.
     */
    function refreshNext(root) {
        K.call(root.getAttribute('data-rest'), 'GET', requestPath(root), undefined, messages(root)).then(function (r) {
            var next = root.querySelector('.kakehashi-request-next');
            next.textContent = '';
            var intro = document.createElement('p');
            intro.textContent = root.getAttribute(r.missing.length ? 'data-msg-next-missing' : 'data-msg-next-ready');
            next.appendChild(intro);
            if (r.missing.length) {
                var list = document.createElement('ul');
                list.className = 'kakehashi-request-missing';
                r.missing.forEach(function (m) {
                    var li = document.createElement('li');
                    li.textContent = m;
                    list.appendChild(li);
                });
                next.appendChild(list);
            }
            var thankSection = root.querySelector('.kakehashi-request-thank');
            if (r.partnerThanked && thankSection && !thankSection.querySelector('.kakehashi-request-thanked')) {
                var p = document.createElement('p');
                p.className = 'kakehashi-request-thanked';
                var lozenge = document.createElement('span');
                lozenge.className = 'aui-lozenge aui-lozenge-success';
                lozenge.textContent = root.getAttribute('data-msg-thanked');
                p.appendChild(lozenge);
                thankSection.insertBefore(p, thankSection.querySelector('#kakehashi-request-thank'));
            }
        }, function () {
            // the panel stays as it was; the next page load shows the new state
        });
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
