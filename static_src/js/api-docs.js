// Swagger UI for /api/v2/docs/: reads the description the portal serves, nothing from elsewhere.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({
    url: root.getAttribute("data-spec-url"),
    domNode: root,
    deepLinking: true,
    // The default badge asks validator.swagger.io: no third-party requests.
    validatorUrl: null,
    tryItOutEnabled: true,
  });
})();
