/*
 * Kakehashi email preferences on the thanks wall: whether notifications reach the reader by email at all, each kind on
 * or off, and the daily digest; every change is saved at once, here and (by the server) in the other product, and the
 * page says whether the other product was changed too. Texts come from data attributes and are put into the
 * page with textContent only.
 */
(function () {
    'use strict';

    function Preference(root) {
        this.root = root;
        this.url = root.getAttribute('data-rest');
        this.box = root.querySelector('input[name="emailEnabled"]');
        this.kinds = Array.prototype.slice.call(root.querySelectorAll('input[name="kind"]'));
        this.digest = root.querySelector('input[name="digest"]');
        this.status = root.querySelector('.kakehashi-notify-status');
        var self = this;
        root.querySelector('form').addEventListener('submit', function (event) {
            event.preventDefault();
        });
        this.box.addEventListener('change', function () {
            self.save({emailEnabled: self.box.checked}, self.box);
        });
        this.kinds.forEach(function (kind) {
            kind.addEventListener('change', function () {
                var chosen = {};
                chosen[kind.value] = kind.checked;
                self.save({kinds: chosen}, kind);
            });
        });
        if (this.digest) {
            this.digest.addEventListener('change', function () {
                self.save({digest: self.digest.checked}, self.digest);
            });
        }
    }

    Preference.prototype.say = function (name, kind) {
        this.status.textContent = this.root.getAttribute('data-msg-' + name) || '';
        this.status.className = 'kakehashi-notify-status' + (kind ? ' aui-message aui-message-' + kind : '');
    };

    Preference.prototype.call = function (method, body) {
        return window.Kakehashi.call('', method, this.url, body, {failed: '', network: ''});
    };

    Preference.prototype.show = function (preferences, saved) {
        this.box.checked = preferences.emailEnabled === true;
        this.box.disabled = false;
        var kinds = preferences.kinds || {};
        this.kinds.forEach(function (kind) {
            kind.checked = kinds[kind.value] !== false;
            kind.disabled = false;
        });
        if (this.digest) {
            this.digest.checked = preferences.digest === true;
            this.digest.disabled = false;
        }
        this.say(saved && this.root.getAttribute('data-msg-saved') ? 'saved' : (this.box.checked ? 'on' : 'off'));
    };

    Preference.prototype.load = function () {
        var self = this;
        this.call('GET').then(function (preferences) {
            self.show(preferences);
        }, function () {
            self.say('failed', 'error');
        });
    };

    /** Says whether the same change was made in the other product, or why not (with where to allow access). */
    Preference.prototype.sayLinked = function (linked) {
        var box = this.root.querySelector('.kakehashi-notify-linked');
        if (!box) {
            return;
        }
        while (box.firstChild) {
            box.removeChild(box.firstChild);
        }
        var text = linked ? this.root.getAttribute('data-msg-linked-' + linked.state) : '';
        box.hidden = !text;
        if (!text) {
            return;
        }
        var product = this.root.getAttribute('data-msg-product-' + linked.product) || linked.product;
        var p = document.createElement('p');
        p.textContent = text.split('{0}').join(product);
        box.appendChild(p);
        box.className = 'kakehashi-notify-linked aui-message aui-message-'
            + (linked.state === 'updated' ? 'success' : 'warning');
        if (linked.state === 'needs-authorisation' && /^https?:\/\//.test(linked.authoriseUrl || '')) {
            var allow = document.createElement('a');
            allow.className = 'kakehashi-notify-authorise';
            allow.href = linked.authoriseUrl;
            allow.textContent = this.root.getAttribute('data-msg-authorise');
            var line = document.createElement('p');
            line.appendChild(allow);
            box.appendChild(line);
        }
    };

    Preference.prototype.save = function (change, control) {
        var self = this;
        control.disabled = true;
        this.call('PUT', change).then(function (preferences) {
            self.show(preferences, control !== self.box);
            self.sayLinked(preferences.linked);
        }, function () {
            control.checked = !control.checked;
            control.disabled = false;
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
