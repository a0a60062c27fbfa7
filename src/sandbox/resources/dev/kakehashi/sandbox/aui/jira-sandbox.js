/*
 * The sandbox's stand-in for Jira's global script (web-resource jira.webresources:jira-global), on every Jira page
 * after jQuery:
 * - JIRA.bind(type, handler), JIRA.unbind(type, handler) and JIRA.trigger(type, args): jQuery events on the document,
 *   as in Jira (AMD there: jira/util/events); a handler gets the jQuery event, then the args.
 * - JIRA.Events.NEW_CONTENT_ADDED ("newContentAdded", args [$context, reason]) and JIRA.Events.ISSUE_REFRESHED
 *   ("issueRefreshed", args [issueId]); JIRA.CONTENT_ADDED_REASON with a few of Jira's reasons.
 * - NEW_CONTENT_ADDED with the document and "pageLoad" once the DOM is ready.
 * - The issue view: Resolve posts its form, Refresh changes nothing; then the view's content is rendered again in
 *   place, without a page load: each web-panel location keeps its element and gets its new panels, announced with
 *   NEW_CONTENT_ADDED (the location's element, "panelRefreshed"), the rest is replaced, and ISSUE_REFRESHED follows
 *   with the issue's id. Scripts are not run again: Jira has loaded the web resources already.
 * Not emulated: Jira's other events and reasons, its AMD modules, dialogs and inline editing.
 */
(function ($) {
    "use strict";
    var JIRA = window.JIRA = window.JIRA || {};
    var $document = $(document);

    JIRA.Events = {NEW_CONTENT_ADDED: "newContentAdded", ISSUE_REFRESHED: "issueRefreshed"};
    JIRA.CONTENT_ADDED_REASON = {pageLoad: "pageLoad", panelRefreshed: "panelRefreshed", dialogReady: "dialogReady"};
    JIRA.bind = function (type, handler) {
        $document.on(type, handler);
    };
    JIRA.unbind = function (type, handler) {
        $document.off(type, handler);
    };
    JIRA.trigger = function (type, args) {
        $document.trigger(type, args);
    };

    $(function () {
        JIRA.trigger(JIRA.Events.NEW_CONTENT_ADDED, [$document, JIRA.CONTENT_ADDED_REASON.pageLoad]);
    });

    var PANELS = ".sandbox-web-panels[data-location]";

    function issueView() {
        return document.getElementById("issue-content");
    }

    function showFailure(view) {
        var box = document.getElementById("sandbox-refresh-error") || document.createElement("div");
        box.className = "aui-message aui-message-error";
        box.id = "sandbox-refresh-error";
        box.setAttribute("role", "alert");
        box.textContent = view.getAttribute("data-msg-refresh-failed");
        view.insertBefore(box, view.firstChild);
        view.setAttribute("aria-busy", "false");
    }

    /** Puts the content rendered again in place of the view's; the web-panel locations keep their elements. */
    function replace(view, fresh) {
        var locations = [];
        Array.from(fresh.querySelectorAll(PANELS)).forEach(function (next) {
            var current = view.querySelector(PANELS + '[data-location="' + next.getAttribute("data-location") + '"]');
            if (current) {
                current.replaceChildren.apply(current, Array.from(next.childNodes));
                next.replaceWith(current);
                locations.push(current);
            }
        });
        view.replaceChildren.apply(view, Array.from(fresh.childNodes));
        return locations;
    }

    function refresh(view) {
        if (view.getAttribute("aria-busy") === "true") {
            return Promise.resolve();
        }
        view.setAttribute("aria-busy", "true");
        var url = window.AJS.contextPath() + "/secure/sandbox/issue-content?key="
            + encodeURIComponent(view.getAttribute("data-issue-key"));
        return fetch(url, {credentials: "same-origin"}).then(function (response) {
            if (!response.ok || response.redirected) {
                throw new Error("HTTP " + response.status);
            }
            return response.text();
        }).then(function (html) {
            var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("issue-content");
            var locations = replace(view, fresh);
            view.setAttribute("aria-busy", "false");
            locations.forEach(function (location) {
                JIRA.trigger(JIRA.Events.NEW_CONTENT_ADDED, [$(location), JIRA.CONTENT_ADDED_REASON.panelRefreshed]);
            });
            JIRA.trigger(JIRA.Events.ISSUE_REFRESHED, [view.getAttribute("data-issue-id")]);
        }).catch(function () {
            showFailure(view);
        });
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        var view = issueView();
        if (form.id !== "sandbox-resolve-form" || !view) {
            return;
        }
        event.preventDefault();
        var button = form.querySelector("button");
        button.disabled = true;
        // Without scripts the form posts and the server redirects to the issue: here the redirect means done.
        fetch(form.action, {method: "POST", credentials: "same-origin", redirect: "manual",
            body: new URLSearchParams(new FormData(form))}).then(function (response) {
            if (response.type !== "opaqueredirect" && !response.ok) {
                throw new Error("HTTP " + response.status);
            }
            return refresh(view);
        }).catch(function () {
            button.disabled = false;
            showFailure(view);
        });
    });

    document.addEventListener("click", function (event) {
        var link = event.target.closest ? event.target.closest("#sandbox-refresh") : null;
        var view = issueView();
        if (!link || !view || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        refresh(view);
    });
}(window.jQuery));
