/*
 * Jira's jsI18n transformer writes each AJS.I18n.getText("key") of a web resource as its text at download
 * time. The sandbox serves the plugin's files untouched instead, and gives AUI the keys: the page carries
 * them as JSON data, copied here into AJS.I18n.keys before the plugin's scripts run.
 */
(function () {
    'use strict';
    var element = document.getElementById('capokr-sandbox-i18n');
    if (!element || !window.AJS || !window.AJS.I18n) {
        return;
    }
    var keys = JSON.parse(element.textContent);
    window.AJS.I18n.keys = window.AJS.I18n.keys || {};
    Object.keys(keys).forEach(function (key) {
        window.AJS.I18n.keys[key] = keys[key];
    });
}());
