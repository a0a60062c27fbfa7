/*
 * Kakehashi events: the create form, the answer and invitation-reply forms, for organisers the "people we want"
 * list, personal invitations, opening the broadcast and the check-in, and after the event the survey, the topics for
 * next time and the suggested thanks to the organisers, and the preparation request in Jira. Every change goes to
 * the REST API as JSON; the page reloads once saved (the server renders what changed). Field errors appear next to
 * their fields.
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

    function checkedValue(form, name) {
        var chosen = form.querySelector('input[name="' + name + '"]:checked');
        return chosen ? chosen.value : '';
    }

    function names(text) {
        return text.split(/[,\s\u3001]+/).filter(function (u) {
            return u.length > 0;
        });
    }

    /** Sends a form's body on submit; done(result) runs after a success. */
    function submitting(root, form, method, path, body, done) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            K.clearErrors(form);
            var button = form.querySelector('button[type="submit"]');
            if (button) {
                button.disabled = true;
            }
            K.call(root.getAttribute('data-rest'), method, path, body(form), messages(root)).then(function (result) {
                done(result, form);
            }, function (error) {
                if (button) {
                    button.disabled = false;
                }
                K.showErrors(form, error);
            });
        });
    }

    function status(form, text) {
        var slot = form.querySelector('.kakehashi-event-status');
        if (slot) {
            slot.textContent = text;
        }
    }

    function reload() {
        window.location.reload();
    }

    /** The values of the ticked checkboxes of one name. */
    function checked(f, name) {
        return Array.prototype.map.call(f.querySelectorAll('input[name="' + name + '"]:checked'), function (e) {
            return e.value;
        });
    }

    /** An event's fields from the create or the change form (the change form has no organisers). */
    function eventBody(f) {
        var capacity = parseInt(f.elements.capacity.value, 10);
        return {
            title: f.elements.title.value,
            format: f.elements.format.value,
            mode: f.elements.mode.value,
            place: f.elements.place.value,
            link: f.elements.link.value,
            start: f.elements.start.value,
            end: f.elements.end.value,
            capacity: isNaN(capacity) ? 0 : capacity,
            gain: f.elements.gain.value,
            organisers: f.elements.organisers ? names(f.elements.organisers.value) : [],
            audienceDepartments: checked(f, 'audienceDepartments'),
            audienceSites: checked(f, 'audience-sites'),
            audienceCohorts: checked(f, 'audience-cohorts'),
            privateEvent: f.elements.privateEvent.checked,
            communityKey: f.elements.communityKey.value
        };
    }

    function startList(root) {
        var form = root.querySelector('.kakehashi-events-create');
        if (!form) {
            return;
        }
        submitting(root, form, 'POST', '/events', eventBody, function (created) {
            window.location.assign(root.getAttribute('data-page') + '/' + encodeURIComponent(created.id));
        });
    }

    /**
     * The preparation request in Jira: asked for after the page is shown (Jira may be slow or ask for consent); for
     * organisers of an event without one, the form that creates it. Text from Jira is put in with textContent only.
     */
    function startPreparation(root, id) {
        var box = root.querySelector('.kakehashi-event-preparation');
        if (!box) {
            return;
        }
        var request = box.querySelector('.kakehashi-event-preparation-request');
        var note = box.querySelector('.kakehashi-event-preparation-note');
        var form = box.querySelector('.kakehashi-event-preparation-form');
        function msg(name) {
            return box.getAttribute('data-msg-' + name) || '';
        }
        function say(text, href) {
            note.textContent = '';
            if (href) {
                var a = document.createElement('a');
                a.href = href;
                a.rel = 'noopener noreferrer';
                a.textContent = text;
                note.appendChild(a);
            } else {
                note.textContent = text;
            }
            note.hidden = !text;
        }
        function show(p) {
            box.hidden = false;
            box.setAttribute('aria-busy', 'false');
            if (p.issueKey) {
                var link = request.querySelector('.kakehashi-event-preparation-link');
                link.textContent = p.issueKey;
                if (p.url) {
                    link.href = p.url;
                }
                request.querySelector('.kakehashi-event-preparation-summary').textContent = p.summary || '';
                var state = request.querySelector('.kakehashi-event-preparation-state');
                state.textContent = p.outcome !== 'ok' ? '' : p.resolved ? msg('resolved')
                        : msg('step').replace('{0}', String(p.step)).replace('{1}', msg('step-' + p.stepKey));
                state.hidden = !state.textContent;
                request.hidden = false;
                form.hidden = true;
            } else {
                form.hidden = !p.canCreate;
                var list = form.querySelector('datalist');
                while (list.firstChild) {
                    list.removeChild(list.firstChild);
                }
                (p.projects || []).forEach(function (project) {
                    var option = document.createElement('option');
                    option.value = project.key;
                    option.textContent = project.name;
                    list.appendChild(option);
                });
            }
            say(p.outcome === 'needs-authorisation' ? msg('authorise') : p.outcome === 'not-found' ? msg('hidden')
                    : p.outcome === 'not-linked' ? msg('not-linked') : p.outcome === 'unreachable' ? msg('unreachable')
                    : '', p.outcome === 'needs-authorisation' ? p.authoriseUrl : null);
            box.setAttribute('data-ready', 'true');
        }
        K.call(root.getAttribute('data-rest'), 'GET', '/events/' + id + '/preparation', undefined,
                messages(root))
                .then(show, function () {
                    // none the reader may see: the section stays hidden
                    box.setAttribute('aria-busy', 'false');
                    box.setAttribute('data-ready', 'true');
                });
        submitting(root, form, 'POST', '/events/' + id + '/preparation', function (f) {
            return {projectKey: f.elements.projectKey.value.trim()};
        }, function (p, f) {
            f.querySelector('button[type="submit"]').disabled = false;
            show(p);
        });
    }

    function startEvent(root) {
        var id = encodeURIComponent(root.getAttribute('data-event'));
        startPreparation(root, id);
        var answer = root.querySelector('.kakehashi-event-answer-form');
        if (answer) {
            submitting(root, answer, 'PUT', '/events/' + id + '/answer', function (f) {
                return {answer: checkedValue(f, 'answer'), note: f.elements.note.value,
                    showGoing: f.elements.showGoing.checked};
            }, reload);
        }
        var reply = root.querySelector('.kakehashi-event-invitation-form');
        if (reply) {
            submitting(root, reply, 'PUT', '/events/' + id + '/invitation', function (f) {
                return {answer: checkedValue(f, 'answer'), note: f.elements.note.value,
                    showGoing: f.elements.showGoing.checked};
            }, function (result, f) {
                if (result && result.answer === 'no') {
                    // a "no" is answered lightly: thanks, and nothing more to do
                    status(f, root.getAttribute('data-msg-declined'));
                    f.querySelector('button[type="submit"]').disabled = false;
                    return;
                }
                reload();
            });
        }
        var wanted = root.querySelector('.kakehashi-event-wanted-form');
        if (wanted) {
            submitting(root, wanted, 'POST', '/events/' + id + '/wanted', function (f) {
                return {username: f.elements.username.value.trim()};
            }, reload);
        }
        var invite = root.querySelector('.kakehashi-event-invite-form');
        if (invite) {
            submitting(root, invite, 'POST', '/events/' + id + '/invitations', function (f) {
                return {username: f.elements.username.value.trim(), message: f.elements.message.value,
                    withThanks: f.elements.withThanks.checked, confirmSimilar: f.elements.confirmSimilar.checked};
            }, reload);
        }
        var announce = root.querySelector('.kakehashi-event-announce');
        if (announce) {
            announce.addEventListener('click', function () {
                announce.disabled = true;
                K.call(root.getAttribute('data-rest'), 'POST', '/events/' + id + '/announce', {}, messages(root))
                        .then(reload, function (error) {
                            announce.disabled = false;
                            window.alert(error.message);
                        });
            });
        }
        var survey = root.querySelector('.kakehashi-event-survey-form');
        if (survey) {
            submitting(root, survey, 'PUT', '/events/' + id + '/survey', function (f) {
                function score(name) {
                    var value = parseInt(checkedValue(f, name), 10);
                    return isNaN(value) ? null : value;
                }
                return {worth: score('worth'), connected: score('connected'), again: score('again')};
            }, reload);
        }
        var topic = root.querySelector('.kakehashi-event-topic-form');
        if (topic) {
            submitting(root, topic, 'POST', '/events/' + id + '/topics', function (f) {
                return {text: f.elements.text.value};
            }, reload);
        }
        root.querySelectorAll('.kakehashi-topic-vote').forEach(function (button) {
            button.addEventListener('click', function () {
                var item = button.closest('[data-topic]');
                button.disabled = true;
                K.call(root.getAttribute('data-rest'), 'PUT', '/events/' + id + '/topics/'
                        + encodeURIComponent(item.getAttribute('data-topic')) + '/vote',
                        {vote: button.getAttribute('data-vote') === 'true'}, messages(root)).then(reload, function (error) {
                    button.disabled = false;
                    window.alert(error.message);
                });
            });
        });
        var thank = root.querySelector('.kakehashi-event-thank-form');
        if (thank) {
            // the thanks is the attendee's own: sent only from this form, by them, to the organisers it names
            submitting(root, thank, 'POST', '/thanks', function (f) {
                return {recipients: names(f.getAttribute('data-recipients')), message: f.elements.message.value,
                    value: f.elements.value ? f.elements.value.value : '', visibility: 'public'};
            }, function (result, f) {
                status(f, root.getAttribute('data-msg-thanked'));
            });
        }
        var edit = root.querySelector('.kakehashi-event-edit-form');
        if (edit) {
            submitting(root, edit, 'PUT', '/events/' + id, eventBody, reload);
        }
        var organisers = root.querySelector('.kakehashi-event-organisers-form');
        if (organisers) {
            submitting(root, organisers, 'PUT', '/events/' + id + '/organisers', function (f) {
                return {organisers: names(f.elements.organisers.value)};
            }, reload);
        }
        var cancel = root.querySelector('.kakehashi-event-cancel-form');
        if (cancel) {
            cancel.addEventListener('submit', function (event) {
                // asked once more: a cancellation tells everyone coming, and cannot be undone
                if (!window.confirm(root.getAttribute('data-msg-cancel-confirm'))) {
                    event.preventDefault();
                    event.stopImmediatePropagation();
                }
            });
            submitting(root, cancel, 'POST', '/events/' + id + '/cancel', function (f) {
                return {note: f.elements.note.value};
            }, reload);
        }
        var checkIn = root.querySelector('.kakehashi-event-checkin-form');
        if (checkIn) {
            checkIn.querySelectorAll('.kakehashi-event-checkin').forEach(function (box) {
                box.addEventListener('change', function () {
                    K.clearErrors(checkIn);
                    box.disabled = true;
                    K.call(root.getAttribute('data-rest'), 'PUT', '/events/' + id + '/attendance',
                            {username: box.value, attended: box.checked}, messages(root)).then(function () {
                        status(checkIn, root.getAttribute('data-msg-saved'));
                        // the funnel and its headline are the server's to count
                        reload();
                    }, function (error) {
                        box.disabled = false;
                        box.checked = !box.checked;
                        K.showErrors(checkIn, error);
                    });
                });
            });
        }
    }

    K.startEach('.kakehashi-events', startList);
    K.startEach('.kakehashi-event', startEvent);
}());
