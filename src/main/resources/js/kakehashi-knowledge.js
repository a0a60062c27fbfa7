/*
 * Kakehashi's knowledge logs (the knowledge-log macro): choosing a department reloads the list from the REST API,
 * "More" appends the next page, and "Try again" records a results page on its Jira request once more. Rows are built
 * with DOM text, never with HTML strings.
 */
(function () {
    'use strict';

    var K = window.Kakehashi;

    function messages(root) {
        return {failed: root.getAttribute('data-msg-failed'), network: root.getAttribute('data-msg-network')};
    }

    function cell(row, text, className) {
        var td = document.createElement('td');
        if (className) {
            td.className = className;
        }
        td.textContent = text || '';
        row.appendChild(td);
        return td;
    }

    function link(href, text, className) {
        var a = document.createElement('a');
        a.href = href;
        a.textContent = text;
        if (className) {
            a.className = className;
        }
        return a;
    }

    function row(root, item) {
        var tr = document.createElement('tr');
        tr.className = 'kakehashi-knowledge-row';
        tr.setAttribute('data-page-id', String(item.pageId));
        cell(tr, '').appendChild(link(item.url, item.title, 'kakehashi-knowledge-title'));
        cell(tr, item.departments, 'kakehashi-knowledge-departments');
        var time = document.createElement('time');
        time.setAttribute('datetime', item.date);
        time.textContent = item.date;
        cell(tr, '').appendChild(time);
        cell(tr, item.summary, 'kakehashi-knowledge-summary');
        var request = cell(tr, '', 'kakehashi-knowledge-request');
        if (item.requestKey) {
            request.appendChild(item.requestUrl ? link(item.requestUrl, item.requestKey)
                : document.createTextNode(item.requestKey));
        }
        if (item.linkProblem) {
            var problem = document.createElement('p');
            problem.className = 'kakehashi-knowledge-link-problem';
            problem.setAttribute('data-state', item.linkState);
            var icon = document.createElement('span');
            icon.className = 'aui-icon aui-icon-small aui-iconfont-info-filled';
            icon.setAttribute('aria-hidden', 'true');
            var text = document.createElement('span');
            text.className = 'kakehashi-knowledge-link-problem-text';
            text.textContent = item.linkProblem;
            problem.appendChild(icon);
            problem.appendChild(document.createTextNode(' '));
            problem.appendChild(text);
            request.appendChild(problem);
            if (item.mayRetryLink) {
                request.appendChild(document.createTextNode(' '));
                var retry = document.createElement('button');
                retry.type = 'button';
                retry.className = 'aui-button aui-button-link kakehashi-knowledge-retry';
                retry.textContent = root.getAttribute('data-msg-retry');
                request.appendChild(retry);
            }
        }
        cell(tr, item.creator);
        return tr;
    }

    function load(root, append) {
        var table = root.querySelector('.kakehashi-knowledge-table');
        var body = table.querySelector('tbody');
        var more = root.querySelector('.kakehashi-knowledge-more');
        var status = root.querySelector('.kakehashi-knowledge-status');
        var department = root.querySelector('.kakehashi-knowledge-department').value;
        var query = '?kind=' + encodeURIComponent(root.getAttribute('data-kind'))
            + '&space=' + encodeURIComponent(root.getAttribute('data-space'))
            + '&limit=' + encodeURIComponent(root.getAttribute('data-limit'))
            + (department ? '&department=' + encodeURIComponent(department) : '')
            + (append ? '&before=' + encodeURIComponent(root.getAttribute('data-next')) : '');
        root.setAttribute('aria-busy', 'true');
        status.textContent = root.getAttribute('data-msg-loading');
        more.disabled = true;
        return K.call(root.getAttribute('data-rest'), 'GET', '/knowledge/pages' + query, undefined, messages(root))
            .then(function (log) {
                if (!append) {
                    body.textContent = '';
                }
                log.items.forEach(function (item) {
                    body.appendChild(row(root, item));
                });
                root.setAttribute('data-next', String(log.next));
                more.hidden = !log.next;
                var empty = !body.children.length;
                table.hidden = empty;
                root.querySelector('.kakehashi-knowledge-empty').hidden = !empty;
                status.textContent = root.getAttribute('data-msg-loaded').replace('{0}', String(body.children.length));
            }, function (error) {
                status.textContent = error.message;
            }).then(function () {
                root.removeAttribute('aria-busy');
                more.disabled = false;
            });
    }

    function retry(root, button) {
        var tr = button.closest('tr');
        var status = root.querySelector('.kakehashi-knowledge-status');
        button.disabled = true;
        K.call(root.getAttribute('data-rest'), 'POST', '/knowledge/pages/'
            + encodeURIComponent(tr.getAttribute('data-page-id')) + '/request-link', {}, messages(root))
            .then(function (result) {
                var lozenge = tr.querySelector('.kakehashi-knowledge-link-problem');
                if (result.linkProblem) {
                    lozenge.querySelector('.kakehashi-knowledge-link-problem-text').textContent = result.linkProblem;
                    lozenge.setAttribute('data-state', result.linkState);
                    status.textContent = result.linkProblem;
                    button.disabled = false;
                } else {
                    lozenge.remove();
                    button.remove();
                    status.textContent = root.getAttribute('data-msg-recorded');
                }
            }, function (error) {
                status.textContent = error.message;
                button.disabled = false;
            });
    }

    function start() {
        document.querySelectorAll('.kakehashi-knowledge-log').forEach(function (root) {
            if (root.getAttribute('data-ready') === 'true' || !root.querySelector('.kakehashi-knowledge-table')) {
                return;
            }
            root.setAttribute('data-ready', 'true');
            root.querySelector('.kakehashi-knowledge-department').addEventListener('change', function () {
                load(root, false);
            });
            root.querySelector('.kakehashi-knowledge-more').addEventListener('click', function () {
                load(root, true);
            });
            root.addEventListener('click', function (event) {
                var button = event.target.closest('.kakehashi-knowledge-retry');
                if (button) {
                    retry(root, button);
                }
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
