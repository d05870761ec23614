package org.gongkai.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.SourceMap;
import org.gongkai.diag.SourcePos;

/**
 * Reads the YAML that report files are written in — block mappings with plain ASCII keys, block
 * sequences, one-line flow sequences and mappings of scalars, one-line plain and quoted scalars,
 * literal block scalars ({@code |}), comments — into exactly the tree and positions
 * {@link YamlTree} gets from SnakeYAML, several times faster: SnakeYAML's scanner and composer
 * were half the cost of loading a report. Anything else (anchors, aliases, tags, folded or
 * multi-line scalars, escapes, tabs, a CR without LF, duplicate keys, a line it cannot place)
 * returns null, and SnakeYAML reads the file, with its findings; the fast path never reports a
 * problem of its own. {@code YamlFastPathTest} checks that both give the same result for every
 * file the fast path takes: the seeds, the test files, generated reports and mutations of them.
 */
final class YamlFastPath {
  /** Thrown (without a stack) when the text leaves the shapes read here. */
  private static final class NotSimple extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotSimple INSTANCE = new NotSimple();

    private NotSimple() {
      super(null, null, false, false);
    }
  }

  /** Deeper than any report; SnakeYAML's own limit (20) is then the one that speaks. */
  private static final int MAX_DEPTH = 10;

  private final char[] t;
  private final String file;
  private final int[] starts; // each line's first char
  private final int[] ends; // each line's end (its '\n', or the text's end)
  private final int lines;
  private final boolean supplementary; // columns count code points, as SnakeYAML's marks do
  private final Map<String, SourcePos> positions = new HashMap<>(1024);
  /** The first line after what the last collection or block scalar read. */
  private int next;

  private YamlFastPath(char[] t, String file, int[] starts, int[] ends, int lines, boolean supplementary) {
    this.t = t;
    this.file = file;
    this.starts = starts;
    this.ends = ends;
    this.lines = lines;
    this.supplementary = supplementary;
  }

  /** The tree and positions of {@code text}, or null when SnakeYAML must read it. */
  static YamlTree.Parsed parse(String text, String file) {
    char[] t = text.toCharArray();
    // one pass: refuse what is read elsewhere, and note where lines begin and end
    int[] starts = new int[64];
    int[] ends = new int[64];
    int line = 0;
    boolean supplementary = false;
    for (int i = 0; i < t.length; i++) {
      char c = t[i];
      if (c >= 0x20 && c <= 0x7E) continue;
      if (c == '\n' || c == '\r' && i + 1 < t.length && t[i + 1] == '\n') {
        // a line break: LF, or CR LF (Windows editors; SnakeYAML reads both as "\n")
        if (line + 2 > starts.length) {
          starts = Arrays.copyOf(starts, 2 * starts.length);
          ends = Arrays.copyOf(ends, 2 * ends.length);
        }
        ends[line] = i;
        if (c == '\r') i++;
        starts[++line] = i + 1;
      } else if (c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029 || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) {
        continue; // Han, punctuation, letters
      } else if (Character.isHighSurrogate(c) && i + 1 < t.length && Character.isLowSurrogate(t[i + 1])) {
        supplementary = true;
        i++;
      } else {
        return null; // tabs, a CR alone, NEL and the other line breaks, controls, BOM, lone surrogates, noncharacters
      }
    }
    ends[line] = t.length;
    int count = line + 1;
    // a final '\n' makes no line of its own
    int lines = count > 1 && starts[count - 1] == t.length ? count - 1 : count;
    try {
      return new YamlFastPath(t, file, starts, ends, lines, supplementary).document();
    } catch (NotSimple e) {
      return null;
    }
  }

  private YamlTree.Parsed document() {
    int first = content(0);
    if (first == lines || leading(first) != 0 || keyEnd(starts[first], ends[first]) < 0) return null;
    positions.put("", SourcePos.startOf(file));
    ObjectNode root = mapping(0, first, starts[first], "", 1);
    if (next != lines) return null;
    return new YamlTree.Parsed(root, new SourceMap(file, positions), List.of());
  }

  /**
   * A block mapping whose keys are at column {@code indent}; its first key at {@code at} on
   * {@code line} (after a sequence's dash, or at the line's indent).
   */
  private ObjectNode mapping(int indent, int line, int at, String pointer, int depth) {
    if (depth > MAX_DEPTH) throw NotSimple.INSTANCE;
    ObjectNode out = YamlTree.JSON.objectNode();
    while (true) {
      int colon = keyEnd(at, ends[line]);
      if (colon < 0) throw NotSimple.INSTANCE;
      String key = new String(t, at, colon - at);
      if (out.has(key)) throw NotSimple.INSTANCE; // SnakeYAML's path reports it
      String p = pointer + "/" + key; // keys are [A-Za-z_][A-Za-z0-9_]*: nothing to escape
      int end = ends[line];
      int v = spaces(colon + 1, end);
      int after;
      if (v == end || t[v] == '#') {
        // nothing on the key's line: a collection below it, or an empty value
        int below = content(line + 1);
        int c = below < lines ? leading(below) : -1;
        boolean dash = below < lines && dash(below, c);
        if (c > indent || c == indent && dash) {
          positions.put(p, pos(line, at)); // a block collection points at its key
          out.set(key, dash ? sequence(c, below, p, depth + 1) : mapping(c, below, starts[below] + c, p, depth + 1));
          after = next;
        } else {
          // SnakeYAML's empty scalar sits just after the colon
          positions.put(p, pos(line, colon + 1));
          out.set(key, YamlTree.JSON.nullNode());
          after = line + 1;
        }
      } else {
        positions.put(p, pos(line, v));
        out.set(key, value(line, v, indent, p));
        after = next;
      }
      int n = content(after);
      if (n == lines) {
        next = lines;
        return out;
      }
      int c = leading(n);
      if (c < indent) {
        next = n;
        return out;
      }
      if (c > indent || dash(n, c)) throw NotSimple.INSTANCE;
      line = n;
      at = starts[n] + c;
    }
  }

  /** A block sequence whose dashes are at column {@code indent}, the first on {@code line}. */
  private ArrayNode sequence(int indent, int line, String pointer, int depth) {
    if (depth > MAX_DEPTH) throw NotSimple.INSTANCE;
    ArrayNode out = YamlTree.JSON.arrayNode();
    for (int i = 0; ; i++) {
      int end = ends[line];
      int dashAt = starts[line] + indent;
      int v = spaces(dashAt + 1, end);
      if (v == end || t[v] == '#' || v == dashAt + 1) throw NotSimple.INSTANCE; // an item below its dash
      String p = pointer + "/" + i;
      positions.put(p, pos(line, v));
      if (keyEnd(v, end) >= 0) {
        out.add(mapping(column(line, v), line, v, p, depth + 1));
      } else {
        if (t[v] == '|') throw NotSimple.INSTANCE;
        out.add(value(line, v, indent, p));
      }
      int n = content(next);
      if (n == lines) {
        next = lines;
        return out;
      }
      int c = leading(n);
      if (c > indent) throw NotSimple.INSTANCE;
      if (c < indent || !dash(n, c)) {
        next = n;
        return out;
      }
      line = n;
    }
  }

  /**
   * The value starting at {@code v} on {@code line}, the key's mapping at column
   * {@code indent}; sets {@link #next} to the line after it.
   */
  private JsonNode value(int line, int v, int indent, String pointer) {
    int end = ends[line];
    JsonNode node;
    switch (t[v]) {
      case '|' -> {
        return literal(line, v, indent);
      }
      case '[', '{' -> {
        int[] at = {v + 1};
        node = flow(line, at, pointer, t[v] == '[' ? ']' : '}');
        v = at[0];
      }
      case '"', '\'' -> {
        int close = quoted(v, end);
        node = YamlTree.JSON.textNode(unquote(v, close));
        v = close + 1;
      }
      default -> {
        // a plain scalar: to a comment or the end of the line
        int stop = end;
        for (int i = v; i < end; i++) {
          if (t[i] == '#' && t[i - 1] == ' ') {
            stop = i;
            break;
          }
        }
        int last = stop;
        while (last > v && t[last - 1] == ' ') last--;
        if (!plainStart(v, last)) throw NotSimple.INSTANCE;
        for (int i = v; i < last; i++) {
          if (t[i] == ':' && (i + 1 == last || t[i + 1] == ' ')) throw NotSimple.INSTANCE; // "a: b" as a value
        }
        next = line + 1;
        return YamlTree.plain(new String(t, v, last - v));
      }
    }
    rest(v, end);
    next = line + 1;
    return node;
  }

  /**
   * A literal block scalar whose indicator is at {@code bar}: SnakeYAML's scanBlockScalar, for
   * {@code |}, {@code |-} and {@code |+} without an indentation digit.
   */
  private JsonNode literal(int line, int bar, int indent) {
    int end = ends[line];
    int i = bar + 1;
    char chomp = 0;
    if (i < end && (t[i] == '-' || t[i] == '+')) chomp = t[i++];
    if (i < end && t[i] != ' ') throw NotSimple.INSTANCE; // an indentation digit, or text after the bar
    int s = spaces(i, end);
    if (s < end && t[s] != '#') throw NotSimple.INSTANCE;
    // the block's indentation: the most spaces on the blank lines before its first text and on
    // that line, at least one more than the key's
    StringBuilder breaks = new StringBuilder();
    int l = blankLines(line + 1, Integer.MAX_VALUE, breaks);
    int most = 0;
    for (int k = line + 1; k <= l && k < lines; k++) most = Math.max(most, leading(k));
    int block = Math.max(Math.max(1, indent + 1), most);
    StringBuilder text = new StringBuilder(l < lines ? Math.min(t.length - starts[l], 4096) : 16);
    String lineBreak = "";
    while (textAt(l, block)) {
      text.append(breaks);
      text.append(t, starts[l] + block, ends[l] - starts[l] - block);
      lineBreak = ends[l] < t.length ? "\n" : "";
      breaks.setLength(0);
      l = blankLines(l + 1, block, breaks);
      if (!textAt(l, block)) break;
      text.append(lineBreak);
    }
    if (chomp != '-') text.append(lineBreak);
    if (chomp == '+') text.append(breaks);
    next = l;
    return YamlTree.JSON.textNode(text.toString());
  }

  /**
   * From {@code l}, the lines that are spaces (the first {@code cap} of them; more are text) and
   * a line break, each adding a line break to {@code breaks}; returns the first other line.
   */
  private int blankLines(int l, int cap, StringBuilder breaks) {
    while (l < lines && starts[l] + Math.min(leading(l), cap) == ends[l] && ends[l] < t.length) {
      breaks.append('\n');
      l++;
    }
    return l;
  }

  /** Whether line {@code l} is text of a block indented by {@code block}. */
  private boolean textAt(int l, int block) {
    return l < lines && leading(l) >= block && starts[l] + block < ends[l];
  }

  /**
   * A one-line flow sequence ({@code close} ']': {@code [a, b, "c"]}) or mapping ('}':
   * {@code {a: 1, b: x}}) of scalars, from after its opening bracket; leaves {@code at[0]} after its end.
   */
  private ContainerNode<?> flow(int line, int[] at, String pointer, char close) {
    ArrayNode list = close == ']' ? YamlTree.JSON.arrayNode() : null;
    ObjectNode map = list == null ? YamlTree.JSON.objectNode() : null;
    int end = ends[line];
    int i = spaces(at[0], end);
    if (i < end && t[i] == close) {
      at[0] = i + 1;
      return list != null ? list : map;
    }
    for (int n = 0; ; n++) {
      String p;
      String key = null;
      if (list != null) {
        p = pointer + "/" + n;
      } else {
        int colon = keyEnd(i, end);
        if (colon < 0 || colon + 1 == end) throw NotSimple.INSTANCE;
        key = new String(t, i, colon - i);
        if (map.has(key)) throw NotSimple.INSTANCE;
        p = pointer + "/" + key;
        i = spaces(colon + 1, end);
      }
      int[] item = {i};
      positions.put(p, pos(line, i));
      JsonNode value = flowScalar(line, item, close);
      if (list != null) list.add(value);
      else map.set(key, value);
      i = spaces(item[0], end);
      if (i == end) throw NotSimple.INSTANCE;
      if (t[i] == close) {
        at[0] = i + 1;
        return list != null ? list : map;
      }
      if (t[i] != ',') throw NotSimple.INSTANCE;
      i = spaces(i + 1, end);
    }
  }

  /** A quoted or plain scalar inside a flow collection, ending before {@code close} or a comma. */
  private JsonNode flowScalar(int line, int[] at, char close) {
    int end = ends[line];
    int v = at[0];
    if (v == end) throw NotSimple.INSTANCE;
    if (t[v] == '"' || t[v] == '\'') {
      int q = quoted(v, end);
      at[0] = q + 1;
      return YamlTree.JSON.textNode(unquote(v, q));
    }
    int i = v;
    while (i < end && t[i] != ',' && t[i] != close) {
      char c = t[i];
      if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#' || c == ':' || c == '?') throw NotSimple.INSTANCE;
      i++;
    }
    int last = i;
    while (last > v && t[last - 1] == ' ') last--;
    if (!plainStart(v, last)) throw NotSimple.INSTANCE;
    at[0] = i;
    return YamlTree.plain(new String(t, v, last - v));
  }

  /** The closing quote of a one-line quoted scalar opening at {@code q}; no escapes. */
  private int quoted(int q, int end) {
    char quote = t[q];
    for (int i = q + 1; i < end; i++) {
      if (t[i] == '\\' && quote == '"') throw NotSimple.INSTANCE;
      if (t[i] == quote) {
        if (quote == '\'' && i + 1 < end && t[i + 1] == '\'') {
          i++; // '' is one quote
          continue;
        }
        return i;
      }
    }
    throw NotSimple.INSTANCE; // runs onto the next line
  }

  private String unquote(int q, int close) {
    String s = new String(t, q + 1, close - q - 1);
    return t[q] == '\'' ? s.replace("''", "'") : s;
  }

  /** After a value: only spaces and a comment to the end of the line. */
  private void rest(int i, int end) {
    int s = spaces(i, end);
    if (s < end && (t[s] != '#' || s == i)) throw NotSimple.INSTANCE;
  }

  /**
   * Whether a plain scalar may span [v, last): not empty, not starting with an indicator
   * ({@code -} only before a digit: {@code -1}).
   */
  private boolean plainStart(int v, int last) {
    if (last <= v) return false;
    char c = t[v];
    if (c == '-') return v + 1 < last && t[v + 1] >= '0' && t[v + 1] <= '9';
    return "?:,[]{}#&*!|>'\"%@` ".indexOf(c) < 0;
  }

  /**
   * If a key {@code [A-Za-z_][A-Za-z0-9_]*} followed by ':' and a space or the line's end starts
   * at {@code i} (its line ending at {@code end}): its colon; else -1.
   */
  private int keyEnd(int i, int end) {
    if (i >= end || !(letter(t[i]) || t[i] == '_')) return -1;
    int j = i + 1;
    while (j < end && (letter(t[j]) || t[j] == '_' || t[j] >= '0' && t[j] <= '9')) j++;
    if (j == end || t[j] != ':') return -1;
    return j + 1 == end || t[j + 1] == ' ' ? j : -1;
  }

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Whether {@code line} holds a sequence dash at column {@code c}. */
  private boolean dash(int line, int c) {
    int d = starts[line] + c;
    return t[d] == '-' && (d + 1 == ends[line] || t[d + 1] == ' ');
  }

  /** The first line from {@code line} with something other than spaces and a comment. */
  private int content(int line) {
    for (int l = line; l < lines; l++) {
      int s = starts[l] + leading(l);
      if (s < ends[l] && t[s] != '#') return l;
    }
    return lines;
  }

  /** The spaces a line begins with: its indentation. */
  private int leading(int line) {
    int i = starts[line];
    while (i < ends[line] && t[i] == ' ') i++;
    return i - starts[line];
  }

  private int spaces(int i, int end) {
    while (i < end && t[i] == ' ') i++;
    return i;
  }

  private int column(int line, int i) {
    return supplementary ? Character.codePointCount(t, starts[line], i - starts[line]) : i - starts[line];
  }

  private SourcePos pos(int line, int i) {
    return new SourcePos(file, line + 1, column(line, i) + 1);
  }
}
