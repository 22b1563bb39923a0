package dev.ticketing.web.http;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation may read and descend into every property of a request body. The default resolver,
 * when JPA is present, asks every persistence provider whether each property is loaded (a lazy
 * entity association must not be fetched to validate it), through a lock that every request takes.
 * The bodies of this API are plain JSON objects, never entities: there is nothing to ask. Named in
 * {@code META-INF/validation.xml}.
 */
public class EverythingReachable implements TraversableResolver {
  @Override
  public boolean isReachable(
      Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
    return true;
  }
}
