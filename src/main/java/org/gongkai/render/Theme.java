package org.gongkai.render;

import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme: Pebble templates ({@code templates/*.peb}) and static assets ({@code static/}). The
 * built-in theme ({@code themes/default}, shipped in the jar) fills in whatever a user's theme
 * folder does not provide, file by file — the way Hugo layers a project over its theme.
 */
public final class Theme {
  static final String DEFAULT = "org/gongkai/themes/default";

  private final Path userDir;

  private Theme(Path userDir) {
    this.userDir = userDir;
  }

  /** The built-in theme alone. */
  public static Theme builtIn() {
    return new Theme(null);
  }

  /** A user's theme folder over the built-in theme. */
  public static Theme overlay(Path userDir) {
    if (!Files.isDirectory(userDir)) throw new IllegalArgumentException("theme folder not found: " + userDir);
    return new Theme(userDir.toAbsolutePath().normalize());
  }

  public Optional<Path> userDir() {
    return Optional.ofNullable(userDir);
  }

  /**
   * A hash of the user's theme folder (every file's path and bytes), or {@code "built-in"}: a site
   * built with another theme is rebuilt in full. The built-in theme changes only with the code.
   */
  public String fingerprint() {
    if (userDir == null) return "built-in";
    try (Stream<Path> walk = Files.walk(userDir)) {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        md.update(userDir.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(Files.readAllBytes(f));
        md.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot read the theme folder " + userDir + ": " + e.getMessage(), e);
    }
  }

  /** Finds templates in the user's theme first, then in the built-in one. */
  Loader<?> templateLoader() {
    List<Loader<?>> chain = new ArrayList<>();
    if (userDir != null && Files.isDirectory(userDir.resolve("templates"))) {
      FileLoader user = new FileLoader();
      user.setPrefix(userDir.resolve("templates").toString());
      chain.add(user);
    }
    ClasspathLoader builtIn = new ClasspathLoader(Theme.class.getClassLoader());
    builtIn.setPrefix(DEFAULT + "/templates");
    chain.add(builtIn);
    DelegatingLoader loader = new DelegatingLoader(chain);
    loader.setCharset("UTF-8");
    return loader;
  }

  /** Every static asset by its path below {@code static/}, the user's files replacing the built-in ones. */
  Map<String, byte[]> assets() {
    Map<String, byte[]> out = new TreeMap<>();
    withBuiltIn(dir -> readAll(dir.resolve("static"), out));
    if (userDir != null) readAll(userDir.resolve("static"), out);
    return out;
  }

  private static void readAll(Path dir, Map<String, byte[]> into) {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        into.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the built-in theme as a folder, whether the classes are a directory or a jar. */
  private static void withBuiltIn(java.util.function.Consumer<Path> action) {
    URL url = Theme.class.getClassLoader().getResource(DEFAULT);
    if (url == null) throw new IllegalStateException("built-in theme missing: " + DEFAULT);
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          action.accept(fs.provider().getPath(uri));
        }
      } else {
        action.accept(Path.of(uri));
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the built-in theme", e);
    }
  }
}
