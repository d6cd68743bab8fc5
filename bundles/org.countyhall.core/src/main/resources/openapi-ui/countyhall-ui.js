// Lists every path installed on this node, from the index, in Swagger UI's top bar; ?path=windows opens one.
// validatorUrl null: Swagger UI would otherwise send each document to validator.swagger.io.
fetch('/api/v1/openapi', { headers: { Accept: 'application/json' } })
  .then(function (answer) { return answer.json(); })
  .then(function (index) {
    var wanted = new URLSearchParams(window.location.search).get('path');
    var urls = index.map(function (entry) { return { url: entry.openapi, name: entry.url }; });
    var primary = index.filter(function (entry) { return entry.path === wanted; })[0];
    window.ui = SwaggerUIBundle({
      urls: urls,
      'urls.primaryName': primary ? primary.url : undefined,
      dom_id: '#swagger-ui',
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: 'StandaloneLayout',
      validatorUrl: null,
      deepLinking: true
    });
  });
