package dev.ticketing.booking;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps {@link UUID} to PostgreSQL's {@code uuid} type. Without it EclipseLink binds a UUID as text,
 * which PostgreSQL refuses for a uuid column.
 */
public class UuidConverter implements Converter {
  @Override
  public Object convertObjectValueToDataValue(Object objectValue, Session session) {
    return objectValue;
  }

  @Override
  public Object convertDataValueToObjectValue(Object dataValue, Session session) {
    return dataValue instanceof String text ? UUID.fromString(text) : dataValue;
  }

  @Override
  public boolean isMutable() {
    return false;
  }

  @Override
  public void initialize(DatabaseMapping mapping, Session session) {
    mapping.getField().setSqlType(Types.OTHER);
  }
}
