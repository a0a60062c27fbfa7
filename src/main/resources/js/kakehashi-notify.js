/*
 * Kakehashi email preference on the thanks wall: shows whether thanks reach the reader by email and saves a change at
 * once. Texts come from data attributes and are put into the page with textContent only.
 */
(function () {
    'use strict';

    function Preference(root) {
        this.root = root;
        this.url = root.getAttribute('data-rest');
        this.box = root.querySelector('input[type="checkbox"]');
        this.status = root.querySelector('.kakehashi-notify-status');
        var self = this;
        root.querySelector('form').addEventListener('submit', function (event) {
            event.preventDefault();
        });
        this.box.addEventListener('change', function () {
            self.save(self.box.checked);
        });
    }

    Preference.prototype.say = function (name, kind) {
        this.status.textContent = this.root.getAttribute('data-msg-' + name) || '';
        this.status.className = 'kakehashi-notify-status' + (kind ? ' aui-message aui-message-' + kind : '');
    };

    Preference.prototype.call = function (method, body) {
        return window.Kakehashi.call('', method, this.url, body, {failed: '', network: ''});
    };

    Preference.prototype.show = function (preferences) {
        this.box.checked = preferences.emailEnabled === true;
        this.box.disabled = false;
        this.say(this.box.checked ? 'on' : 'off');
    };

    Preference.prototype.load = function () {
        var self = this;
        this.call('GET').then(function (preferences) {
            self.show(preferences);
        }, function () {
            self.say('failed', 'error');
        });
    };

    Preference.prototype.save = function (enabled) {
        var self = this;
        this.box.disabled = true;
        this.call('PUT', {emailEnabled: enabled}).then(function (preferences) {
            self.show(preferences);
        }, function () {
            self.box.checked = !enabled;
            self.box.disabled = false;
            self.say('failed', 'error');
        });
    };

    function start() {
        document.querySelectorAll('.kakehashi-notify').forEach(function (root) {
            new Preference(root).load();
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
