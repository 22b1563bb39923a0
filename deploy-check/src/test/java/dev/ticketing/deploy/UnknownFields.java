package dev.ticketing.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds the fields a typed model did not know: fabric8's Kubernetes objects (and {@link
 * CloudNativePg}'s) keep each field of a document that they have no property for in {@code
 * additionalProperties}; this walks an object and everything it holds, and lists the path of every
 * such field.
 */
final class UnknownFields {
  private UnknownFields() {}

  /** The paths of the unknown fields in {@code object}, e.g. {@code spec.template.spec.foo}. */
  static List<String> in(Object object) {
    List<String> found = new ArrayList<>();
    walk(object, "", found);
    return found;
  }

  private static void walk(Object value, String path, List<String> found) {
    if (value == null || isPlain(value.getClass())) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> walk(item, path + "." + key, found));
      return;
    }
    if (value instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        walk(item, path + "[" + index++ + "]", found);
      }
      return;
    }
    Map<?, ?> unknown = additionalProperties(value);
    if (unknown != null) {
      unknown.keySet().forEach(name -> found.add(join(path, String.valueOf(name))));
    }
    for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            || field.getName().equals("additionalProperties")) {
          continue;
        }
        field.setAccessible(true);
        try {
          walk(field.get(value), join(path, field.getName()), found);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + type.getName() + "." + field, e);
        }
      }
    }
  }

  private static Map<?, ?> additionalProperties(Object value) {
    try {
      Method getter = value.getClass().getMethod("getAdditionalProperties");
      return (Map<?, ?>) getter.invoke(value);
    } catch (NoSuchMethodException none) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the unknown fields of " + value.getClass(), e);
    }
  }

  private static boolean isPlain(Class<?> type) {
    return type.isPrimitive()
        || type.isEnum()
        || type == String.class
        || Number.class.isAssignableFrom(type)
        || type == Boolean.class
        || type == Character.class;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
