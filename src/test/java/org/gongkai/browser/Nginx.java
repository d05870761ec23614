package org.gongkai.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx in the foreground as a child process, serving a built site under
 * {@link BrowserTools#BASE_PATH} on a free loopback port with the CSP a government portal would
 * send ({@code default-src 'self'}) and the site's 404 page for missing URLs. Its pid file, logs
 * and temp folders live in {@code dir}, so it needs no root-owned path; {@code master_process
 * off} keeps it one process that runs as the invoking user (as root it would otherwise hand the
 * work to "nobody", who cannot read a private temp folder).
 */
final class Nginx implements AutoCloseable {
  private static final Path MIME_TYPES = Path.of("/etc/nginx/mime.types");
  private final Process process;
  private final Path dir;
  private final int port;

  private Nginx(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  static Nginx start(Path nginx, Path site, Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("temp"));
    int port = freePort();
    Path conf = dir.resolve("nginx.conf");
    Files.writeString(conf, config(site.toAbsolutePath(), dir.toAbsolutePath(), port), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(List.of(nginx.toString(), "-c", conf.toAbsolutePath().toString(),
        "-p", dir.toAbsolutePath() + "/", "-e", dir.toAbsolutePath().resolve("error.log").toString(),
        "-g", "daemon off;"))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("nginx.out").toFile())
        .start();
    Nginx n = new Nginx(p, dir, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new IOException("nginx exited with " + p.exitValue() + ":\n" + n.log());
      try {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        return n;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    n.close();
    throw new IOException("nginx did not listen on port " + port + " within 15 s:\n" + n.log());
  }

  static String config(Path site, Path dir, int port) {
    String d = dir.toString();
    return """
        worker_processes 1;
        master_process off;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 64; }
        http {
          %5$s
          default_type application/octet-stream;
          # a 10,000-character query in the URL (SearchPageTest's hostile input)
          large_client_header_buffers 4 128k;
          charset utf-8;
          charset_types text/css application/javascript application/json text/csv application/xml application/yaml text/plain;
          access_log %1$s/access.log;
          client_body_temp_path %1$s/temp/body;
          proxy_temp_path %1$s/temp/proxy;
          fastcgi_temp_path %1$s/temp/fastcgi;
          uwsgi_temp_path %1$s/temp/uwsgi;
          scgi_temp_path %1$s/temp/scgi;
          server {
            listen 127.0.0.1:%2$d;
            server_name localhost;
            add_header Content-Security-Policy "default-src 'self'" always;
            error_page 404 %4$s404.html;
            location %4$s {
              alias %3$s/;
              index index.html;
              # Every type the site serves, spelled out: this block replaces (not extends) the
              # system's mime.types, which lacks csv and yaml and calls xml text/xml.
              types {
                text/html html;
                text/css css;
                application/javascript js;
                application/json json;
                text/csv csv;
                application/xml xml;
                image/svg+xml svg;
                application/yaml yaml;
                text/plain txt;
              }
            }
          }
        }
        """.formatted(d, port, site, BrowserTools.BASE_PATH,
        Files.isRegularFile(MIME_TYPES) ? "include " + MIME_TYPES + ";" : "");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  /** The site's address: {@code http://127.0.0.1:PORT/xxgk/ndbg/}. */
  String base() {
    return "http://127.0.0.1:" + port + BrowserTools.BASE_PATH;
  }

  String log() {
    StringBuilder b = new StringBuilder();
    for (String f : List.of("nginx.out", "error.log")) {
      try {
        Path p = dir.resolve(f);
        if (Files.exists(p)) b.append(Files.readString(p, StandardCharsets.UTF_8));
      } catch (IOException e) {
        b.append("(cannot read ").append(f).append(")");
      }
    }
    return b.toString();
  }

  @Override
  public void close() {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
