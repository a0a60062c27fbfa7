/*
 * Kakehashi's community page blueprint in Confluence's Create dialog: one wizard page with the community to write the
 * page for (those the creator may see, read from the REST API when the page is shown) and an optional title. Texts
 * come through the host's jsI18n transformer. The server reads the key again and trusts nothing of it.
 */
(function () {
    'use strict';

    var PLUGIN = 'dev.kakehashi.kakehashi';
    var ITEM = 'community-page-create-item';
    var PAGE = 'communityPage';
    var TITLE_MAX = 255;
    var K = window.Kakehashi = window.Kakehashi || {};
    var B = K.Blueprints = K.Blueprints || {};

    var TEXT = {
        community: AJS.I18n.getText('kakehashi.community.page.wizard.community'),
        choose: AJS.I18n.getText('kakehashi.community.page.wizard.choose'),
        none: AJS.I18n.getText('kakehashi.community.page.wizard.none'),
        title: AJS.I18n.getText('kakehashi.community.page.wizard.title.field'),
        titleHint: AJS.I18n.getText('kakehashi.community.page.wizard.title.description'),
        loading: AJS.I18n.getText('kakehashi.knowledge.wizard.departments.loading'),
        loadFailed: AJS.I18n.getText('kakehashi.knowledge.wizard.departments.failed'),
        required: AJS.I18n.getText('kakehashi.error.required'),
        tooLong: AJS.I18n.getText('kakehashi.knowledge.wizard.error.too.long'),
        fix: AJS.I18n.getText('kakehashi.knowledge.wizard.error.summary'),
        requiredMark: AJS.I18n.getText('kakehashi.admin.field.required')
    };

    function escape(text) {
        return String(text).replace(/[&<>"']/g, function (c) {
            return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
        });
    }

    B.communityForm = function () {
        return '<form class="aui kakehashi-blueprint-form" data-kind="community-page" novalidate>'
            + '<div class="kakehashi-form-errors aui-message aui-message-error" role="alert" hidden></div>'
            + '<div class="field-group"><label for="kakehashi-bp-community">' + escape(TEXT.community)
            + '<span class="aui-icon icon-required">' + escape(TEXT.requiredMark) + '</span></label>'
            + '<select class="select" id="kakehashi-bp-community" name="kakehashiCommunity" required aria-required="true"'
            + ' aria-busy="true" aria-describedby="kakehashi-bp-community-error"><option value="">'
            + escape(TEXT.loading) + '</option></select>'
            + '<div class="error" data-field="kakehashiCommunity" id="kakehashi-bp-community-error"></div></div>'
            + '<div class="field-group"><label for="kakehashi-bp-community-title">' + escape(TEXT.title) + '</label>'
            + '<input class="text long-field" type="text" id="kakehashi-bp-community-title" name="title" maxlength="'
            + TITLE_MAX + '" autocomplete="off" aria-describedby="kakehashi-bp-community-title-description">'
            + '<div class="description" id="kakehashi-bp-community-title-description">' + escape(TEXT.titleHint)
            + '</div><div class="error" data-field="title"></div></div></form>';
    };

    function container(state) {
        var c = state && state.$container;
        return c && c.nodeType ? c : (c && c[0]) || document;
    }

    function formOf(state) {
        return container(state).querySelector('.kakehashi-blueprint-form[data-kind="community-page"]');
    }

    function rest() {
        return (AJS.contextPath ? AJS.contextPath() : '') + '/rest/kakehashi/1.0';
    }

    function prepare(state) {
        var f = formOf(state);
        if (!f) {
            return;
        }
        var select = f.elements.kakehashiCommunity;
        select.addEventListener('change', function () {
            K.clearErrors(f);
        });
        K.call(rest(), 'GET', '/communities', undefined, {failed: TEXT.loadFailed, network: TEXT.loadFailed})
            .then(function (list) {
                select.textContent = '';
                var first = document.createElement('option');
                first.value = '';
                first.textContent = list.length ? TEXT.choose : TEXT.none;
                select.appendChild(first);
                list.forEach(function (c) {
                    var option = document.createElement('option');
                    option.value = c.key;
                    option.textContent = c.name;
                    select.appendChild(option);
                });
                select.setAttribute('aria-busy', 'false');
                f.setAttribute('data-ready', 'true');
            }, function (failure) {
                select.setAttribute('aria-busy', 'false');
                f.querySelector('.error[data-field="kakehashiCommunity"]').textContent = failure.message;
            });
    }

    function problem(f, field, message) {
        f.querySelector('.error[data-field="' + field + '"]').textContent = message;
        f.elements[field].setAttribute('aria-invalid', 'true');
        return 1;
    }

    function submit(state) {
        var f = formOf(state);
        if (!f) {
            return true;
        }
        K.clearErrors(f);
        var problems = 0;
        var key = f.elements.kakehashiCommunity.value;
        if (f.getAttribute('data-ready') !== 'true') {
            problems += problem(f, 'kakehashiCommunity', TEXT.loading);
        } else if (!key) {
            problems += problem(f, 'kakehashiCommunity', TEXT.required);
        }
        var title = f.elements.title.value.trim();
        if (title.length > TITLE_MAX) {
            problems += problem(f, 'title', AJS.format(TEXT.tooLong, TITLE_MAX));
        }
        if (problems) {
            var box = f.querySelector('.kakehashi-form-errors');
            box.textContent = TEXT.fix;
            box.hidden = false;
            (f.querySelector('[aria-invalid=true]') || f.elements.kakehashiCommunity).focus();
            return false;
        }
        var data = state.pageData || (state.pageData = {});
        // untitled, the page takes the community's name on the server
        data.title = title || f.elements.kakehashiCommunity.selectedOptions[0].textContent;
        data.kakehashiCommunity = key;
        return true;
    }

    function register() {
        var blueprint = window.Confluence && window.Confluence.Blueprint;
        if (!blueprint || typeof blueprint.setWizard !== 'function') {
            return false;
        }
        blueprint.setWizard(PLUGIN + ':' + ITEM, function (wizard) {
            wizard.on('post-render.' + PAGE, function (event, state) {
                prepare(state);
            });
            wizard.on('submit.' + PAGE, function (event, state) {
                return submit(state);
            });
        });
        return true;
    }

    if (!register() && window.AJS && AJS.toInit) {
        AJS.toInit(register);
    }
}());
