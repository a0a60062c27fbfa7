/*
 * Kakehashi: one way to call the REST API from the browser. JSON in and out; a failed call becomes an Error whose
 * message is the server's message for people and whose details are the error JSON (field errors included).
 */
(function () {
    'use strict';

    var kakehashi = window.Kakehashi = window.Kakehashi || {};

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
}());
