package dev.ticketing.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Accounts and their roles, kept in the database ({@code account}, {@code account_group}); the
 * container checks passwords against the same rows (a Jakarta Security database identity store,
 * {@code dev.ticketing.web.security.Authentication}). Passwords are stored as PBKDF2 hashes only.
 */
@Stateless
@jakarta.annotation.security.DeclareRoles({Roles.ORGANISER, Roles.CUSTOMER, Roles.DOOR})
public class Accounts {
  /**
   * How passwords are hashed: PBKDF2 with HMAC-SHA-512, 210,000 iterations (OWASP's figure for this
   * function), 32 bytes of salt. The parameters are stored with each hash, so raising them later
   * keeps old passwords working.
   */
  public static final String HASH_ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";

  public static final String HASH_ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String HASH_SALT = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  public static final String HASH_KEY = "Pbkdf2PasswordHash.KeySizeBytes=64";

  /** All four, as the identity store that checks the passwords is given them too. */
  static final String[] HASH_PARAMETERS = {HASH_ALGORITHM, HASH_ITERATIONS, HASH_SALT, HASH_KEY};

  /** The shortest password accepted (NIST SP 800-63B asks for at least 8). */
  public static final int MIN_PASSWORD_LENGTH = 10;

  /** The longest password accepted (hashing a longer one costs time for nothing). */
  public static final int MAX_PASSWORD_LENGTH = 128;

  /** The longest email address (RFC 5321's path limit). */
  public static final int MAX_EMAIL_LENGTH = 254;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  /** Account ids by email: accounts are never deleted nor renamed, so these never go stale. */
  private static final Map<String, Long> IDS = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @Inject private RegistrationLimit registrations;

  @PostConstruct
  void configure() {
    Map<String, String> parameters = new java.util.HashMap<>();
    for (String parameter : HASH_PARAMETERS) {
      String[] pair = parameter.split("=", 2);
      parameters.put(pair[0], pair[1]);
    }
    passwordHash.initialize(parameters);
  }

  /**
   * Creates a customer account. The cheap refusals come first (a malformed email, a weak password,
   * an email taken), then the address's {@link RegistrationLimit}, and only then the password's
   * hash: a refused request costs no hash.
   *
   * @param address the client's address, as the edge resolved it
   * @return the account's email, normalised (lower case)
   * @throws AccountRefusedException if the email is malformed or taken, or the password too weak
   * @throws TooManyRegistrationsException if the address registered too many accounts lately
   */
  public String register(String email, String password, String address) {
    String normalised = normalise(email);
    checkPassword(password);
    if (!em.createNativeQuery("SELECT 1 FROM account WHERE email = ?1")
        .setParameter(1, normalised)
        .getResultList()
        .isEmpty()) {
      throw emailTaken();
    }
    registrations.admit(address);
    return create(normalised, password, Roles.CUSTOMER).orElseThrow(Accounts::emailTaken);
  }

  private static AccountRefusedException emailTaken() {
    return new AccountRefusedException(
        AccountRefusedException.Reason.EMAIL_TAKEN, "An account with this email exists already");
  }

  /**
   * Creates an organiser account unless one with this email exists (then nothing changes: its
   * password stays what its owner made it).
   *
   * @return whether it was created now
   */
  public boolean ensureOrganiser(String email, String password) {
    String normalised = normalise(email);
    checkPassword(password);
    return create(normalised, password, Roles.ORGANISER).isPresent();
  }

  /**
   * Creates a door account: it may check tickets in ({@link Roles#DOOR}) and do nothing else.
   *
   * @return the account's email, normalised
   * @throws AccountRefusedException if the email is malformed or taken, or the password too weak
   */
  @jakarta.annotation.security.RolesAllowed(Roles.ORGANISER)
  public String createDoorAccount(String email, String password) {
    String normalised = normalise(email);
    checkPassword(password);
    return create(normalised, password, Roles.DOOR).orElseThrow(Accounts::emailTaken);
  }

  /** The door accounts' emails, in order. */
  @jakarta.annotation.security.RolesAllowed(Roles.ORGANISER)
  public List<String> doorAccounts() {
    return em
        .createNativeQuery(
            "SELECT a.email FROM account a JOIN account_group g ON g.account_id = a.id"
                + " WHERE g.group_name = ?1 ORDER BY a.email")
        .setParameter(1, Roles.DOOR)
        .getResultList()
        .stream()
        .map(String.class::cast)
        .toList();
  }

  private Optional<String> create(String normalised, String password, String group) {
    List<?> created =
        em.createNativeQuery(
                "INSERT INTO account (email, password_hash) VALUES (?1, ?2)"
                    + " ON CONFLICT (email) DO NOTHING RETURNING id")
            .setParameter(1, normalised)
            .setParameter(2, passwordHash.generate(password.toCharArray()))
            .getResultList();
    if (created.isEmpty()) {
      return Optional.empty();
    }
    em.createNativeQuery("INSERT INTO account_group (account_id, group_name) VALUES (?1, ?2)")
        .setParameter(1, ((Number) created.get(0)).longValue())
        .setParameter(2, group)
        .executeUpdate();
    return Optional.of(normalised);
  }

  /**
   * The id of the account with this email (as the container names a logged-in caller).
   *
   * @throws IllegalStateException if there is none: a caller the container logged in has one
   */
  public long idOf(String email) {
    Long known = IDS.get(email);
    if (known != null) {
      return known;
    }
    List<?> found =
        em.createNativeQuery("SELECT id FROM account WHERE email = ?1")
            .setParameter(1, normalise(email))
            .getResultList();
    if (found.isEmpty()) {
      throw new IllegalStateException("no account " + email);
    }
    long id = ((Number) found.get(0)).longValue();
    IDS.put(email, id);
    return id;
  }

  /**
   * An email address as accounts store it: trimmed, lower case.
   *
   * @throws AccountRefusedException if it is not an email address
   */
  public static String normalise(String email) {
    String normalised = canonical(email);
    if (normalised.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(normalised).matches()) {
      throw new AccountRefusedException(
          AccountRefusedException.Reason.INVALID_EMAIL,
          "Not an email address (name@example.com, at most " + MAX_EMAIL_LENGTH + " characters)");
    }
    return normalised;
  }

  /**
   * An email as accounts store it (trimmed, lower case), without checking that it is one: the one
   * form in which every way of logging in names an account, so that {@code Alice@Example.com} is
   * {@code alice@example.com} everywhere.
   */
  public static String canonical(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  private static void checkPassword(String password) {
    if (password == null
        || password.length() < MIN_PASSWORD_LENGTH
        || password.length() > MAX_PASSWORD_LENGTH
        || password.isBlank()) {
      throw new AccountRefusedException(
          AccountRefusedException.Reason.WEAK_PASSWORD,
          "A password has " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters");
    }
  }
}
