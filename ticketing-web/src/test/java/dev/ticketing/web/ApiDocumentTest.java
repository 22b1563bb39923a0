package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.ApiDocument;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed API document, from which clients are generated (OpenApiIT proves it is the served
 * one): every example and default in it is valid against its schema.
 */
class ApiDocumentTest {

  @Test
  void everyExampleAndDefaultOfTheCommittedDocumentIsValidAgainstItsSchema() {
    List<String> checked = new ArrayList<>();

    List<String> invalid = ApiDocument.invalidExamples(ApiDocument.snapshot(), checked);

    assertThat(invalid).isEmpty();
    assertThat(checked)
        .as("examples found")
        .hasSizeGreaterThan(50)
        .anyMatch(where -> where.contains("/components/schemas/BookingView/properties/"))
        .anyMatch(where -> where.contains("/examples/default concert/value"))
        .anyMatch(where -> where.endsWith("/schema/default"))
        .anyMatch(where -> where.contains("/components/responses/Held/"));
  }

  @Test
  void anExampleOfAnotherTypeThanItsSchemaIsFound() {
    JsonObject document =
        ApiDocument.parse(
            """
            {"openapi": "3.0.3",
             "paths": {"/things": {"get": {
               "parameters": [{"name": "limit", "in": "query",
                               "schema": {"type": "integer", "default": "100"}, "example": 5}],
               "responses": {"200": {"description": "ok", "content": {"application/json": {
                 "schema": {"$ref": "#/components/schemas/Thing"},
                 "examples": {"text": {"value": "{\\"id\\": 1}"}}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id"],
               "properties": {"id": {"type": "integer", "example": 1},
                              "at": {"type": "string", "format": "date-time", "example": "soon"}}}}}}
            """);
    List<String> checked = new ArrayList<>();

    List<String> invalid = ApiDocument.invalidExamples(document, checked);

    assertThat(checked).hasSize(5);
    assertThat(invalid)
        .hasSize(3)
        .anyMatch(error -> error.startsWith("#/paths/~1things/get/parameters/0/schema/default"))
        .anyMatch(error -> error.contains("/examples/text/value"))
        .anyMatch(error -> error.startsWith("#/components/schemas/Thing/properties/at/example"));
  }
}
