"""Check an API answer against the OpenAPI description the portal serves."""

import jsonschema_rs

from cms.api.docs import cached_description


def response_schema(path: str, status: int) -> dict:
    description = cached_description()
    operation = description["paths"][path]["get"]
    schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
    return {**schema, "components": description["components"]}


def assert_matches_description(response, path: str) -> dict:
    """The answer's status is documented for `path` and its body has the documented shape."""
    body = response.json()
    validator = jsonschema_rs.Draft202012Validator(response_schema(path, response.status_code))
    errors = [
        f"{list(error.instance_path)}: {error.message}" for error in validator.iter_errors(body)
    ]
    assert not errors, errors
    return body
