package org.crimegun.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Runs Neo4j 5.26 Community embedded with Bolt on loopback, for crimegun-graph's
 * local default (npm start) and its throwaway test databases.
 *
 * Protocol with the Node parent: one line "READY <boltPort>" on stdout when Bolt
 * answers; on failure "FAILED <reason>" and exit code 2. It stops when stdin closes
 * or the parent process disappears, so a hard-killed parent never leaves a JVM behind.
 *
 * Arguments (all required, as --key=value): --home, --plugins, --port, --password,
 * --pagecache (e.g. 512m), --tx-timeout (e.g. 30s).
 */
public final class Launcher {
  private Launcher() {}

  /**
   * The launcher's own set-up statements (password, first query) get a timeout of their own: the
   * configured db.transaction.timeout is meant for the service's statements, and on a loaded
   * machine a cold ALTER USER can outlast it, failing the start.
   */
  private static final long SETUP_TIMEOUT_MINUTES = 10;

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable e) {
      // Whatever goes wrong, the parent hears of it and no half-started JVM lingers.
      fail("Neo4j did not start: " + rootMessage(e));
    }
  }

  private static void run(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    Path home = Path.of(require(opts, "home")).toAbsolutePath();
    Path plugins = Path.of(require(opts, "plugins")).toAbsolutePath();
    int port = Integer.parseInt(require(opts, "port"));
    String password = require(opts, "password");
    CountDownLatch stop = new CountDownLatch(1);
    // Watch the parent from the first moment: a parent that dies during start-up takes this JVM with it.
    watchParent(stop);

    if (!portIsFree(port)) {
      fail("port " + port + " on 127.0.0.1 is already in use");
    }
    Files.createDirectories(home);

    Map<String, String> config = new HashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", "127.0.0.1:" + port);
    config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    config.put("server.bolt.tls_level", "DISABLED");
    config.put("server.directories.plugins", plugins.toString());
    config.put("dbms.security.auth_enabled", "true");
    config.put("dbms.security.procedures.unrestricted", "gds.*,apoc.*");
    config.put("dbms.security.procedures.allowlist", "gds.*,apoc.*");
    config.put("server.memory.pagecache.size", opts.getOrDefault("pagecache", "512m"));
    config.put("db.transaction.timeout", opts.getOrDefault("tx-timeout", "60s"));
    // No usage reports leave a restricted network.
    config.put("dbms.usage_report.enabled", "false");

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(writeConfig(home, config)).build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.shutdown();
      stop.countDown();
    }, "neo4j-shutdown"));

    setPassword(service, password);
    GraphDatabaseService db = service.database("neo4j");
    try (Transaction tx = db.beginTx(SETUP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      tx.execute("RETURN 1").close();
      tx.commit();
    }

    System.out.println("READY " + port);
    System.out.flush();
    stop.await();
    System.exit(0);
  }

  /** Writes the settings as a neo4j.conf in the home folder, where a user can read what the local Neo4j runs with. */
  private static Path writeConfig(Path home, Map<String, String> config) throws IOException {
    Path conf = home.resolve("conf").resolve("neo4j.conf");
    Files.createDirectories(conf.getParent());
    StringBuilder text = new StringBuilder("# Written by crimegun-graph's launcher at every start; edits are overwritten.\n");
    config.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> text.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
    Files.writeString(conf, text.toString());
    return conf;
  }

  /**
   * The built-in user must not keep Neo4j's default password, nor require a change on first login.
   * On a restart the password is usually set already, and Neo4j refuses to "change" it to itself.
   */
  private static void setPassword(DatabaseManagementService service, String password) {
    GraphDatabaseService system = service.database("system");
    try {
      try (Transaction tx = system.beginTx(SETUP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        tx.execute("ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password)).close();
        tx.commit();
      }
    } catch (RuntimeException e) {
      if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  /** Exit when stdin reaches end of file (parent closed the pipe or died) or the parent process is gone. */
  private static void watchParent(CountDownLatch stop) {
    long parentPid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    Thread stdinWatch = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // Input is ignored; only end of file matters.
        }
      } catch (IOException ignored) {
        // A broken pipe means the parent is gone, as end of file does.
      }
      System.exit(0);
    }, "parent-stdin-watch");
    stdinWatch.setDaemon(true);
    stdinWatch.start();

    Thread pidWatch = new Thread(() -> {
      while (stop.getCount() > 0) {
        boolean alive = parentPid > 0 && ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
          System.exit(0);
        }
        try {
          TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "parent-pid-watch");
    pidWatch.setDaemon(true);
    pidWatch.start();
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        fail("bad argument " + arg + " (expected --key=value)");
      }
      int eq = arg.indexOf('=');
      opts.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    return opts;
  }

  private static String require(Map<String, String> opts, String key) {
    String value = opts.get(key);
    if (value == null || value.isBlank()) {
      fail("missing --" + key);
    }
    return value;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static void fail(String reason) {
    System.out.println("FAILED " + reason.replace('\n', ' '));
    System.out.flush();
    System.exit(2);
  }
}
