/*
 * The sandbox's stand-in for Confluence's macro browser (web-resource
 * com.atlassian.confluence.plugins.confluence-macro-browser:macro-browser-js): the part of AJS.MacroBrowser that
 * plugins call (setMacroJsOverride, getMacroJsOverride, Field, ParameterFields, paramChanged, reset) and the dialog
 * of the sandbox's page editor (#macro-browser-dialog). As in Confluence, the form gets one field per parameter; an
 * override's fields[typeName] (a function, or an object of functions by parameter name) is called with the
 * parameter's metadata and may return its own field; the field's paramDiv gets the id macro-param-div-<name>, its
 * input the id macro-param-<name> and the class macro-param-input; Insert reads the values from #macro-param-<name>
 * and leaves out empty values and values equal to the default. Differences: fields are DOM elements, not jQuery
 * objects (a field returned with jQuery objects is unwrapped with [0]); there is no AJS.$; no preview, no macro body,
 * no editing of a macro already in the page; the macro is inserted into the storage-format textarea at the cursor.
 */
(function () {
    "use strict";
    var AJS = window.AJS || (window.AJS = {});
    var overrides = {};

    function node(x) {
        if (x && x.nodeType) {
            return x;
        }
        return x && x[0] && x[0].nodeType ? x[0] : null;
    }

    function isCheckbox(element) {
        return element && element.tagName === "INPUT" && element.type === "checkbox";
    }

    function valueOf(element) {
        if (!element) {
            return "";
        }
        return isCheckbox(element) ? String(element.checked) : (element.value == null ? "" : String(element.value));
    }

    function setValueOf(element, value) {
        if (!element) {
            return;
        }
        if (isCheckbox(element)) {
            element.checked = value === true || value === "true";
        } else {
            element.value = value == null ? "" : String(value);
        }
    }

    function Field(paramDiv, input, options) {
        options = options || {};
        var element = node(input);
        var field = {
            paramDiv: paramDiv,
            input: input,
            setValue: options.setValue || function (value) {
                setValueOf(node(field.input), value);
            },
            getValue: options.getValue || function () {
                return valueOf(node(field.input));
            }
        };
        if (element) {
            element.addEventListener("change", function (event) {
                if (options.onchange) {
                    options.onchange.call(element, event);
                } else {
                    MacroBrowser.paramChanged();
                }
            });
            element.addEventListener("input", function () {
                MacroBrowser.paramChanged();
            });
        }
        return field;
    }

    function paramDiv(param, input) {
        var div = document.createElement("div");
        div.className = "field-group macro-param-div";
        var label = document.createElement("label");
        label.setAttribute("for", "macro-param-" + param.name);
        label.textContent = param.displayName || param.name;
        if (param.required) {
            var star = document.createElement("span");
            star.className = "aui-icon icon-required";
            star.textContent = "required";
            label.appendChild(star);
        }
        div.appendChild(label);
        div.appendChild(input);
        if (param.description) {
            var description = document.createElement("div");
            description.className = "description";
            description.innerHTML = param.description;
            div.appendChild(description);
        }
        return div;
    }

    function textField(param, options) {
        var input = document.createElement("input");
        input.type = "text";
        input.className = "text";
        return Field(paramDiv(param, input), input, options);
    }

    var ParameterFields = {
        string: textField,
        spacekey: textField,
        username: textField,
        "int": textField,
        "boolean": function (param, options) {
            var input = document.createElement("input");
            input.type = "checkbox";
            input.className = "checkbox";
            return Field(paramDiv(param, input), input, options);
        },
        "enum": function (param, options) {
            if (param.multiple) {
                return textField(param, options);
            }
            var select = document.createElement("select");
            select.className = "select";
            var values = (param.required ? [] : [""]).concat(param.enumValues || []);
            values.forEach(function (value) {
                var option = document.createElement("option");
                option.value = value;
                option.textContent = value;
                select.appendChild(option);
            });
            return Field(paramDiv(param, select), select, options);
        },
        "_hidden": function (param, options) {
            var input = document.createElement("input");
            input.type = "hidden";
            var div = document.createElement("div");
            div.className = "macro-param-div hidden";
            div.appendChild(input);
            return Field(div, input, options);
        }
    };

    var MacroBrowser = AJS.MacroBrowser || {};
    MacroBrowser.setMacroJsOverride = function (macroName, override) {
        overrides[macroName] = override;
    };
    MacroBrowser.getMacroJsOverride = function (macroName) {
        return overrides[macroName];
    };
    MacroBrowser.reset = function () {
        overrides = {};
    };
    MacroBrowser.Field = Field;
    MacroBrowser.ParameterFields = ParameterFields;
    /** Enables Insert when every required parameter has a value, as Confluence does. */
    MacroBrowser.paramChanged = function () {
        var insert = document.getElementById("macro-browser-insert");
        if (!insert || !current) {
            return;
        }
        var missing = current.parameters.some(function (param) {
            if (!param.required || param.hidden) {
                return false;
            }
            var element = document.getElementById("macro-param-" + param.name);
            return valueOf(element).trim() === "";
        });
        insert.disabled = missing;
    };
    AJS.MacroBrowser = MacroBrowser;

    var current = null;
    var currentFields = {};

    function metadata() {
        var element = document.getElementById("macro-browser-metadata");
        return element ? JSON.parse(element.textContent) : [];
    }

    function fieldFor(macro, param) {
        var type = param.type && param.type.name ? param.type.name : "string";
        var override = overrides[macro.name];
        var field = null;
        if (override && override.fields && override.fields[type]) {
            var builder = override.fields[type];
            if (typeof builder === "function") {
                field = builder.call(override, param);
            } else if (typeof builder[param.name] === "function") {
                field = builder[param.name].call(override, param);
            }
        }
        if (!field) {
            var multipleAsText = param.multiple && (type === "enum" || type === "spacekey");
            var standard = multipleAsText ? ParameterFields.string : ParameterFields[type] || ParameterFields.string;
            field = standard(param, {});
        }
        return field;
    }

    function showList() {
        current = null;
        document.getElementById("macro-browser-list").hidden = false;
        document.getElementById("macro-browser-form").hidden = true;
        document.getElementById("macro-browser-back").hidden = true;
        document.getElementById("macro-browser-insert").disabled = true;
        document.getElementById("macro-browser-fields").textContent = "";
    }

    function showForm(macro) {
        current = macro;
        currentFields = {};
        var fields = document.getElementById("macro-browser-fields");
        fields.textContent = "";
        document.getElementById("macro-browser-macro-title").textContent = macro.title;
        document.getElementById("macro-browser-macro-desc").innerHTML = macro.description;
        var override = overrides[macro.name];
        var values = {};
        if (override && typeof override.beforeParamsSet === "function") {
            values = override.beforeParamsSet({}, true) || {};
        }
        macro.parameters.forEach(function (param) {
            if (param.hidden) {
                return;
            }
            var field = fieldFor(macro, param);
            var div = node(field.paramDiv);
            var input = node(field.input);
            if (!div || !input) {
                throw new Error("The macro browser field of " + macro.name + "." + param.name
                    + " has no paramDiv or input element");
            }
            div.id = "macro-param-div-" + param.name;
            input.id = "macro-param-" + param.name;
            input.classList.add("macro-param-input");
            if (param.required) {
                div.classList.add("required");
            }
            fields.appendChild(div);
            currentFields[param.name] = field;
            var value = Object.prototype.hasOwnProperty.call(values, param.name) ? values[param.name]
                : param.defaultValue;
            if (value != null) {
                field.setValue(value);
            }
        });
        document.getElementById("macro-browser-list").hidden = true;
        document.getElementById("macro-browser-form").hidden = false;
        document.getElementById("macro-browser-back").hidden = false;
        MacroBrowser.paramChanged();
        var first = fields.querySelector(".macro-param-input:not([type=hidden])");
        if (first) {
            first.focus();
        }
    }

    function escapeXml(text) {
        return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
            .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
    }

    /** The storage format of the macro with the form's values (Confluence reads #macro-param-<name>). */
    function storageOf(macro) {
        var params = {};
        macro.parameters.forEach(function (param) {
            var element = document.getElementById("macro-param-" + param.name);
            if (element) {
                params[param.name] = valueOf(element);
            }
        });
        var override = overrides[macro.name];
        if (override && typeof override.beforeParamsRetrieved === "function") {
            params = override.beforeParamsRetrieved(params, macro, {}) || params;
        }
        var xml = "<ac:structured-macro ac:name=\"" + escapeXml(macro.name) + "\">";
        macro.parameters.forEach(function (param) {
            var value = params[param.name];
            if (value == null || String(value) === "") {
                return;
            }
            if (param.defaultValue != null && String(value) === String(param.defaultValue)) {
                return;
            }
            var isBoolean = param.type && param.type.name === "boolean";
            if (isBoolean && param.defaultValue == null && String(value) === "false") {
                return;
            }
            xml += "<ac:parameter ac:name=\"" + escapeXml(param.name) + "\">" + escapeXml(value) + "</ac:parameter>";
        });
        return xml + "</ac:structured-macro>";
    }

    function insertAtCursor(textarea, text) {
        var start = textarea.selectionStart == null ? textarea.value.length : textarea.selectionStart;
        var end = textarea.selectionEnd == null ? start : textarea.selectionEnd;
        textarea.value = textarea.value.slice(0, start) + text + textarea.value.slice(end);
        textarea.selectionStart = textarea.selectionEnd = start + text.length;
        textarea.dispatchEvent(new Event("input", {bubbles: true}));
    }

    function open() {
        var dialog = document.getElementById("macro-browser-dialog");
        showList();
        dialog.hidden = false;
        var first = dialog.querySelector(".sandbox-macro-item");
        if (first) {
            first.focus();
        }
    }

    function close() {
        document.getElementById("macro-browser-dialog").hidden = true;
        current = null;
        var opener = document.getElementById("rte-button-insert-macro");
        if (opener) {
            opener.focus();
        }
    }

    function bind() {
        var opener = document.getElementById("rte-button-insert-macro");
        var dialog = document.getElementById("macro-browser-dialog");
        if (!opener || !dialog) {
            return;
        }
        var macros = metadata();
        opener.addEventListener("click", open);
        dialog.querySelectorAll(".sandbox-macro-item").forEach(function (item) {
            item.addEventListener("click", function () {
                var name = item.getAttribute("data-macro-name");
                showForm(macros.filter(function (m) { return m.name === name; })[0]);
            });
        });
        document.getElementById("macro-browser-back").addEventListener("click", showList);
        document.getElementById("macro-browser-cancel").addEventListener("click", close);
        document.getElementById("macro-browser-form").addEventListener("submit", function (event) {
            event.preventDefault();
        });
        document.getElementById("macro-browser-insert").addEventListener("click", function () {
            if (!current || this.disabled) {
                return;
            }
            var textarea = document.getElementById("wysiwygTextarea");
            insertAtCursor(textarea, storageOf(current));
            close();
            textarea.focus();
        });
        dialog.addEventListener("keydown", function (event) {
            if (event.key === "Escape") {
                close();
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", bind);
    } else {
        bind();
    }
}());
