/* The few AJS helpers plugin scripts commonly call, so that their pages run in the sandbox without AUI itself. */
(function () {
    "use strict";
    var meta = function (name) {
        var element = document.querySelector('meta[name="ajs-' + name + '"]');
        return element ? element.getAttribute("content") : null;
    };
    var AJS = window.AJS || {};
    AJS.contextPath = function () {
        return meta("context-path") || "";
    };
    AJS.toInit = function (callback) {
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", function () { callback(); });
        } else {
            callback();
        }
    };
    AJS.format = function (pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return String(pattern).replace(/\{(\d+)\}/g, function (match, index) {
            return index < args.length ? String(args[index]) : match;
        });
    };
    AJS.Meta = { get: meta };
    window.AJS = AJS;
}());
