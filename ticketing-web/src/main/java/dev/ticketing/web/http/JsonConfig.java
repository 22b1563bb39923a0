package dev.ticketing.web.http;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * How the API reads and writes JSON. Whole-number fields accept only JSON integers that fit in 32
 * bits: {@code 2.5}, {@code "2"} and {@code 3000000000} are refused (by default JSON-B would
 * truncate, convert or overflow them); booleans only from {@code true} and {@code false}. Unknown
 * properties are ignored, so that clients written for newer versions keep working.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {
  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig()
              .withDeserializers(
                  new StrictInteger(), new StrictLong(), new StrictString(), new StrictBoolean()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  /** Reads a {@link String} only from a JSON string. */
  public static class StrictString implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (!(value instanceof JsonString text)) {
        throw new JsonbException(
            "expected a string, got " + StrictInteger.describe(value.getValueType()));
      }
      return text.getString();
    }
  }

  /** Reads a {@link Boolean} only from JSON {@code true} or {@code false}. */
  public static class StrictBoolean implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case TRUE -> true;
        case FALSE -> false;
        default ->
            throw new JsonbException(
                "expected true or false, got " + StrictInteger.describe(value.getValueType()));
      };
    }
  }

  /** Reads a {@link Long} only from a JSON integer within range. */
  public static class StrictLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal decimal = StrictInteger.wholeNumber(parser.getValue());
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException tooBig) {
        throw new JsonbException("number out of range: " + decimal.toPlainString());
      }
    }
  }

  /** Reads an {@link Integer} only from a JSON integer within range. */
  public static class StrictInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal decimal = wholeNumber(parser.getValue());
      try {
        return decimal.intValueExact();
      } catch (ArithmeticException tooBig) {
        throw new JsonbException("number out of range: " + decimal.toPlainString());
      }
    }

    static BigDecimal wholeNumber(JsonValue value) {
      if (!(value instanceof JsonNumber number)) {
        throw new JsonbException("expected a whole number, got " + describe(value.getValueType()));
      }
      BigDecimal decimal = number.bigDecimalValue();
      if (decimal.stripTrailingZeros().scale() > 0) {
        throw new JsonbException("expected a whole number, got " + decimal.toPlainString());
      }
      return decimal;
    }

    static String describe(JsonValue.ValueType type) {
      return switch (type) {
        case STRING -> "a string";
        case NUMBER -> "a number";
        case ARRAY -> "an array";
        case OBJECT -> "an object";
        case TRUE, FALSE -> "a boolean";
        default -> "null";
      };
    }
  }
}
