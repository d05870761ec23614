package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds of one site take turns, across processes and within one. */
class SiteLockTest {
  @TempDir Path tmp;

  private static CompletableFuture<SiteLock> acquireLater(Path site, CountDownLatch waited) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return SiteLock.acquire(site, waited::countDown);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aBuildWaitsWhileAnotherProcessHoldsTheSite() throws Exception {
    Path site = tmp.resolve("site");
    Process other = SiteLockHolder.start(site);
    try {
      CountDownLatch waited = new CountDownLatch(1);
      CompletableFuture<SiteLock> mine = acquireLater(site, waited);
      assertTrue(waited.await(30, TimeUnit.SECONDS), "told that it waits");
      Thread.sleep(300);
      assertFalse(mine.isDone(), "took the lock another process holds");
      other.getOutputStream().close(); // the other build ends
      try (SiteLock lock = mine.get(30, TimeUnit.SECONDS)) {
        assertEquals(0, other.waitFor());
      }
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  void aKilledBuildLeavesNoStaleLock() throws Exception {
    Path site = tmp.resolve("site");
    Process other = SiteLockHolder.start(site);
    other.destroyForcibly().waitFor();
    try (SiteLock lock = SiteLock.acquire(site, () -> fail("waited for a process that is gone"))) {
      assertTrue(lock != null);
    }
  }

  @Test
  void buildsInOneProcessTakeTurnsToo() throws Exception {
    Path site = tmp.resolve("site");
    CountDownLatch waited = new CountDownLatch(1);
    CompletableFuture<SiteLock> second;
    try (SiteLock first = SiteLock.acquire(site, () -> fail("nothing held it"))) {
      second = acquireLater(site, waited);
      assertTrue(waited.await(30, TimeUnit.SECONDS), "told that it waits");
      Thread.sleep(200);
      assertFalse(second.isDone(), "took a lock this process holds");
    }
    second.get(30, TimeUnit.SECONDS).close();
    // and free again afterwards
    SiteLock.acquire(site, () -> fail("released, yet waited")).close();
  }

  @Test
  void theLockLiesBesideTheSiteNotInIt() throws IOException {
    // a full build swaps the whole site folder: a lock inside would be swapped away with it
    assertEquals(tmp.resolve("out/.site.lock"), SiteLock.file(tmp.resolve("out/site/")));
  }
}
