package web

// openAPI describes the JSON API. Shapes follow the report contract
// (contract/report.schema.json); lists return summaries, a story's
// findings are at its own endpoint.
const openAPI = `{
  "openapi": "3.1.0",
  "info": {"title": "corroborate API", "version": "1.2.0",
    "description": "Stories, their findings and articles, with the shapes of the report contract. Story ids are stable: a story keeps the id it was born with as articles join it, and a merged story's old id answers 301 with merged_into naming the survivor. Lists return summaries and paging links (also as an RFC 8288 Link header); details are at each story's endpoint. Responses are gzip-compressed when the client accepts it. Errors are {\"error\": {\"code\", \"message\"}} with code one of not_found, invalid, conflict, unauthorized, forbidden, too_large, unsupported, internal. Writes need Authorization: Bearer TOKEN when the server has a token (never in the query string), and browsers' cross-site writes and unknown Host names are refused."},
  "components": {
    "parameters": {
      "page": {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
      "per_page": {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}}
    },
    "schemas": {
      "Links": {"type": "object", "description": "paging links; prev/next/first/last are left out when there is no such page",
        "properties": {"self": {"type": "string"}, "prev": {"type": "string"}, "next": {"type": "string"}, "first": {"type": "string"}, "last": {"type": "string"}}},
      "StorySummary": {"type": "object", "properties": {
        "id": {"type": "string"}, "title": {"type": ["string", "null"]}, "thread": {"type": "string"},
        "from": {"type": "string", "format": "date", "description": "first publication date of its articles"},
        "to": {"type": "string", "format": "date", "description": "last publication date of its articles"},
        "articles": {"type": "array", "items": {"type": "string"}}, "sources": {"type": "integer", "description": "independent origins (copies counted once)"},
        "outlets": {"type": "array", "items": {"type": "string"}},
        "discrepancies": {"type": "integer"}, "consensus": {"type": "integer"}, "stances": {"type": "integer"}, "quotes": {"type": "integer"},
        "timeline_events": {"type": "integer"}, "entities": {"type": "integer"},
        "related": {"type": "array", "items": {"type": "string"}}, "href": {"type": "string", "description": "the story's endpoint, with its findings"}}},
      "Review": {"type": "object", "properties": {
        "key": {"type": "string", "description": "hash of the finding's kind, subject and sorted values: stable across re-analysis, not tied to the story id"},
        "status": {"enum": ["confirmed", "dismissed", "open"]}, "note": {"type": "string", "maxLength": 4000},
        "finding": {"type": "string"}, "story": {"type": "string"}, "updated": {"type": "string", "format": "date-time"}}},
      "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}}
    }
  },
  "paths": {
    "/api/stories": {"get": {"summary": "List and search stories, newest first, as summaries",
      "parameters": [
        {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "words in headlines, leads, story titles or entity names"},
        {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "stories ending on or after this date (YYYY-MM-DD)"},
        {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "stories starting on or before this date (YYYY-MM-DD)"},
        {"name": "outlet", "in": "query", "schema": {"type": "string"}},
        {"name": "entity", "in": "query", "schema": {"type": "string"}},
        {"$ref": "#/components/parameters/page"}, {"$ref": "#/components/parameters/per_page"}],
      "responses": {"200": {"description": "one page of summaries", "content": {"application/json": {"schema": {"type": "object", "properties": {
          "stories": {"type": "array", "items": {"$ref": "#/components/schemas/StorySummary"}},
          "page": {"type": "integer"}, "per_page": {"type": "integer"}, "pages": {"type": "integer"}, "total": {"type": "integer"},
          "links": {"$ref": "#/components/schemas/Links"}}}}}},
        "304": {"description": "not modified (ETag)"},
        "400": {"description": "bad parameters: a date that is not YYYY-MM-DD, from after to, a bad page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}},
    "/api/stories/{id}": {"get": {"summary": "One story with all its findings and articles",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "responses": {"200": {"description": "{story, articles}: the story as in the report contract"},
        "301": {"description": "the story was merged into another: Location names the survivor's endpoint; the body is {story: {id, merged_into, ...empty lists}, href}", "content": {"application/json": {"schema": {"type": "object", "properties": {
          "story": {"type": "object", "properties": {"id": {"type": "string"}, "merged_into": {"type": "string", "description": "the live story it is now part of"}}}, "href": {"type": "string"}}}}}},
        "404": {"description": "no such story"}}}},
    "/api/stories/{id}/{table}": {"get": {"summary": "CSV export: discrepancies.csv, quotes.csv or timeline.csv",
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
        {"name": "table", "in": "path", "required": true, "schema": {"enum": ["discrepancies.csv", "quotes.csv", "timeline.csv"]}}],
      "responses": {"200": {"description": "text/csv"}, "301": {"description": "the story was merged into another: Location names the survivor's table"}, "404": {"description": "no such story or table"}}}},
    "/api/articles": {
      "get": {"summary": "List articles", "parameters": [{"$ref": "#/components/parameters/page"}, {"$ref": "#/components/parameters/per_page"}],
        "responses": {"200": {"description": "{articles, page, total}"}}},
      "post": {"summary": "Ingest articles",
        "description": "Body: application/json {urls, text, html, records, name} (a record may carry url, outlet, title and published); or a raw body as application/x-ndjson, text/html or application/octet-stream (gzip or not, detected by content), named by the name parameter. text/plain and form bodies are refused (a cross-site page can send them). Limits are the server's whatever the name. URLs follow the same guard as the CLI.",
        "parameters": [{"name": "name", "in": "query", "schema": {"type": "string"}, "description": "the name of a raw body in sources and errors"}],
        "responses": {"201": {"description": "{articles, errors}"}, "400": {"description": "bad body"}, "401": {"description": "token required"}, "403": {"description": "cross-site write or unknown Host"}, "413": {"description": "body too large"}, "415": {"description": "body type not accepted"}, "422": {"description": "nothing could be read: {articles: [], errors}"}}}},
    "/api/articles/{id}": {"get": {"summary": "One article", "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
      "responses": {"200": {"description": "{article, story}"}, "404": {"description": "no such article"}}}},
    "/api/entities": {"get": {"summary": "Entities across stories", "parameters": [{"$ref": "#/components/parameters/page"}, {"$ref": "#/components/parameters/per_page"}],
      "responses": {"200": {"description": "{entities, page, total}"}}}},
    "/api/outlets": {"get": {"summary": "Outlets with their number of stored articles, most first",
      "responses": {"200": {"description": "{outlets: [{name, articles}]}"}}}},
    "/api/reviews": {"get": {"summary": "Every reader review of a finding, most recent first",
      "responses": {"200": {"description": "{reviews, total}", "content": {"application/json": {"schema": {"type": "object", "properties": {
        "reviews": {"type": "array", "items": {"$ref": "#/components/schemas/Review"}}, "total": {"type": "integer"}}}}}}}}},
    "/api/reviews.csv": {"get": {"summary": "The reviews as CSV (key, status, note, finding, story, updated)", "responses": {"200": {"description": "text/csv"}}}},
    "/api/reviews/{key}": {"put": {"summary": "Confirm, dismiss or reopen a finding, with a note",
      "description": "The key is the finding's review key (shown on the story page as the grid row id f-KEY). Needs the token when the server has one.",
      "parameters": [{"name": "key", "in": "path", "required": true, "schema": {"type": "string"}}],
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["status"], "properties": {
        "status": {"enum": ["confirmed", "dismissed", "open"]}, "note": {"type": "string"}, "finding": {"type": "string"}, "story": {"type": "string"}}}}}},
      "responses": {"200": {"description": "{review}"}, "400": {"description": "bad status or note"}, "401": {"description": "token required"}, "403": {"description": "cross-site write refused"}}}},
    "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1"}}}}
  }
}
`
