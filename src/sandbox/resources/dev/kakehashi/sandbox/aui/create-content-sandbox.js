/*
 * The sandbox's stand-in for Confluence's Create dialog and blueprint wizards (web-resource
 * com.atlassian.confluence.plugins.confluence-create-content-plugin:resources): Confluence.Blueprint.setWizard(
 * webItemCompleteKey, fn) with wizard.on('pre-render.<pageId>' | 'post-render.<pageId>' | 'submit.<pageId>',
 * handler(event, state)); state carries wizardData ({pages: {pageId: data}, spaceKey: the space chosen in the dialog}),
 * soyRenderContext (pre-render),
 * $container (post-render and submit: the page's element), pageData (submit: the page's named form fields, which the
 * handler may change), nextPageId and finalUrl (submit). A submit handler returning false keeps the page open.
 * A page's template-key names a global function (Soy's compiled templates are such functions) called with
 * soyRenderContext; its HTML fills the page. The last page posts to /rest/create-dialog/1.0/content-blueprint/
 * create-draft (create-result edit) or create-content (view) with the pages' data merged as the context, then goes to
 * the address answered (the editor of the draft, or the page). The header's #create-page-button opens the dialog;
 * ?createDialog=true&createDialogSpaceKey=KEY[&createDialogBlueprintKey=plugin:blueprint |
 * &createDialogBlueprintId=UUID] on any page opens it by itself, on that blueprint's wizard when one is named.
 * Differences: no jQuery (state.$container is the element), no Soy, no space picker search, templates and space
 * blueprints are not listed, and no "how to use" page.
 */
