package dev.ticketing.deploy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of CloudNativePG's kinds ({@code postgresql.cnpg.io/v1}) that deploy/kubernetes uses,
 * named as in the operator's API ({@code api/v1/cluster_types.go}, {@code pooler_types.go}, {@code
 * scheduledbackup_types.go}). Like fabric8's models, every object keeps what it does not know in
 * {@code additionalProperties}, which {@link UnknownFields} requires empty: a misspelt or unknown
 * field fails the build instead of being dropped by the operator. A field used for the first time
 * is added here, after checking its name in the operator's API.
 */
final class CloudNativePg {
  private CloudNativePg() {}

  /** Collects the fields a class does not declare. */
  abstract static class Known {
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    @JsonAnySetter
    void unknown(String name, Object value) {
      additionalProperties.put(name, value);
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
      return additionalProperties;
    }
  }

  static final class Cluster extends Known {
    public String apiVersion;
    public String kind;
    public ObjectMeta metadata;
    public ClusterSpec spec;
  }

  static final class ClusterSpec extends Known {
    public Integer instances;
    public String imageName;
    public String primaryUpdateStrategy;
    public String primaryUpdateMethod;
    public PostgresConfiguration postgresql;
    public Bootstrap bootstrap;
    public Managed managed;
    public Storage storage;
    public Storage walStorage;
    public ResourceRequirements resources;
    public Affinity affinity;
    public Backup backup;
  }

  static final class PostgresConfiguration extends Known {
    public Map<String, String> parameters;
    public Synchronous synchronous;
  }

  static final class Synchronous extends Known {
    public String method;
    public Integer number;
    public String dataDurability;
    public Boolean failoverQuorum;
  }

  static final class Bootstrap extends Known {
    public InitDb initdb;
  }

  static final class InitDb extends Known {
    public String database;
    public String owner;
    public NameRef secret;
  }

  static final class Managed extends Known {
    public List<Role> roles;
  }

  static final class Role extends Known {
    public String name;
    public String ensure;
    public Boolean login;
    public NameRef passwordSecret;
  }

  static final class Storage extends Known {
    public String size;
    public String storageClass;
  }

  static final class Affinity extends Known {
    public Boolean enablePodAntiAffinity;
    public String topologyKey;
    public String podAntiAffinityType;
  }

  static final class Backup extends Known {
    public String retentionPolicy;
    public BarmanObjectStore barmanObjectStore;
  }

  static final class BarmanObjectStore extends Known {
    public String destinationPath;
    public S3Credentials s3Credentials;
    public Compression wal;
    public Compression data;
  }

  static final class S3Credentials extends Known {
    public KeyRef accessKeyId;
    public KeyRef secretAccessKey;
  }

  static final class Compression extends Known {
    public String compression;
  }

  static final class NameRef extends Known {
    public String name;
  }

  static final class KeyRef extends Known {
    public String name;
    public String key;
  }

  static final class Pooler extends Known {
    public String apiVersion;
    public String kind;
    public ObjectMeta metadata;
    public PoolerSpec spec;
  }

  static final class PoolerSpec extends Known {
    public NameRef cluster;
    public Integer instances;
    public String type;
    public PgBouncer pgbouncer;
    public PodTemplateSpec template;
  }

  static final class PgBouncer extends Known {
    public String poolMode;
    public Map<String, String> parameters;
  }

  static final class ScheduledBackup extends Known {
    public String apiVersion;
    public String kind;
    public ObjectMeta metadata;
    public ScheduledBackupSpec spec;
  }

  static final class ScheduledBackupSpec extends Known {
    public String schedule;
    public String backupOwnerReference;
    public String method;
    public NameRef cluster;
  }
}
