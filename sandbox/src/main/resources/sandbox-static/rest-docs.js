/*
 * The sandbox's API reference page: Swagger UI on the document the app serves. "Try it out" calls the sandbox as the
 * logged-in sample user (the session cookie goes along, same origin); mutating calls carry the header Jira's XSRF
 * check asks browsers for.
 */
(function () {
    'use strict';
    window.addEventListener('load', function () {
        var container = document.getElementById('capokr-rest-docs');
        window.capokrRestDocs = window.SwaggerUIBundle({
            url: container.getAttribute('data-document'),
            domNode: container,
            deepLinking: true,
            docExpansion: 'list',
            defaultModelsExpandDepth: 0,
            requestInterceptor: function (request) {
                request.headers['X-Atlassian-Token'] = 'no-check';
                return request;
            }
        });
    });
}());