(function () {
    "use strict";
    var Confluence = window.Confluence || (window.Confluence = {});
    var registered = {};

    function Wizard() {
        this.handlers = {};
    }

    Wizard.prototype.on = function (name, handler) {
        (this.handlers[name] = this.handlers[name] || []).push(handler);
        return this;
    };

    Wizard.prototype.fire = function (name, state) {
        var ok = true;
        (this.handlers[name] || []).forEach(function (handler) {
            if (handler.call(null, {type: name}, state) === false) {
                ok = false;
            }
        });
        return ok;
    };

    Confluence.Blueprint = Confluence.Blueprint || {};
    Confluence.Blueprint.setWizard = function (webItemCompleteKey, callback) {
        var wizard = new Wizard();
        callback(wizard);
        registered[webItemCompleteKey] = wizard;
    };

    function texts() {
        var element = document.getElementById("sandbox-create-dialog-texts");
        return element ? JSON.parse(element.textContent) : {};
    }

    function contextPath() {
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute("content") : "";
    }

    function element(tag, attributes, text) {
        var e = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            e.setAttribute(name, attributes[name]);
        });
        if (text !== undefined) {
            e.textContent = text;
        }
        return e;
    }

    function call(method, path, body) {
        var options = {method: method, credentials: "same-origin", headers: {"Accept": "application/json"}};
        if (body !== undefined) {
            options.headers["Content-Type"] = "application/json";
            options.body = JSON.stringify(body);
        }
        return fetch(contextPath() + "/rest/create-dialog/1.0" + path, options).then(function (response) {
            return response.json().then(function (data) {
                if (!response.ok) {
                    throw new Error((data && data.message) || response.statusText);
                }
                return data;
            });
        });
    }

    function lookup(path) {
        return path.split(".").reduce(function (object, name) {
            return object ? object[name] : undefined;
        }, window);
    }

    /** The named fields of a page, as the wizard collects them (checked boxes only; repeated names joined by ","). */
    function fields(container) {
        var data = {};
        container.querySelectorAll("input[name], select[name], textarea[name]").forEach(function (input) {
            if ((input.type === "checkbox" || input.type === "radio") && !input.checked) {
                return;
            }
            data[input.name] = data[input.name] ? data[input.name] + "," + input.value : input.value;
        });
        return data;
    }

    var dialog = null;

    function close() {
        if (dialog) {
            dialog.remove();
            dialog = null;
        }
    }

    function build(t) {
        close();
        dialog = element("section", {id: "create-dialog", "class": "aui-dialog2 aui-dialog2-large sandbox-dialog",
            role: "dialog", "aria-modal": "true", "aria-labelledby": "create-dialog-heading"});
        var header = element("header", {"class": "aui-dialog2-header"});
        header.appendChild(element("h2", {id: "create-dialog-heading", "class": "aui-dialog2-header-main"}, t.title));
        dialog.appendChild(header);
        dialog.appendChild(element("div", {"class": "aui-dialog2-content", id: "create-dialog-content"}));
        var footer = element("footer", {"class": "aui-dialog2-footer"});
        var buttons = element("div", {"class": "aui-dialog2-footer-actions"});
        buttons.appendChild(element("button", {type: "button", "class": "aui-button aui-button-link",
            id: "create-dialog-back", hidden: "hidden"}, t.back));
        buttons.appendChild(element("button", {type: "button", "class": "aui-button aui-button-primary",
            id: "create-dialog-create"}, t.create));
        buttons.appendChild(element("button", {type: "button", "class": "aui-button aui-button-link",
            id: "create-dialog-close"}, t.cancel));
        footer.appendChild(buttons);
        footer.appendChild(element("p", {"class": "error", id: "create-dialog-error", role: "alert"}));
        dialog.appendChild(footer);
        document.body.appendChild(dialog);
        dialog.querySelector("#create-dialog-close").addEventListener("click", close);
        dialog.addEventListener("keydown", function (event) {
            if (event.key === "Escape") {
                close();
            }
        });
        return dialog;
    }

    function showError(message) {
        dialog.querySelector("#create-dialog-error").textContent = message || "";
    }

    function open(spaceKey, chosenKey) {
        var t = texts();
        var d = build(t);
        var content = d.querySelector("#create-dialog-content");
        var spaces = t.spaces || [];
        var spaceField = element("div", {"class": "field-group"});
        spaceField.appendChild(element("label", {"for": "create-dialog-space"}, t.space));
        var select = element("select", {id: "create-dialog-space", "class": "select", name: "spaceKey"});
        spaces.forEach(function (s) {
            var option = element("option", {value: s.key}, s.name);
            option.selected = s.key === spaceKey;
            select.appendChild(option);
        });
        spaceField.appendChild(select);
        content.appendChild(spaceField);
        var list = element("ul", {"class": "sandbox-create-dialog-items", id: "create-dialog-items",
            role: "radiogroup", "aria-label": t.title});
        content.appendChild(list);
        var back = d.querySelector("#create-dialog-back");
        var create = d.querySelector("#create-dialog-create");
        var items = [];

        function item(entry, index) {
            var li = element("li", {"class": "sandbox-create-dialog-item"});
            var id = "create-dialog-item-" + index;
            var radio = element("input", {type: "radio", name: "create-dialog-item", id: id,
                value: entry.itemModuleCompleteKey || "", "data-item-key": entry.itemModuleCompleteKey || "",
                "data-blueprint-key": entry.blueprintModuleCompleteKey || ""});
            var label = element("label", {"for": id});
            if (entry.iconURL) {
                label.appendChild(element("img", {src: entry.iconURL, alt: "", width: "100", height: "75"}));
            }
            label.appendChild(element("strong", {}, entry.name));
            label.appendChild(element("span", {"class": "description"}, entry.description || ""));
            li.appendChild(radio);
            li.appendChild(label);
            list.appendChild(li);
            return radio;
        }

        var blank = item({name: t.blank, description: t.blankDescription}, 0);
        blank.checked = true;
        var state = null;

        function startWizard(entry) {
            var wizard = registered[entry.itemModuleCompleteKey] || new Wizard();
            var pages = (entry.wizard && entry.wizard.pages) || [];
            state = {entry: entry, wizard: wizard, pages: pages, index: 0,
                wizardData: {pages: {}, spaceKey: select.value}};
            showPage();
        }

        function showPage() {
            var page = state.pages[state.index];
            content.textContent = "";
            showError("");
            var view = {wizardData: state.wizardData, soyRenderContext: {}};
            state.wizard.fire("pre-render." + page.id, view);
            var columns = element("div", {"class": "sandbox-wizard", "data-page-id": page.id});
            var form = element("div", {"class": "sandbox-wizard-page", id: "create-dialog-wizard-page"});
            var template = lookup(page.templateKey);
            if (typeof template !== "function") {
                form.appendChild(element("p", {"class": "aui-message aui-message-error"},
                    "No template function " + page.templateKey));
            } else {
                form.innerHTML = String(template(view.soyRenderContext || {}));
            }
            var aside = element("aside", {"class": "sandbox-wizard-description"});
            if (page.descriptionHeader) {
                aside.appendChild(element("h3", {}, page.descriptionHeader));
            }
            if (page.descriptionContent) {
                aside.appendChild(element("p", {}, page.descriptionContent));
            }
            columns.appendChild(form);
            columns.appendChild(aside);
            content.appendChild(columns);
            dialog.querySelector("#create-dialog-heading").textContent = page.title || t.title;
            back.hidden = false;
            create.textContent = page.last ? t.create : t.next;
            state.wizard.fire("post-render." + page.id, {wizardData: state.wizardData, $container: form});
        }

        function submitPage() {
            var page = state.pages[state.index];
            var form = dialog.querySelector("#create-dialog-wizard-page");
            var view = {wizardData: state.wizardData, $container: form, pageData: fields(form)};
            if (!state.wizard.fire("submit." + page.id, view)) {
                return;
            }
            state.wizardData.pages[page.id] = view.pageData;
            if (view.nextPageId) {
                var next = state.pages.map(function (p) {
                    return p.id;
                }).indexOf(view.nextPageId);
                if (next >= 0) {
                    state.index = next;
                    showPage();
                    return;
                }
            }
            if (!page.last && state.index < state.pages.length - 1) {
                state.index++;
                showPage();
                return;
            }
            if (view.finalUrl) {
                window.location.assign(view.finalUrl);
                return;
            }
            finish();
        }

        function finish() {
            var context = {};
            Object.keys(state.wizardData.pages).forEach(function (id) {
                var data = state.wizardData.pages[id];
                Object.keys(data).forEach(function (name) {
                    context[name] = data[name];
                });
            });
            var draft = state.entry.createResult !== "view";
            create.disabled = true;
            call("POST", draft ? "/content-blueprint/create-draft" : "/content-blueprint/create-content", {
                spaceKey: select.value,
                contentBlueprintId: state.entry.contentBlueprintId,
                title: context.title || "",
                context: context
            }).then(function (created) {
                window.location.assign(created.url);
            }, function (error) {
                create.disabled = false;
                showError(error.message);
            });
        }

        back.addEventListener("click", function () {
            open(select.value, null);
        });
        create.addEventListener("click", function () {
            if (state) {
                submitPage();
                return;
            }
            var chosen = list.querySelector("input[name=create-dialog-item]:checked");
            var entry = items.filter(function (e) {
                return e.itemModuleCompleteKey === chosen.value;
            })[0];
            if (!entry) {
                window.location.assign(contextPath() + "/pages/createpage.action?spaceKey="
                    + encodeURIComponent(select.value));
            } else if (entry.wizard && entry.wizard.pages.length) {
                startWizard(entry);
            } else {
                state = {entry: entry, wizard: new Wizard(), pages: [], index: 0, wizardData: {pages: {}}};
                finish();
            }
        });

        call("GET", "/blueprints/web-items?spaceKey=" + encodeURIComponent(spaceKey || "")).then(function (entries) {
            entries.forEach(function (entry, index) {
                items.push(entry);
                item(entry, index + 1);
            });
            list.setAttribute("data-ready", "true");
            var wanted = entries.filter(function (e) {
                return chosenKey && (e.blueprintModuleCompleteKey === chosenKey || e.contentBlueprintId === chosenKey);
            })[0];
            if (wanted) {
                if (wanted.wizard && wanted.wizard.pages.length) {
                    startWizard(wanted);
                } else {
                    list.querySelector('input[data-item-key="' + wanted.itemModuleCompleteKey + '"]').checked = true;
                }
            }
        }, function (error) {
            showError(error.message);
        });
        select.focus();
    }

    Confluence.Blueprint.openCreateDialog = open;

    function start() {
        var button = document.getElementById("create-page-button");
        if (button) {
            button.addEventListener("click", function (event) {
                event.preventDefault();
                open(button.getAttribute("data-space-key"), null);
            });
        }
        var params = new URLSearchParams(window.location.search);
        var space = params.get("createDialogSpaceKey");
        if (space || params.get("createDialog") === "true") {
            open(space || (button && button.getAttribute("data-space-key")),
                params.get("createDialogBlueprintKey") || params.get("createDialogBlueprintId"));
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
