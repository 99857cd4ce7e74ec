package web

// openAPI describes the JSON API. Shapes follow the report contract
// (contract/report.schema.json).
const openAPI = `{
  "openapi": "3.1.0",
  "info": {"title": "corroborate API", "version": "1.0.0",
    "description": "Stories, their findings and articles, with the shapes of the report contract. Errors are {\"error\": {\"code\", \"message\"}}. Writes need Authorization: Bearer TOKEN when the server has a token."},
  "paths": {
    "/api/stories": {"get": {"summary": "List and search stories, newest first",
      "parameters": [
        {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "words in headlines, leads, story titles or entity names"},
        {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
        {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
        {"name": "outlet", "in": "query", "schema": {"type": "string"}},
        {"name": "entity", "in": "query", "schema": {"type": "string"}},
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
      "responses": {"200": {"description": "{stories, page, total}"}, "304": {"description": "not modified (ETag)"}, "400": {"description": "bad parameters"}}}},
    "/api/stories/{id}": {"get": {"summary": "One story with its findings and articles",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "responses": {"200": {"description": "{story, articles}"}, "404": {"description": "no such story"}}}},
    "/api/stories/{id}/{table}": {"get": {"summary": "CSV export: discrepancies.csv, quotes.csv or timeline.csv",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
        {"name": "table", "in": "path", "required": true, "schema": {"enum": ["discrepancies.csv", "quotes.csv", "timeline.csv"]}}],
      "responses": {"200": {"description": "text/csv"}, "404": {"description": "no such story or table"}}}},
    "/api/articles": {
      "get": {"summary": "List articles", "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}, {"name": "per_page", "in": "query", "schema": {"type": "integer"}}],
        "responses": {"200": {"description": "{articles, page, total}"}}},
      "post": {"summary": "Ingest articles",
        "description": "Body: application/json {urls, text, html, records}; or text/plain, text/html, application/x-ndjson. URLs follow the same guard as the CLI.",
        "responses": {"201": {"description": "{articles, errors}"}, "400": {"description": "bad body"}, "401": {"description": "token required"}, "413": {"description": "body too large"}, "422": {"description": "nothing could be read: {articles: [], errors}"}}}},
    "/api/articles/{id}": {"get": {"summary": "One article", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "responses": {"200": {"description": "{article, story}"}, "404": {"description": "no such article"}}}},
    "/api/entities": {"get": {"summary": "Entities across stories", "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
      "responses": {"200": {"description": "{entities, page, total}"}}}},
    "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1"}}}}
  }
}
`
