package dev.ticketing.web.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives the examples and defaults of the document their schema's JSON type. Annotations can only
 * hold text ({@code example = "100"}, {@code @DefaultValue("100")}, an {@code @ExampleObject} of a
 * whole JSON body), and the server writes text as a JSON string: a client generator or a linter
 * then sees the string {@code "100"} where the schema says integer, or a string where it says
 * object. Also types the API's numeric path and query parameters (all of them ids or counts) as
 * integers, where the server says {@code number} for a Java {@code long}.
 */
final class TypedExamples {
  private final Map<String, Schema> schemas;

  private TypedExamples(Map<String, Schema> schemas) {
    this.schemas = schemas;
  }

  static void apply(OpenAPI openAPI) {
    TypedExamples typing = new TypedExamples(openAPI.getComponents().getSchemas());
    if (openAPI.getPaths() != null) {
      openAPI
          .getPaths()
          .getPathItems()
          .values()
          .forEach(
              item ->
                  item.getOperations()
                      .values()
                      .forEach(
                          operation -> {
                            if (operation.getParameters() != null) {
                              operation.getParameters().forEach(typing::parameter);
                            }
                            if (operation.getRequestBody() != null) {
                              typing.content(operation.getRequestBody().getContent());
                            }
                            if (operation.getResponses() != null) {
                              operation.getResponses().getAPIResponses().values().stream()
                                  .map(APIResponse::getContent)
                                  .forEach(typing::content);
                            }
                          }));
    }
    if (openAPI.getComponents().getResponses() != null) {
      openAPI.getComponents().getResponses().values().stream()
          .map(APIResponse::getContent)
          .forEach(typing::content);
    }
  }

  private void parameter(Parameter parameter) {
    Schema schema = parameter.getSchema();
    if (schema == null) {
      return;
    }
    if (schema.getType() == SchemaType.NUMBER && schema.getFormat() == null) {
      schema.type(SchemaType.INTEGER).format("int64");
    }
    schema.setDefaultValue(typed(schema, schema.getDefaultValue()));
    parameter.setExample(typed(schema, parameter.getExample()));
    if (parameter.getExamples() != null) {
      parameter.getExamples().values().forEach(e -> e.setValue(typed(schema, e.getValue())));
    }
  }

  private void content(Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    for (MediaType media : content.getMediaTypes().values()) {
      Schema schema = media.getSchema();
      if (schema != null) {
        media.setExample(typed(schema, media.getExample()));
        if (media.getExamples() != null) {
          media.getExamples().values().forEach(e -> e.setValue(typed(schema, e.getValue())));
        }
      }
    }
  }

  private Object typed(Schema schema, Object value) {
    if (!(value instanceof String text)) {
      return value;
    }
    SchemaType type = typeOf(schema);
    if (type == null || type == SchemaType.STRING) {
      return value;
    }
    try {
      return switch (type) {
        case INTEGER -> Long.valueOf(text.strip());
        case NUMBER -> new BigDecimal(text.strip());
        case BOOLEAN -> Boolean.valueOf(text.strip());
        case OBJECT, ARRAY -> plain(Json.createReader(new StringReader(text)).readValue());
        default -> value;
      };
    } catch (RuntimeException notOfItsType) {
      return value; // left as written: the document's own test names it
    }
  }

  private SchemaType typeOf(Schema schema) {
    for (int depth = 0; schema != null && depth < 10; depth++) {
      if (schema.getType() != null) {
        return schema.getType();
      }
      String ref = schema.getRef();
      schema = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return null;
  }

  /** As plain maps, lists, strings, numbers and booleans, which the document's writer knows. */
  private static Object plain(JsonValue json) {
    return switch (json.getValueType()) {
      case OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        ((JsonObject) json).forEach((name, value) -> object.put(name, plain(value)));
        yield object;
      }
      case ARRAY -> {
        List<Object> array = new ArrayList<>();
        ((JsonArray) json).forEach(value -> array.add(plain(value)));
        yield array;
      }
      case STRING -> ((JsonString) json).getString();
      case NUMBER ->
          ((JsonNumber) json).isIntegral()
              ? (Object) ((JsonNumber) json).longValueExact()
              : ((JsonNumber) json).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }
}
