"""The JSON API under /api/v2/: Wagtail API v2 endpoints, their OpenAPI description and docs."""
