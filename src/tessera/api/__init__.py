"""The JSON API of the review application, under /api/ and described at /openapi.json.

Scripts authenticate with `Authorization: Bearer TOKEN` (from `tessera user token NAME`); a
browser session works too, with its CSRF token on every change. Same roles as the pages.
"""
