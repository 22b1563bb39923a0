package dev.ticketing.web.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} is believed ({@code ticketing.http.trusted-proxies}: a
 * comma-separated list of addresses and CIDR ranges, IPv4 or IPv6; empty: none), and who the client
 * is according to them.
 *
 * <p>Each proxy appends the address it was connected from to {@code X-Forwarded-For}. Read from the
 * right, the entries up to the first address that is not a trusted proxy were written by trusted
 * proxies; that first one is the client. Everything to its left was written by the client itself
 * and is worth nothing. Only a peer that is itself a trusted proxy is asked at all.
 */
public final class TrustedProxies {
  /** An address literal: never a host name, which would need a DNS look-up. */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /**
   * @param list the setting's value, e.g. {@code 127.0.0.1/32, 10.0.0.0/8, ::1}; empty or null:
   *     none
   * @throws IllegalArgumentException if an entry is not an address or a CIDR range
   */
  public static TrustedProxies parse(String list) {
    List<Range> ranges = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split(",")) {
        if (!entry.isBlank()) {
          ranges.add(Range.parse(entry.strip()));
        }
      }
    }
    return new TrustedProxies(ranges);
  }

  /**
   * The client's address.
   *
   * @param peer the address the request came from ({@code getRemoteAddr()})
   * @param forwardedFor the request's {@code X-Forwarded-For} headers, in order (none: empty)
   */
  public String client(String peer, List<String> forwardedFor) {
    InetAddress peerAddress = address(peer);
    if (peerAddress == null || !trusts(peerAddress)) {
      return peerAddress == null ? peer : peerAddress.getHostAddress();
    }
    List<String> hops =
        forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(","))).toList();
    String nearest = peerAddress.getHostAddress();
    for (int i = hops.size() - 1; i >= 0; i--) {
      InetAddress hop = address(hops.get(i));
      if (hop == null) {
        return nearest; // not written by a proxy we trust: the last trusted hop is all we know
      }
      if (!trusts(hop)) {
        return hop.getHostAddress();
      }
      nearest = hop.getHostAddress();
    }
    return nearest;
  }

  boolean trusts(InetAddress address) {
    return ranges.stream().anyMatch(range -> range.contains(address));
  }

  /** The address an entry names, or null if it is not an address literal. */
  static InetAddress address(String entry) {
    if (entry == null) {
      return null;
    }
    String literal = entry.strip();
    if (literal.startsWith("[") && literal.indexOf(']') > 0) {
      literal = literal.substring(1, literal.indexOf(']')); // [v6]:port
    } else if (literal.indexOf(':') > 0 && literal.indexOf(':') == literal.lastIndexOf(':')) {
      literal = literal.substring(0, literal.indexOf(':')); // v4:port
    }
    if (!LITERAL.matcher(literal).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(literal); // a literal: parsed, never looked up
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private record Range(byte[] network, int prefix) {
    static Range parse(String entry) {
      int slash = entry.indexOf('/');
      InetAddress address = address(slash < 0 ? entry : entry.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException(
            "ticketing.http.trusted-proxies: not an address or CIDR range: " + entry);
      }
      int bits = address.getAddress().length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1).strip());
      } catch (NumberFormatException e) {
        prefix = -1;
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException(
            "ticketing.http.trusted-proxies: not a prefix length of 0 to " + bits + ": " + entry);
      }
      return new Range(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
