/*
 * Cap project page. The first paint is server-side (Velocity); this script is where editing will live.
 * For now it marks the page as ready, which the browser tests wait for.
 */
(function () {
    'use strict';

    function ready() {
        var page = document.getElementById('capokr-project-page');
        if (page) {
            page.setAttribute('data-capokr-ready', 'true');
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
}());
