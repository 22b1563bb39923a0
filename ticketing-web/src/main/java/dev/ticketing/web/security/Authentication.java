package dev.ticketing.web.security;

import dev.ticketing.account.Accounts;
import dev.ticketing.account.AttemptLimiter;
import dev.ticketing.account.Roles;
import dev.ticketing.database.ApplicationDataSource;
import dev.ticketing.web.http.ClientAddress;
import dev.ticketing.web.http.SecurityHeaders;
import dev.ticketing.web.problem.Problem;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, for every request (Jakarta Security):
 *
 * <ul>
 *   <li>the API: {@code Authorization: Bearer <token>}, a token from {@code POST /api/auth/token}
 *       ({@link Tokens}); a token that is not valid answers {@code 401} at once;
 *   <li>the browser UI: a login form calls {@code SecurityContext.authenticate} with the email and
 *       password; the caller is then kept in the HTTP session (a new session id is issued at login)
 *       until logout or the session ends; the session counts for the screens only, never for {@code
 *       /api};
 *   <li>anyone else is anonymous: the public catalogue and bookings without an account need no
 *       login.
 * </ul>
 *
 * Passwords are checked by the database identity store below against {@code account} ({@link
 * Accounts#HASH_ALGORITHM} and the three after it); failed logins are limited by {@link
 * LoginThrottle}.
 */
@ApplicationScoped
@DeclareRoles({Roles.ORGANISER, Roles.CUSTOMER, Roles.DOOR})
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = ApplicationDataSource.JNDI_NAME,
    callerQuery = "SELECT password_hash FROM account WHERE email = lower(?)",
    groupsQuery =
        "SELECT g.group_name FROM account_group g JOIN account a ON a.id = g.account_id"
            + " WHERE a.email = lower(?)",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      Accounts.HASH_ALGORITHM,
      Accounts.HASH_ITERATIONS,
      Accounts.HASH_SALT,
      Accounts.HASH_KEY
    })
public class Authentication implements HttpAuthenticationMechanism {
  /** The session attribute that holds the logged-in caller of a browser session. */
  static final String SESSION_CALLER = "ticketing.caller";

  /** Set on the request when a login was refused because of too many failures. */
  public static final String REFUSED_FOR = "ticketing.login.refused-for";

  @Inject private Tokens tokens;

  @Inject private IdentityStoreHandler identityStores;

  @Inject private LoginThrottle throttle;

  /** The caller of a browser session. */
  record SessionCaller(String email, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<Tokens.Verified> token = tokens.verify(authorization.substring(7).strip());
      if (token.isEmpty()) {
        return invalidToken(request, response);
      }
      return context.notifyContainerAboutLogin(token.get().email(), token.get().groups());
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      return logIn(request, context, password);
    }
    if (isApi(request)) {
      return context.doNothing(); // the session cookie means nothing here: no forged requests
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.email(), caller.groups());
    }
    return context.doNothing();
  }

  /**
   * Whether the request is for the JSON API, which knows bearer tokens only. A browser sends the
   * session cookie with any request, also one that a page of another site makes it send; were the
   * API to accept the session, such a page could publish or unpublish concerts in the name of a
   * logged-in organiser.
   */
  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "/api".equals(request.getServletPath())
        || path.equals("/api")
        || path.startsWith("/api/")
        || path.startsWith("/api;");
  }

  /** A login from the browser UI: checked, throttled, then kept in a new session. */
  private AuthenticationStatus logIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential password) {
    CredentialValidationResult result = check(password, request);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = request.getSession(true);
    request.changeSessionId(); // no session fixation: the id known before login is worthless now
    session.setAttribute(
        SESSION_CALLER,
        new SessionCaller(
            result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * Checks an email and password against the accounts, unless too many attempts failed lately (then
   * {@link #REFUSED_FOR} is set on the request and the result is invalid). The email is taken in
   * its one normalised form ({@link Accounts#canonical}) whatever way it was typed, so a valid
   * result names the account as its bookings name it. Counted against the {@link LoginThrottle}
   * before the password is hashed; the client's address is {@link ClientAddress}'s.
   */
  public CredentialValidationResult check(
      UsernamePasswordCredential typed, HttpServletRequest request) {
    String email = Accounts.canonical(typed.getCaller());
    String address = ClientAddress.of(request);
    AttemptLimiter.Outcome attempt = throttle.attempt(email, address);
    if (attempt instanceof AttemptLimiter.Refused refused) {
      request.setAttribute(REFUSED_FOR, refused.retryAfter());
      return CredentialValidationResult.INVALID_RESULT;
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(email, typed.getPassword()));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded((AttemptLimiter.Taken) attempt, email, address);
    }
    return result;
  }

  private static AuthenticationStatus invalidToken(
      HttpServletRequest request, HttpServletResponse response) {
    Problem problem =
        Problem.of(
            Response.Status.UNAUTHORIZED,
            "invalid-token",
            "Invalid token",
            "The bearer token is not valid or has expired: get a new one at POST /api/auth/token");
    try {
      SecurityHeaders.addTo(response); // written before the filters that would add them
      response.setStatus(problem.status());
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      response.setContentType(Problem.MEDIA_TYPE.toString());
      response.setCharacterEncoding("UTF-8");
      response
          .getOutputStream()
          .write(problem.toJson(request.getRequestURI()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // the client went away: nothing to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
