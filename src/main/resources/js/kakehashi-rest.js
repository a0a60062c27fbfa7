/*
 * Kakehashi: one way to call the REST API from the browser and to show its errors in a form, and one way to start the
 * components of a page. JSON in and out; a failed call becomes an Error whose message is the server's message for
 * people and whose details are the error JSON (field errors included).
 */
(function () {
    'use strict';

    var kakehashi = window.Kakehashi = window.Kakehashi || {};

    /** A translated pattern with {0}, {1}… replaced by the arguments (as text); a missing argument leaves its place. */
    kakehashi.format = function (pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return String(pattern).replace(/\{(\d+)\}/g, function (match, i) {
            return i < args.length ? String(args[i]) : match;
        });
    };

    /** A new element with an optional class and text content (never markup). */
    kakehashi.element = function (tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined) {
            e.textContent = text;
        }
        return e;
    };

    /** Appends a cell with this text (never markup) and an optional class to a table row; returns the cell. */
    kakehashi.cell = function (row, text, className) {
        var td = kakehashi.element('td', className, text);
        row.appendChild(td);
        return td;
    };

    /**
     * Empties a table's body for new rows; when there will be none, leaves one row saying so across every column.
     * Returns the body.
     */
    kakehashi.clearRows = function (table, none, columns, emptyText) {
        var body = table.tBodies[0];
        while (body.firstChild) {
            body.removeChild(body.firstChild);
        }
        if (none) {
            var empty = kakehashi.element('tr', 'kakehashi-empty');
            kakehashi.cell(empty, emptyText).colSpan = columns;
            body.appendChild(empty);
        }
        return body;
    };

    /** The elements under root (a DOM node) that match selector, root itself included. */
    function matching(root, selector) {
        var found = root.matches && root.matches(selector) ? [root] : [];
        return root.querySelectorAll ? found.concat(Array.from(root.querySelectorAll(selector))) : found;
    }

    /** The DOM nodes of an event's context: a jQuery object or a node; the document when there is none. */
    function contextRoots(context) {
        if (context && context.nodeType) {
            return [context];
        }
        var nodes = context && typeof context.length === 'number' ? Array.from(context).filter(function (n) {
            return n && n.nodeType;
        }) : [];
        return nodes.length ? nodes : [document];
    }

    /**
     * Calls start(element) once for every element matching selector (it is marked data-ready="true" first): when the
     * DOM is ready, and in Jira again whenever it adds or refreshes content without a page load — the issue view after
     * an inline edit or a transition, the navigator's detail view. Confluence has no such events.
     */
    kakehashi.startEach = function (selector, start) {
        function under(root) {
            matching(root, selector).forEach(function (element) {
                if (element.getAttribute('data-ready') === 'true') {
                    return;
                }
                element.setAttribute('data-ready', 'true');
                try {
                    start(element);
                } catch (e) {
                    // Inside the host's event handling: one broken component must not stop the others or the host's.
                    window.console.error(e);
                }
            });
        }

        var boundToJira = false;
        function bindToJira() {
            var jira = window.JIRA;
            if (boundToJira || !(jira && jira.bind && jira.Events)) {
                return;
            }
            boundToJira = true;
            // Jira's refresh events, as Atlassian's Slack app for Jira binds them; ISSUE_REFRESHED carries no context.
            jira.bind(jira.Events.NEW_CONTENT_ADDED, function (event, context) {
                contextRoots(context).forEach(under);
            });
            jira.bind(jira.Events.ISSUE_REFRESHED, function () {
                under(document);
            });
        }

        // Now, and again when the DOM is ready, in case the host's own scripts run after this one.
        bindToJira();
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', function () {
                bindToJira();
                under(document);
            });
        } else {
            under(document);
        }
    };

    /** Calls base + path; messages.failed and messages.network are shown when the server gives no message. */
    kakehashi.call = function (base, method, path, body, messages) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(base + path, options).then(function (response) {
            return response.text().then(function (text) {
                var data = null;
                try {
                    data = text ? JSON.parse(text) : null;
                } catch (ignored) {
                    data = null;
                }
                if (!response.ok) {
                    var error = new Error((data && data.message) || messages.failed);
                    error.details = data;
                    throw error;
                }
                return data;
            });
        }, function () {
            var error = new Error(messages.network);
            error.details = null;
            throw error;
        });
    };

    /** Empties a form's error summary and field errors (elements with class error and a data-field). */
    kakehashi.clearErrors = function (form) {
        form.querySelectorAll('.error').forEach(function (e) {
            e.textContent = '';
        });
        form.querySelectorAll('[aria-invalid]').forEach(function (e) {
            e.removeAttribute('aria-invalid');
        });
        var summary = form.querySelector('.kakehashi-form-errors');
        summary.hidden = true;
        summary.textContent = '';
    };

    /**
     * Shows a failed call's message in the form's summary and each field error next to its field, marks the fields
     * invalid and moves the focus to the first one. inputFor maps a field name to its input when they differ.
     */
    kakehashi.showErrors = function (form, error, inputFor) {
        var summary = form.querySelector('.kakehashi-form-errors');
        summary.textContent = error.message;
        summary.hidden = false;
        ((error.details && error.details.errors) || []).forEach(function (fieldError) {
            var slot = form.querySelector('.error[data-field="' + fieldError.field + '"]');
            if (slot) {
                slot.textContent = slot.textContent ? slot.textContent + ' ' + fieldError.message : fieldError.message;
            }
            var input = (inputFor && inputFor(fieldError.field)) || form.elements[fieldError.field];
            if (input && input.setAttribute) {
                input.setAttribute('aria-invalid', 'true');
            }
        });
        var first = form.querySelector('[aria-invalid=true]');
        if (first) {
            first.focus();
        }
    };

    /**
     * Fills the thanks form of this page (the thanks panel) with these people (user names) and department (a key, or
     * empty), scrolls to it and focuses the message. False when the page has no thanks form.
     */
    kakehashi.fillThanks = function (usernames, department) {
        var form = document.querySelector('.kakehashi-thanks-form');
        if (!form) {
            return false;
        }
        (usernames || []).forEach(function (username) {
            var suggested = form.querySelector('input[name="suggested"][value="' + CSS.escape(username) + '"]');
            if (suggested) {
                suggested.checked = true;
                return;
            }
            var others = form.elements.others;
            var names = others.value.split(/[,\s\u3001]+/).filter(Boolean);
            if (names.indexOf(username) < 0) {
                names.push(username);
            }
            others.value = names.join(', ');
        });
        if (department && form.elements.department) {
            form.elements.department.value = department;
            // the form follows its department choice (a department's thanks cannot be private)
            form.elements.department.dispatchEvent(new Event('change'));
        }
        form.scrollIntoView({block: 'center'});
        var message = form.elements.message;
        (message || form.querySelector('textarea, input')).focus();
        return true;
    };
}());
