package dev.ticketing.web.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API's OpenAPI document as JSON: its committed snapshot, the stable text that snapshot is
 * written in, and the check that every example and default in it is valid against its schema.
 */
public final class ApiDocument {
  /** Where the snapshot is committed, from which the build generates a client. */
  public static final Path SNAPSHOT =
      Path.of(System.getProperty("ticketing.openapi.snapshot", "src/main/openapi/openapi.json"));

  private ApiDocument() {}

  public static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  public static JsonObject snapshot() {
    try {
      return parse(Files.readString(SNAPSHOT));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the API document snapshot " + SNAPSHOT, e);
    }
  }

  /**
   * The served document as it is committed: the server's address as in production (the context root
   * {@code /}) rather than the test server's.
   */
  public static JsonObject asCommitted(JsonObject served) {
    return Json.createObjectBuilder(served)
        .add(
            "servers",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("url", "/").add("description", "This server")))
        .build();
  }

  /** Both documents alike but for the build's version. */
  public static boolean sameApi(JsonObject a, JsonObject b) {
    return withoutVersion(a).equals(withoutVersion(b));
  }

  private static JsonObject withoutVersion(JsonObject document) {
    return Json.createObjectBuilder(document)
        .add("info", Json.createObjectBuilder(document.getJsonObject("info")).remove("version"))
        .build();
  }

  /** Pretty-printed with members in name order, so that a change shows as a small diff. */
  public static String stableText(JsonValue value) {
    StringBuilder text = new StringBuilder();
    write(value, "", text);
    return text.append('\n').toString();
  }

  private static void write(JsonValue value, String indent, StringBuilder text) {
    String inner = indent + "  ";
    switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, JsonValue> members = new TreeMap<>(value.asJsonObject());
        if (members.isEmpty()) {
          text.append("{}");
          return;
        }
        text.append("{\n");
        int i = 0;
        for (var member : members.entrySet()) {
          text.append(inner).append(Json.createValue(member.getKey())).append(": ");
          write(member.getValue(), inner, text);
          text.append(++i < members.size() ? ",\n" : "\n");
        }
        text.append(indent).append('}');
      }
      case ARRAY -> {
        JsonArray items = value.asJsonArray();
        if (items.isEmpty()) {
          text.append("[]");
          return;
        }
        text.append("[\n");
        for (int i = 0; i < items.size(); i++) {
          text.append(inner);
          write(items.get(i), inner, text);
          text.append(i + 1 < items.size() ? ",\n" : "\n");
        }
        text.append(indent).append(']');
      }
      default -> text.append(value);
    }
  }

  /**
   * Every example and default of the document that its schema does not accept, as "where: what is
   * wrong", after checking each against its schema (references into {@code components} resolved,
   * with the OpenAPI 3.0 dialect of JSON Schema).
   */
  public static List<String> invalidExamples(JsonObject document, List<String> checked) {
    List<String> invalid = new ArrayList<>();
    new Walk(document, checked, invalid).node(document, "#", false);
    return invalid;
  }

  private record Walk(JsonObject document, List<String> checked, List<String> invalid) {
    private static final SchemaRegistry SCHEMAS =
        SchemaRegistry.withDialect(Dialects.getOpenApi30());

    void node(JsonValue value, String where, boolean schema) {
      if (value.getValueType() == JsonValue.ValueType.ARRAY) {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          node(array.get(i), where + "/" + i, schema);
        }
        return;
      }
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return;
      }
      JsonObject object = value.asJsonObject();
      if (schema) {
        check(object, object.get("example"), where + "/example");
        check(object, object.get("default"), where + "/default");
      } else if (object.get("schema") instanceof JsonObject itsSchema) {
        // a parameter, a header or a media type: its examples are of its schema
        check(itsSchema, object.get("example"), where + "/example");
        if (object.get("examples") instanceof JsonObject examples) {
          examples.forEach(
              (name, example) ->
                  check(
                      itsSchema,
                      example.asJsonObject().get("value"),
                      where + "/examples/" + name + "/value"));
        }
      }
      for (var member : object.entrySet()) {
        String name = member.getKey();
        if (name.equals("example") || name.equals("examples") || name.equals("default")) {
          continue; // data, not document
        }
        boolean isSchema =
            name.equals("schema")
                || (schema
                    && (name.equals("items")
                        || name.equals("additionalProperties")
                        || name.equals("not")
                        || name.equals("allOf")
                        || name.equals("anyOf")
                        || name.equals("oneOf")))
                || where.equals("#/components") && name.equals("schemas");
        String path = where + "/" + name.replace("~", "~0").replace("/", "~1");
        if ((schema && name.equals("properties")) || (isSchema && name.equals("schemas"))) {
          member.getValue().asJsonObject().forEach((child, s) -> node(s, path + "/" + child, true));
        } else {
          node(member.getValue(), path, isSchema);
        }
      }
    }

    void check(JsonObject schema, JsonValue example, String where) {
      if (example == null) {
        return;
      }
      checked.add(where);
      // The schema beside the document's components, so that its references resolve.
      JsonObject standalone =
          Json.createObjectBuilder()
              .add("components", document.getJsonObject("components"))
              .add("allOf", Json.createArrayBuilder().add(schema))
              .build();
      List<Error> errors =
          SCHEMAS
              .getSchema(standalone.toString(), InputFormat.JSON)
              .validate(example.toString(), InputFormat.JSON);
      errors.forEach(error -> invalid.add(where + ": " + error));
    }
  }
}
