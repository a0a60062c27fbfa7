/*
 * Kakehashi admin page, export and import: starts a job through the REST API (JSON, secure administrator session),
 * polls its progress into an accessible progress bar, offers the finished export for download, and sends an import
 * document as the request body straight from the chosen file (the browser streams it; the page never reads it).
 */
(function () {
    'use strict';

    var POLL_MS = 1500;

    function format(pattern, values) {
        return pattern.replace(/\{(\d)\}/g, function (match, index) {
            return values[Number(index)] === undefined ? match : String(values[Number(index)]);
        });
    }

    function start() {
        var section = document.getElementById('kakehashi-transfer');
        var admin = document.getElementById('kakehashi-admin');
        if (!section || !admin) {
            return;
        }
        var rest = admin.getAttribute('data-rest');
        var messages = {
            failed: section.getAttribute('data-msg-failed'),
            network: section.getAttribute('data-msg-network')
        };
        var error = document.getElementById('kakehashi-transfer-error');
        var jobBox = document.getElementById('kakehashi-transfer-job');
        var status = document.getElementById('kakehashi-transfer-status');
        var bar = document.getElementById('kakehashi-transfer-progress');
        var download = document.getElementById('kakehashi-transfer-download');
        var exportButton = document.getElementById('kakehashi-transfer-export');
        var importForm = document.getElementById('kakehashi-transfer-import-form');
        var importButton = document.getElementById('kakehashi-transfer-import');
        var file = document.getElementById('kakehashi-transfer-file');
        var timer = null;

        function showError(text) {
            error.textContent = text;
            error.hidden = !text;
        }

        function busy(running) {
            exportButton.disabled = running;
            importButton.disabled = running;
        }

        function show(job) {
            if (!job) {
                jobBox.hidden = true;
                busy(false);
                return;
            }
            jobBox.hidden = false;
            var values = [job.rowsDone, job.rowsTotal, job.rowsAdded];
            var text;
            if (job.state === 'running') {
                text = format(section.getAttribute('data-msg-running-' + job.kind), values);
            } else if (job.state === 'done') {
                text = format(section.getAttribute('data-msg-done-' + job.kind), values);
            } else {
                text = format(section.getAttribute('data-msg-job-failed'), [job.message || messages.failed]);
            }
            status.textContent = text;
            bar.setAttribute('aria-valuenow', String(job.percent));
            bar.setAttribute('aria-valuetext', text);
            bar.setAttribute('data-value', String(job.percent / 100));
            bar.querySelector('.aui-progress-indicator-value').style.width = job.percent + '%';
            download.hidden = !job.documentUrl;
            if (job.documentUrl) {
                download.setAttribute('href', rest + job.documentUrl);
            } else {
                download.removeAttribute('href');
            }
            busy(job.state === 'running');
            section.setAttribute('data-job-state', job.state);
            if (job.state === 'running') {
                schedule();
            }
        }

        function schedule() {
            window.clearTimeout(timer);
            timer = window.setTimeout(poll, POLL_MS);
        }

        function poll() {
            window.Kakehashi.call(rest, 'GET', '/admin/transfer', undefined, messages).then(function (state) {
                show(state.job);
                section.setAttribute('data-ready', 'true');
            }, function (failure) {
                showError(failure.message);
                schedule();
            });
        }

        exportButton.addEventListener('click', function () {
            showError('');
            busy(true);
            window.Kakehashi.call(rest, 'POST', '/admin/transfer/export', {}, messages).then(show, function (failure) {
                busy(false);
                showError(failure.message);
            });
        });

        importForm.addEventListener('submit', function (event) {
            event.preventDefault();
            showError('');
            var chosen = file.files && file.files[0];
            if (!chosen) {
                showError(section.getAttribute('data-msg-choose'));
                file.focus();
                return;
            }
            if (!window.confirm(section.getAttribute('data-msg-confirm'))) {
                return;
            }
            busy(true);
            fetch(rest + '/admin/transfer/import', {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
                body: chosen
            }).then(function (response) {
                return response.text().then(function (text) {
                    var data = null;
                    try {
                        data = text ? JSON.parse(text) : null;
                    } catch (ignored) {
                        data = null;
                    }
                    if (!response.ok) {
                        throw new Error((data && data.message) || messages.failed);
                    }
                    return data;
                });
            }, function () {
                throw new Error(messages.network);
            }).then(show, function (failure) {
                busy(false);
                showError(failure.message);
            });
        });

        poll();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
