package dev.ticketing.web.openapi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Builds the OpenAPI schemas of the API's request and response types from the Java types
 * themselves: the Bean Validation annotations that the code enforces become the schema's {@code
 * required}, {@code minimum}, {@code maximum}, {@code minLength}, {@code maxLength}, {@code
 * minItems} and {@code maxItems}; {@code @Schema(description, example)} on a field adds words. (The
 * server's own generator mistypes records, lists and numbers, and fills schemas with constraints
 * nobody wrote, such as {@code maxProperties: 0}.)
 */
final class SchemaGenerator {
  private final Map<String, Schema> schemas = new LinkedHashMap<>();

  /** The schemas of these classes and every model class they use, by schema name. */
  Map<String, Schema> generate(List<Class<?>> models) {
    models.forEach(this::model);
    return schemas;
  }

  static String nameOf(Class<?> type) {
    var annotation =
        type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    return annotation != null && !annotation.name().isEmpty()
        ? annotation.name()
        : type.getSimpleName();
  }

  private Schema model(Class<?> type) {
    String name = nameOf(type);
    if (!schemas.containsKey(name)) {
      Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
      schemas.put(name, schema); // before the fields: a type may refer to itself
      var annotation =
          type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
      if (annotation != null && !annotation.description().isEmpty()) {
        schema.description(annotation.description());
      }
      List<String> required = new ArrayList<>();
      for (Field field : fieldsOf(type)) {
        schema.addProperty(field.getName(), property(field));
        if (isRequired(field, type.isRecord())) {
          required.add(field.getName());
        }
      }
      if (!required.isEmpty()) {
        schema.required(required);
      }
    }
    return OASFactory.createSchema().ref(name);
  }

  private static List<Field> fieldsOf(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        try {
          fields.add(type.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException impossible) {
          throw new IllegalStateException(impossible);
        }
      }
    } else {
      for (Field field : type.getFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private static boolean isRequired(Field field, boolean responseRecord) {
    var annotation =
        field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (annotation != null && annotation.required()) {
      return true;
    }
    return field.isAnnotationPresent(NotNull.class)
        || field.isAnnotationPresent(NotBlank.class)
        || field.isAnnotationPresent(NotEmpty.class)
        // A response record always carries its primitive components; references may be absent.
        || (responseRecord && field.getType().isPrimitive());
  }

  private Schema property(Field field) {
    Schema schema = typeSchema(field.getGenericType());
    var annotation =
        field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (annotation != null) {
      if (!annotation.description().isEmpty()) {
        schema = wrapIfRef(schema).description(annotation.description());
      }
      if (!annotation.example().isEmpty()) {
        schema = wrapIfRef(schema).example(example(schema, annotation.example()));
      }
      if (annotation.enumeration().length > 0) {
        schema.enumeration(List.of((Object[]) annotation.enumeration()));
      }
    }
    Min min = field.getAnnotation(Min.class);
    if (min != null) {
      schema.minimum(BigDecimal.valueOf(min.value()));
    }
    Max max = field.getAnnotation(Max.class);
    if (max != null) {
      schema.maximum(BigDecimal.valueOf(max.value()));
    }
    Size size = field.getAnnotation(Size.class);
    boolean array = schema.getType() == SchemaType.ARRAY;
    if (size != null) {
      if (array) {
        schema.minItems(size.min()).maxItems(size.max());
      } else {
        schema.minLength(size.min()).maxLength(size.max());
      }
    }
    if (field.isAnnotationPresent(NotEmpty.class) && array) {
      schema.minItems(Math.max(1, schema.getMinItems() == null ? 1 : schema.getMinItems()));
    }
    if (field.isAnnotationPresent(NotBlank.class)) {
      schema.minLength(Math.max(1, schema.getMinLength() == null ? 1 : schema.getMinLength()));
      schema.pattern("\\S");
    }
    return schema;
  }

  /** A $ref cannot carry other keywords in OpenAPI 3.0: wrap it in allOf to describe it. */
  private static Schema wrapIfRef(Schema schema) {
    return schema.getRef() == null ? schema : OASFactory.createSchema().addAllOf(schema);
  }

  private static Object example(Schema schema, String text) {
    if (schema.getType() == SchemaType.INTEGER) {
      return Long.valueOf(text);
    }
    return text;
  }

  private Schema typeSchema(Type type) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw
        && List.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(typeSchema(parameterized.getActualTypeArguments()[0]));
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw
        && Map.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(SchemaType.OBJECT)
          .additionalPropertiesSchema(typeSchema(parameterized.getActualTypeArguments()[1]));
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (raw == int.class || raw == Integer.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (raw == long.class || raw == Long.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (raw == OffsetDateTime.class || raw == Instant.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
    }
    if (raw == URI.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("uri");
    }
    if (raw == UUID.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("uuid");
    }
    return model(raw);
  }
}
