/*
 * Kakehashi in Confluence's macro browser: the thanks-wall macro's "department" and "value" parameters and the
 * department-profile macro's "department" become lists of the active departments and company values (by name in the
 * author's language; the key is what is stored), and
 * "period" a list with translated labels instead of bare numbers, as is the collaboration-map macro's "days". The chosen value is kept in #macro-param-<name>,
 * which is what the macro browser reads on insert. Texts come through the host's jsI18n transformer, so every key is written out literally.
 */
(function () {
    'use strict';

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        if (meta) {
            return meta.getAttribute('content');
        }
        return (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
    }

    function field(param, fallbackLabel) {
        var div = document.createElement('div');
        div.className = 'macro-param-div kakehashi-thanks-wall-param';
        var label = document.createElement('label');
        label.setAttribute('for', 'macro-param-' + param.name);
        label.textContent = param.displayName || fallbackLabel;
        var select = document.createElement('select');
        select.id = 'macro-param-' + param.name;
        select.className = 'select macro-param-input';
        div.appendChild(label);
        div.appendChild(select);
        return {div: div, select: select};
    }

    function option(select, value, text) {
        var o = document.createElement('option');
        o.value = value;
        o.textContent = text;
        select.appendChild(o);
        return o;
    }

    function periodField(param) {
        var f = field(param, AJS.I18n.getText('dev.kakehashi.kakehashi.thanks-wall.param.period.label'));
        option(f.select, '7', AJS.I18n.getText('kakehashi.thanks.macro.period.7'));
        option(f.select, '30', AJS.I18n.getText('kakehashi.thanks.macro.period.30'));
        option(f.select, '90', AJS.I18n.getText('kakehashi.thanks.macro.period.90'));
        option(f.select, '365', AJS.I18n.getText('kakehashi.thanks.macro.period.365'));
        f.select.value = param.defaultValue || '30';
        return {
            paramDiv: f.div,
            input: f.select,
            setValue: function (v) {
                f.select.value = v || param.defaultValue || '30';
            },
            getValue: function () {
                return f.select.value;
            }
        };
    }

    /** The collaboration-map macro's first period: 30, 90 (the default) or 365 days, with translated labels. */
    function daysField(param) {
        var f = field(param, AJS.I18n.getText('dev.kakehashi.kakehashi.collaboration-map.param.days.label'));
        var pattern = AJS.I18n.getText('kakehashi.map.period.days');
        ['30', '90', '365'].forEach(function (days) {
            option(f.select, days, pattern.replace('{0}', days));
        });
        f.select.value = param.defaultValue || '90';
        return {
            paramDiv: f.div,
            input: f.select,
            setValue: function (v) {
                f.select.value = ['30', '90', '365'].indexOf(v) >= 0 ? v : (param.defaultValue || '90');
            },
            getValue: function () {
                return f.select.value;
            }
        };
    }

    /**
     * A list of what the app's REST resource at {@code path} returns (objects with key, nameJa, nameEn and name), by
     * name in the author's language; the key is what is stored. An older page may hold a name, or one that is gone.
     */
    function catalogField(param, path, texts, label) {
        var f = field(param, texts.label);
        option(f.select, '', texts.all);
        var status = document.createElement('div');
        status.className = 'description';
        status.setAttribute('role', 'status');
        f.div.appendChild(status);
        var wanted = '';
        var loaded = null;
        // what AJS.MacroBrowser.Field does for its input: the browser enables Insert once a required field has a value
        f.select.addEventListener('change', function () {
            if (AJS.MacroBrowser && AJS.MacroBrowser.paramChanged) {
                AJS.MacroBrowser.paramChanged();
            }
        });

        function choose() {
            if (!loaded) {
                return;
            }
            var match = loaded.filter(function (d) {
                return d.key === wanted || d.nameJa === wanted || d.nameEn === wanted;
            })[0];
            if (match) {
                f.select.value = match.key;
            } else if (wanted) {
                var unknown = f.select.querySelector('option[data-unknown]') || option(f.select, wanted, '');
                unknown.setAttribute('data-unknown', 'true');
                unknown.value = wanted;
                unknown.textContent = texts.unknown + ' ' + wanted;
                f.select.value = wanted;
            } else {
                f.select.value = '';
            }
        }

        fetch(contextPath() + path, {
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'}
        }).then(function (response) {
            return response.ok ? response.json() : Promise.reject(response.status);
        }).then(function (entries) {
            loaded = entries;
            entries.forEach(function (d) {
                option(f.select, d.key, label(d));
            });
            choose();
            f.select.dispatchEvent(new Event('change'));
        }, function () {
            status.textContent = texts.failed;
        });
        return {
            paramDiv: f.div,
            input: f.select,
            setValue: function (v) {
                wanted = v || '';
                choose();
            },
            getValue: function () {
                return f.select.value;
            }
        };
    }

    /** The department list; the thanks wall's starts with "all departments", a profile's with "choose". */
    function departmentField(param, allowAll) {
        return catalogField(param, '/rest/kakehashi/1.0/departments', {
            label: AJS.I18n.getText('dev.kakehashi.kakehashi.thanks-wall.param.department.label'),
            all: allowAll ? AJS.I18n.getText('kakehashi.thanks.macro.department.all')
                    : AJS.I18n.getText('kakehashi.collaboration.form.choose'),
            unknown: AJS.I18n.getText('kakehashi.thanks.macro.department.unknown'),
            failed: AJS.I18n.getText('kakehashi.thanks.macro.department.failed')
        }, function (d) {
            return d.name;
        });
    }

    function valueField(param) {
        return catalogField(param, '/rest/kakehashi/1.0/values', {
            label: AJS.I18n.getText('dev.kakehashi.kakehashi.thanks-wall.param.value.label'),
            all: AJS.I18n.getText('kakehashi.thanks.macro.value.all'),
            unknown: AJS.I18n.getText('kakehashi.thanks.macro.value.unknown'),
            failed: AJS.I18n.getText('kakehashi.thanks.macro.value.failed')
        }, function (v) {
            return v.icon ? v.icon + ' ' + v.name : v.name;
        });
    }

    function register() {
        if (window.AJS && AJS.MacroBrowser && AJS.MacroBrowser.setMacroJsOverride) {
            AJS.MacroBrowser.setMacroJsOverride('thanks-wall', {
                fields: {
                    string: {department: function (param) {
                        return departmentField(param, true);
                    }, value: valueField},
                    'enum': {period: periodField}
                }
            });
            AJS.MacroBrowser.setMacroJsOverride('collaboration-map', {
                fields: {
                    'enum': {days: daysField}
                }
            });
            AJS.MacroBrowser.setMacroJsOverride('department-profile', {
                fields: {
                    string: {department: function (param) {
                        return departmentField(param, false);
                    }}
                }
            });
        }
    }

    if (window.AJS && AJS.toInit) {
        AJS.toInit(register);
    } else if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', register);
    } else {
        register();
    }
}());
