package dev.ticketing.web.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback between the application and PostgreSQL that can misbehave on command, as
 * networks do: pass traffic, delay it, swallow it (a black hole: connections are accepted and
 * nothing ever comes back), or reset every connection. No external tool (toxiproxy, netem) is
 * available on these machines, so it is written here.
 */
final class FaultProxy implements AutoCloseable {
  enum Mode {
    PASS,
    /** Every chunk of data is held back {@link #latencyMillis} before it is passed on. */
    LATENCY,
    /** Connections are accepted and kept open, and nothing is passed either way. */
    BLACK_HOLE,
    /** Open connections are reset, new ones are accepted and reset at once. */
    RESET
  }

  private final ServerSocket server;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile Mode mode = Mode.PASS;
  private volatile long latencyMillis;
  private volatile boolean closed;

  FaultProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "fault-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  void pass() {
    mode = Mode.PASS;
  }

  void delay(long millis) {
    latencyMillis = millis;
    mode = Mode.LATENCY;
  }

  void blackHole() {
    mode = Mode.BLACK_HOLE;
  }

  /** Resets every open connection now, and every new one until {@link #pass()}. */
  void reset() {
    mode = Mode.RESET;
    open.forEach(FaultProxy::resetQuietly);
  }

  /** Resets every open connection once; new ones pass. */
  void resetOpenConnections() {
    open.forEach(FaultProxy::resetQuietly);
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        if (mode == Mode.RESET) {
          resetQuietly(client);
          continue;
        }
        open.add(client);
        Socket upstream = new Socket();
        try {
          upstream.connect(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2000);
        } catch (IOException down) {
          open.remove(client);
          resetQuietly(client); // as a refused connection looks to the client
          continue;
        }
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        if (!closed) {
          sleep(10);
        }
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  while (mode == Mode.BLACK_HOLE && !from.isClosed()) {
                    sleep(20);
                  }
                  if (mode == Mode.LATENCY) {
                    sleep(latencyMillis);
                  }
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException ended) {
                // one side closed or was reset: close the other
              } finally {
                open.remove(from);
                open.remove(to);
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "fault-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void resetQuietly(Socket socket) {
    try {
      socket.setSoLinger(true, 0); // close with RST, not FIN
    } catch (SocketException ignored) {
      // already closed
    }
    closeQuietly(socket);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    open.forEach(FaultProxy::closeQuietly);
  }
}
