/*
 * Kakehashi department map: reads the department-map REST resource for the chosen period and shows who works with
 * whom — a matrix (rows: the department that asked or thanked, columns: its partner), a network picture drawn as
 * inline SVG, and the bridge stage of each pair of departments with a next small step. Figures resting on fewer than
 * k people come suppressed from the server and are shown as "—" with the reason. Every text from the server is set
 * as text (textContent or attributes), never as markup.
 */
(function () {
    'use strict';

    var K = window.Kakehashi = window.Kakehashi || {};
    var SVG = 'http://www.w3.org/2000/svg';
    var STAGES = ['NO_CONTACT', 'MET', 'THANKS', 'COLLABORATION', 'CONTINUING'];
    var MAX_DAYS = 731;

    var TEXT = {
        loading: AJS.I18n.getText('kakehashi.map.loading'),
        shown: AJS.I18n.getText('kakehashi.map.shown'),
        failed: AJS.I18n.getText('kakehashi.map.failed'),
        network: AJS.I18n.getText('kakehashi.thanks.network.error'),
        period: AJS.I18n.getText('kakehashi.map.period.line'),
        previous: AJS.I18n.getText('kakehashi.map.previous.line'),
        computedAt: AJS.I18n.getText('kakehashi.map.computed.at'),
        csv: AJS.I18n.getText('kakehashi.map.csv'),
        empty: AJS.I18n.getText('kakehashi.map.empty'),
        emptyAdmin: AJS.I18n.getText('kakehashi.map.empty.admin'),
        computeNow: AJS.I18n.getText('kakehashi.map.compute.now'),
        computing: AJS.I18n.getText('kakehashi.map.computing'),
        minimum: AJS.I18n.getText('kakehashi.map.minimum'),
        matrix: AJS.I18n.getText('kakehashi.map.matrix.heading'),
        caption: AJS.I18n.getText('kakehashi.map.matrix.caption'),
        corner: AJS.I18n.getText('kakehashi.map.matrix.corner'),
        total: AJS.I18n.getText('kakehashi.map.matrix.total'),
        self: AJS.I18n.getText('kakehashi.map.matrix.self'),
        suppressed: AJS.I18n.getText('kakehashi.map.suppressed'),
        requests: AJS.I18n.getText('kakehashi.map.figure.requests'),
        requestsDone: AJS.I18n.getText('kakehashi.map.figure.requests.done'),
        thanks: AJS.I18n.getText('kakehashi.map.figure.thanks'),
        goals: AJS.I18n.getText('kakehashi.map.figure.goals'),
        knowledge: AJS.I18n.getText('kakehashi.map.figure.knowledge'),
        events: AJS.I18n.getText('kakehashi.map.figure.events'),
        up: AJS.I18n.getText('kakehashi.map.change.up'),
        down: AJS.I18n.getText('kakehashi.map.change.down'),
        same: AJS.I18n.getText('kakehashi.map.change.same'),
        previousTotal: AJS.I18n.getText('kakehashi.map.change.previous'),
        previousSuppressed: AJS.I18n.getText('kakehashi.map.change.previous.suppressed'),
        networkHeading: AJS.I18n.getText('kakehashi.map.network.heading'),
        networkSummary: AJS.I18n.getText('kakehashi.map.network.summary'),
        networkNone: AJS.I18n.getText('kakehashi.map.network.none'),
        networkNote: AJS.I18n.getText('kakehashi.map.network.note'),
        edge: AJS.I18n.getText('kakehashi.map.network.edge'),
        stagesHeading: AJS.I18n.getText('kakehashi.map.stages.heading'),
        stagesIntro: AJS.I18n.getText('kakehashi.map.stages.intro'),
        stagesLabel: AJS.I18n.getText('kakehashi.map.stages.label'),
        stageNow: AJS.I18n.getText('kakehashi.map.stages.now'),
        stageNext: AJS.I18n.getText('kakehashi.map.stages.next'),
        pairSuppressed: AJS.I18n.getText('kakehashi.map.stages.suppressed'),
        pair: AJS.I18n.getText('kakehashi.map.stages.pair'),
        stage: {
            NO_CONTACT: AJS.I18n.getText('kakehashi.map.stage.no.contact'),
            MET: AJS.I18n.getText('kakehashi.map.stage.met'),
            THANKS: AJS.I18n.getText('kakehashi.map.stage.thanks'),
            COLLABORATION: AJS.I18n.getText('kakehashi.map.stage.collaboration'),
            CONTINUING: AJS.I18n.getText('kakehashi.map.stage.continuing')
        },
        fromRequired: AJS.I18n.getText('kakehashi.map.error.from.required'),
        toRequired: AJS.I18n.getText('kakehashi.map.error.to.required'),
        dateFormat: AJS.I18n.getText('kakehashi.map.error.date'),
        order: AJS.I18n.getText('kakehashi.map.error.order'),
        tooLong: AJS.I18n.getText('kakehashi.map.error.too.long'),
        invalid: AJS.I18n.getText('kakehashi.map.error.summary')
    };

    var format = K.format;
    var element = K.element;

    function messages() {
        return {failed: TEXT.failed, network: TEXT.network};
    }

    /** A link's address from the server, only when it is one of ours or a web address (never a script). */
    function safeUrl(url) {
        return typeof url === 'string' && (/^https?:\/\//i.test(url) || /^\/(?!\/)/.test(url)) ? url : null;
    }

    /** A visually hidden text for screen readers. */
    function hidden(text) {
        return element('span', 'assistive kakehashi-map-hidden', text);
    }

    function svg(tag, attributes) {
        var e = document.createElementNS(SVG, tag);
        Object.keys(attributes || {}).forEach(function (name) {
            e.setAttribute(name, String(attributes[name]));
        });
        return e;
    }

    /** Days since 1970 of a YYYY-MM-DD date, or null when it is no such date. */
    function dayNumber(text) {
        var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
        if (!m) {
            return null;
        }
        var time = Date.UTC(+m[1], +m[2] - 1, +m[3]);
        var date = new Date(time);
        if (date.getUTCFullYear() !== +m[1] || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) {
            return null;
        }
        return Math.round(time / 86400000);
    }

    /** The field errors of a from–to period as the server would give them; empty when it may be asked for. */
    function periodErrors(from, to) {
        var errors = [];
        var start = dayNumber(from);
        var end = dayNumber(to);
        if (!from) {
            errors.push({field: 'from', message: TEXT.fromRequired});
        } else if (start === null) {
            errors.push({field: 'from', message: TEXT.dateFormat});
        }
        if (!to) {
            errors.push({field: 'to', message: TEXT.toRequired});
        } else if (end === null) {
            errors.push({field: 'to', message: TEXT.dateFormat});
        }
        if (start !== null && end !== null) {
            if (start > end) {
                errors.push({field: 'to', message: TEXT.order});
            } else if (end - start + 1 > MAX_DAYS) {
                errors.push({field: 'to', message: format(TEXT.tooLong, MAX_DAYS)});
            }
        }
        return errors;
    }

    function signed(n) {
        return n > 0 ? '+' + n : n < 0 ? '\u2212' + (-n) : '\u00b10';
    }

    /** The breakdown of a cell's total: only the kinds of contact it has. */
    function breakdown(cell) {
        var parts = [];
        if (cell.requests) {
            parts.push(format(TEXT.requests, cell.requests) + (cell.requestsDone
                    ? ' ' + format(TEXT.requestsDone, cell.requestsDone) : ''));
        }
        if (cell.thanks) {
            parts.push(format(TEXT.thanks, cell.thanks));
        }
        if (cell.goals) {
            parts.push(format(TEXT.goals, cell.goals));
        }
        if (cell.knowledge) {
            parts.push(format(TEXT.knowledge, cell.knowledge));
        }
        if (cell.events) {
            parts.push(format(TEXT.events, cell.events));
        }
        return parts.join(' \u30fb ');
    }

    /** The change against the previous period, in words and an arrow (never colour alone). */
    function change(current, previous) {
        var box = element('span', 'kakehashi-map-change');
        if (previous === null || previous === undefined) {
            box.appendChild(element('span', 'kakehashi-map-previous', TEXT.previousSuppressed));
            return box;
        }
        var diff = current - previous;
        var arrow = diff > 0 ? '\u2191' : diff < 0 ? '\u2193' : '\u2192';
        var words = diff > 0 ? TEXT.up : diff < 0 ? TEXT.down : TEXT.same;
        box.classList.add(diff > 0 ? 'kakehashi-map-up' : diff < 0 ? 'kakehashi-map-down' : 'kakehashi-map-same');
        box.appendChild(element('span', 'kakehashi-map-arrow', arrow + ' ' + signed(diff)));
        box.appendChild(hidden(' ' + words));
        box.appendChild(element('span', 'kakehashi-map-previous', ' ' + format(TEXT.previousTotal, previous)));
        return box;
    }

    /** A "—" for a figure resting on fewer than k people, with the reason for screen readers and on hover. */
    function suppressedMark(k) {
        var reason = format(TEXT.suppressed, k);
        var mark = element('span', 'kakehashi-map-suppressed');
        mark.title = reason;
        mark.appendChild(element('span', null, '\u2014')).setAttribute('aria-hidden', 'true');
        mark.appendChild(hidden(reason));
        return mark;
    }

    function total(value, k) {
        var td = element('td', 'kakehashi-map-sum');
        if (value === null) {
            td.setAttribute('data-total', 'suppressed');
            td.appendChild(suppressedMark(k));
        } else {
            td.setAttribute('data-total', String(value || 0));
            td.appendChild(element('strong', null, String(value || 0)));
        }
        return td;
    }

    function departmentHeader(department, scope) {
        var th = element('th');
        th.setAttribute('scope', scope);
        var url = safeUrl(department.profileUrl);
        if (url) {
            var link = element('a', 'kakehashi-map-department', department.name);
            link.href = url;
            th.appendChild(link);
        } else {
            th.appendChild(element('span', 'kakehashi-map-department', department.name));
        }
        return th;
    }

    function matrixCell(from, to, cell, k, comparing) {
        var td = element('td', 'kakehashi-map-cell');
        td.setAttribute('data-from', from.key);
        td.setAttribute('data-to', to.key);
        if (from.key === to.key) {
            td.classList.add('kakehashi-map-self');
            td.appendChild(element('span', null, '\u00b7')).setAttribute('aria-hidden', 'true');
            td.appendChild(hidden(TEXT.self));
            return td;
        }
        if (cell && cell.suppressed) {
            td.setAttribute('data-total', 'suppressed');
            td.appendChild(suppressedMark(k));
            return td;
        }
        var value = cell ? cell.total : 0;
        td.setAttribute('data-total', String(value));
        td.appendChild(element('strong', 'kakehashi-map-total', String(value)));
        if (cell) {
            var parts = breakdown(cell);
            if (parts) {
                td.appendChild(element('span', 'kakehashi-map-breakdown', parts));
                td.title = format(TEXT.edge, from.name, to.name, value) + ' (' + parts + ')';
            }
        }
        if (comparing && cell) {
            td.appendChild(change(value, cell.previousTotal));
        } else if (comparing) {
            // no contact now and none (or none shown) then: nothing changed that can be said
            td.appendChild(element('span', 'kakehashi-map-change kakehashi-map-same', ''));
        }
        return td;
    }

    function matrix(data, cells, comparing) {
        var k = data.minimumGroup;
        var section = element('section', 'kakehashi-map-section');
        section.appendChild(element('h3', null, TEXT.matrix));
        var wrap = element('div', 'kakehashi-map-table-wrap');
        var table = element('table', 'aui kakehashi-map-matrix');
        table.appendChild(element('caption', null, TEXT.caption));
        var head = table.appendChild(element('thead')).appendChild(element('tr'));
        var corner = head.appendChild(element('th', 'kakehashi-map-corner', TEXT.corner));
        corner.setAttribute('scope', 'col');
        data.departments.forEach(function (d) {
            head.appendChild(departmentHeader(d, 'col'));
        });
        head.appendChild(element('th', null, TEXT.total)).setAttribute('scope', 'col');
        var body = table.appendChild(element('tbody'));
        data.departments.forEach(function (from) {
            var tr = body.appendChild(element('tr'));
            tr.appendChild(departmentHeader(from, 'row'));
            data.departments.forEach(function (to) {
                tr.appendChild(matrixCell(from, to, cells[from.key + '\n' + to.key], k, comparing));
            });
            var rowTotal = total((data.rowTotals || {})[from.key], k);
            rowTotal.setAttribute('data-row', from.key);
            tr.appendChild(rowTotal);
        });
        var foot = table.appendChild(element('tfoot')).appendChild(element('tr'));
        foot.appendChild(element('th', null, TEXT.total)).setAttribute('scope', 'row');
        data.departments.forEach(function (to) {
            var columnTotal = total((data.columnTotals || {})[to.key], k);
            columnTotal.setAttribute('data-column', to.key);
            foot.appendChild(columnTotal);
        });
        foot.appendChild(element('td'));
        wrap.appendChild(table);
        section.appendChild(wrap);
        return section;
    }

    /** The network picture: departments on a circle, an arrow per direction as wide as its total. */
    function network(root, data, cells) {
        var section = element('section', 'kakehashi-map-section');
        section.appendChild(element('h3', null, TEXT.networkHeading));
        var departments = data.departments;
        var names = {};
        departments.forEach(function (d) {
            names[d.key] = d.name;
        });
        var edges = Object.keys(cells).map(function (key) {
            return cells[key];
        }).filter(function (c) {
            return !c.suppressed && c.from !== c.to && c.total > 0 && names[c.from] !== undefined
                    && names[c.to] !== undefined;
        });
        var max = edges.reduce(function (m, c) {
            return Math.max(m, c.total);
        }, 0);
        var strongest = edges.slice().sort(function (a, b) {
            return b.total - a.total;
        })[0];
        var summary = strongest ? format(TEXT.networkSummary, departments.length, edges.length,
                format(TEXT.edge, names[strongest.from], names[strongest.to], strongest.total))
                : format(TEXT.networkNone, departments.length);

        var id = root.getAttribute('data-map-id') || 'kakehashi-map';
        var radius = 160;
        var picture = svg('svg', {'class': 'kakehashi-map-network', role: 'img', 'aria-label': summary,
            viewBox: '-260 -220 520 440', preserveAspectRatio: 'xMidYMid meet'});
        picture.appendChild(svg('title')).textContent = summary;
        var defs = picture.appendChild(svg('defs'));
        var marker = defs.appendChild(svg('marker', {id: id + '-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5,
            markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto'}));
        marker.appendChild(svg('path', {d: 'M 0 0 L 10 5 L 0 10 z', 'class': 'kakehashi-map-arrowhead'}));

        var at = {};
        departments.forEach(function (d, i) {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / departments.length;
            at[d.key] = {x: radius * Math.cos(angle), y: radius * Math.sin(angle), angle: angle};
        });
        var lines = picture.appendChild(svg('g', {'class': 'kakehashi-map-edges'}));
        edges.forEach(function (c) {
            var a = at[c.from];
            var b = at[c.to];
            var dx = b.x - a.x;
            var dy = b.y - a.y;
            var length = Math.sqrt(dx * dx + dy * dy) || 1;
            var ux = dx / length;
            var uy = dy / length;
            // both directions of a pair bend to their own side, so that they never lie on each other
            var bend = 0.12 * length;
            var cx = (a.x + b.x) / 2 + uy * bend;
            var cy = (a.y + b.y) / 2 - ux * bend;
            var gap = 12;
            var sx = a.x + (cx - a.x) / Math.hypot(cx - a.x, cy - a.y) * gap;
            var sy = a.y + (cy - a.y) / Math.hypot(cx - a.x, cy - a.y) * gap;
            var ex = b.x + (cx - b.x) / Math.hypot(cx - b.x, cy - b.y) * gap;
            var ey = b.y + (cy - b.y) / Math.hypot(cx - b.x, cy - b.y) * gap;
            var width = 1.5 + 6.5 * c.total / (max || 1);
            var edge = lines.appendChild(svg('path', {'class': 'kakehashi-map-edge', 'data-from': c.from,
                'data-to': c.to, d: 'M ' + sx.toFixed(1) + ' ' + sy.toFixed(1) + ' Q ' + cx.toFixed(1) + ' '
                        + cy.toFixed(1) + ' ' + ex.toFixed(1) + ' ' + ey.toFixed(1),
                'stroke-width': width.toFixed(1), fill: 'none', 'marker-end': 'url(#' + id + '-arrow)'}));
            edge.appendChild(svg('title')).textContent = format(TEXT.edge, names[c.from], names[c.to], c.total);
        });
        var nodes = picture.appendChild(svg('g', {'class': 'kakehashi-map-nodes'}));
        departments.forEach(function (d) {
            var p = at[d.key];
            var node = nodes.appendChild(svg('g', {'class': 'kakehashi-map-node', 'data-department': d.key}));
            node.appendChild(svg('circle', {cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 7}));
            var cos = Math.cos(p.angle);
            var sin = Math.sin(p.angle);
            var label = node.appendChild(svg('text', {
                x: (p.x + 14 * cos).toFixed(1),
                y: (p.y + 14 * sin + (sin > 0.5 ? 10 : sin < -0.5 ? -4 : 4)).toFixed(1),
                'text-anchor': cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle'
            }));
            label.textContent = d.name;
        });
        section.appendChild(picture);
        section.appendChild(element('p', 'description kakehashi-map-note', format(TEXT.networkNote,
                data.minimumGroup)));
        return section;
    }

    /** Widens the picture's view box to what its labels need, once it is on the page and can be measured. */
    function fitPicture(section) {
        var picture = section.querySelector('svg');
        if (!picture || !picture.getBBox) {
            return;
        }
        try {
            var box = picture.getBBox();
            if (box.width > 0 && box.height > 0) {
                var pad = 12;
                picture.setAttribute('viewBox', [box.x - pad, box.y - pad, box.width + 2 * pad,
                    box.height + 2 * pad].map(function (n) {
                    return n.toFixed(1);
                }).join(' '));
            }
        } catch (notRendered) {
            // a hidden map cannot be measured; the default view box leaves room for most names
        }
    }

    function stages(data) {
        var names = {};
        data.departments.forEach(function (d) {
            names[d.key] = d.name;
        });
        var section = element('section', 'kakehashi-map-section');
        section.appendChild(element('h3', null, TEXT.stagesHeading));
        section.appendChild(element('p', 'description', TEXT.stagesIntro));
        var list = section.appendChild(element('ul', 'kakehashi-map-pairs'));
        (data.pairs || []).forEach(function (pair) {
            if (names[pair.a] === undefined || names[pair.b] === undefined) {
                return;
            }
            var item = list.appendChild(element('li', 'kakehashi-map-pair'));
            item.setAttribute('data-a', pair.a);
            item.setAttribute('data-b', pair.b);
            item.appendChild(element('h4', null, format(TEXT.pair, names[pair.a], names[pair.b])));
            if (pair.suppressed) {
                item.classList.add('kakehashi-map-pair-suppressed');
                item.setAttribute('data-stage', 'suppressed');
                item.appendChild(element('p', 'kakehashi-map-stage-now', format(TEXT.pairSuppressed,
                        data.minimumGroup)));
                return;
            }
            var current = STAGES.indexOf(pair.stage);
            item.setAttribute('data-stage', pair.stage || '');
            var steps = item.appendChild(element('ol', 'kakehashi-map-stages'));
            steps.setAttribute('aria-label', TEXT.stagesLabel);
            STAGES.forEach(function (stage, i) {
                var step = steps.appendChild(element('li', 'kakehashi-map-step', TEXT.stage[stage]));
                step.classList.add(i < current ? 'kakehashi-map-step-done' : i === current
                        ? 'kakehashi-map-step-current' : 'kakehashi-map-step-todo');
                if (i === current) {
                    step.setAttribute('aria-current', 'step');
                }
            });
            var label = current >= 0 ? TEXT.stage[pair.stage] : (pair.stageLabel || '');
            item.appendChild(element('p', 'kakehashi-map-stage-now',
                    format(TEXT.stageNow, label, current + 1, STAGES.length)));
            var next = pair.next;
            var url = next && safeUrl(next.url);
            if (next && next.label && url) {
                var line = item.appendChild(element('p', 'kakehashi-map-next', TEXT.stageNext + ' '));
                var link = line.appendChild(element('a', null, next.label));
                link.href = url;
            }
        });
        return section;
    }

    function localTime(iso, language) {
        var date = new Date(iso);
        if (isNaN(date.getTime())) {
            return iso;
        }
        try {
            return date.toLocaleString(language || undefined, {dateStyle: 'medium', timeStyle: 'short'});
        } catch (unsupported) {
            return date.toLocaleString();
        }
    }

    function start(root) {
        var form = root.querySelector('.kakehashi-map-period');
        var status = root.querySelector('.kakehashi-map-status');
        var result = root.querySelector('.kakehashi-map-result');
        var base = root.getAttribute('data-rest');
        var admin = root.getAttribute('data-admin') === 'true';
        var state = {data: null, query: 'days=' + encodeURIComponent(root.getAttribute('data-days') || '90')};
        var from = form.elements.from;
        var to = form.elements.to;

        function custom() {
            var chosen = form.querySelector('input[name="period"]:checked');
            return chosen && chosen.value === 'custom';
        }

        function render() {
            var data = state.data;
            var comparing = form.elements.compare.checked;
            result.textContent = '';
            var cells = {};
            (data.cells || []).forEach(function (c) {
                cells[c.from + '\n' + c.to] = c;
            });
            var period = data.period || {};
            var line = result.appendChild(element('p', 'kakehashi-map-period-line',
                    format(TEXT.period, period.from, period.to, period.days)));
            if (comparing && data.previous) {
                line.appendChild(document.createTextNode(' '));
                line.appendChild(element('span', 'kakehashi-map-previous-period',
                        format(TEXT.previous, data.previous.from, data.previous.to)));
            }
            var meta = result.appendChild(element('p', 'kakehashi-map-meta'));
            if (data.computedAt) {
                var at = element('time', 'kakehashi-map-computed', localTime(data.computedAt,
                        root.getAttribute('lang')));
                at.setAttribute('datetime', data.computedAt);
                meta.appendChild(document.createTextNode(TEXT.computedAt + ' '));
                meta.appendChild(at);
                meta.appendChild(document.createTextNode(' '));
                var csv = meta.appendChild(element('a', 'aui-button aui-button-link kakehashi-map-csv', TEXT.csv));
                csv.href = base + '/insights/department-map.csv?' + state.query;
                csv.setAttribute('download', 'department-map-' + period.from + '-' + period.to + '.csv');
            } else {
                var empty = result.appendChild(element('div', 'aui-message aui-message-info kakehashi-map-empty'));
                empty.setAttribute('role', 'status');
                empty.appendChild(element('p', null, TEXT.empty));
                if (admin) {
                    empty.appendChild(element('p', null, TEXT.emptyAdmin));
                    var compute = empty.appendChild(element('button', 'aui-button kakehashi-map-compute',
                            TEXT.computeNow));
                    compute.type = 'button';
                    compute.addEventListener('click', function () {
                        compute.disabled = true;
                        status.classList.remove('kakehashi-map-hidden');
                        status.textContent = TEXT.computing;
                        K.call(base, 'POST', '/insights/department-map/refresh', {}, messages()).then(function () {
                            load(state.query);
                        }, function (error) {
                            compute.disabled = false;
                            status.textContent = '';
                            K.showErrors(form, error);
                        });
                    });
                }
                root.setAttribute('data-loaded', 'true');
                return;
            }
            result.appendChild(element('p', 'description kakehashi-map-minimum', format(TEXT.minimum,
                    data.minimumGroup)));
            result.appendChild(matrix(data, cells, comparing));
            var picture = result.appendChild(network(root, data, cells));
            fitPicture(picture);
            result.appendChild(stages(data));
            root.setAttribute('data-loaded', 'true');
        }

        function load(query) {
            K.clearErrors(form);
            root.setAttribute('data-loaded', 'false');
            root.setAttribute('aria-busy', 'true');
            status.classList.remove('kakehashi-map-hidden');
            status.textContent = TEXT.loading;
            return K.call(base, 'GET', '/insights/department-map?' + query, undefined, messages())
                    .then(function (data) {
                        state.data = data;
                        state.query = query;
                        root.removeAttribute('aria-busy');
                        render();
                        var period = data.period || {};
                        // said to screen readers; the period line already shows it to everyone else
                        status.classList.add('kakehashi-map-hidden');
                        status.textContent = format(TEXT.shown, period.from, period.to);
                    }, function (error) {
                        root.removeAttribute('aria-busy');
                        status.textContent = '';
                        K.showErrors(form, error);
                        root.setAttribute('data-loaded', 'failed');
                    });
        }

        function choosePeriod() {
            var isCustom = custom();
            from.disabled = !isCustom;
            to.disabled = !isCustom;
            if (!isCustom) {
                var chosen = form.querySelector('input[name="period"]:checked');
                load('days=' + encodeURIComponent(chosen ? chosen.value : '90'));
            } else {
                from.focus();
            }
        }

        form.querySelectorAll('input[name="period"]').forEach(function (radio) {
            radio.addEventListener('change', choosePeriod);
        });
        form.elements.compare.addEventListener('change', function () {
            if (state.data) {
                render();
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!custom()) {
                var chosen = form.querySelector('input[name="period"]:checked');
                load('days=' + encodeURIComponent(chosen ? chosen.value : '90'));
                return;
            }
            K.clearErrors(form);
            var errors = periodErrors(from.value, to.value);
            if (errors.length) {
                var error = new Error(TEXT.invalid);
                error.details = {errors: errors};
                K.showErrors(form, error);
                return;
            }
            load('from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value));
        });
        load(state.query);
    }

    K.startEach('.kakehashi-map[data-rest]', start);
}());
