package org.gongkai.publish;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Another process building a site: takes its lock, says "locked", holds it until its input closes. */
public final class SiteLockHolder {
  private SiteLockHolder() {}

  public static void main(String[] args) throws Exception {
    try (SiteLock lock = SiteLock.acquire(Path.of(args[0]), () -> {})) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock until the test closes our input
      }
    }
  }

  /** Starts a holder of {@code site}'s lock and returns once it holds it. */
  public static Process start(Path site) throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), SiteLockHolder.class.getName(),
        site.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    var lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = lines.readLine();
    if (!"locked".equals(first)) {
      p.destroyForcibly();
      throw new IllegalStateException("the lock holder said " + first);
    }
    return p;
  }
}
