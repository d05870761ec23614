package org.gongkai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic benchmark corpus: N valid 政府信息公开工作年度报告 in the archive's own
 * layout, {@code OUT/content/<region…>/<organ>/<year>.yaml} plus {@code OUT/schema/report.schema.json}
 * (so that every file's first-line schema path resolves).
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * java -cp target/classes:target/test-classes \
 *     org.gongkai.bench.CorpusGenerator -n 10000 -o /tmp/corpus-10000 [--seed 20240131] [--violations K]
 * </pre>
 *
 * <p>It needs no dependency jar: only the JDK, the division list and the schema from
 * {@code target/classes}. See docs/benchmarks.md.
 *
 * <p>What it generates, mirroring {@code gen_hugo_corpus.py}:
 *
 * <ul>
 *   <li>Organs at real places of the 2023 division list (the classpath resource
 *       {@code /org/gongkai/region/divisions-2023.tsv}, parsed here): mostly 乡/镇/街道 governments
 *       (region path of four names), plus county departments and county governments (three
 *       names), city departments (two) and provincial departments (one). Each organ gets the
 *       years 2019–2024 until N reports are written; the organ order depends on the seed only, so
 *       the corpus of N=1,000 is a prefix of the one of N=10,000.
 *   <li>Numbers that satisfy every rule: B-row, B-total, B-balance, C-total, complete (all rows
 *       and cells, fee present), year/title/period, publication in January of Y+1 (government
 *       reports: by 30 March), region path and code, file location, and carry-over (year Y's
 *       二、上年结转 is year Y-1's 四、结转下年度继续办理).
 *   <li>Prose recombined from the sentences of the five real seed reports (embedded below as
 *       templates, the seed's own names replaced by placeholders), with the organ, its places,
 *       the year and the numbers substituted; 2–4 KB of UTF-8 per report. Consecutive years pick
 *       other sentences and always state a different count of proactively disclosed items, so
 *       the {@code copied} rule never fires.
 * </ul>
 *
 * <p>{@code --violations K} breaks exactly one rule in each of K distinct reports, chosen from
 * the seed, each change giving exactly one unwaived error: a C-total sum off by one, a table-B
 * cell left empty (complete), the title's year (year), a region code of the parent place
 * (region-code), or a publication date before the year ended (published). (A single changed
 * table-B number always breaks two rules, B-row and B-total or B-balance, which is why none is
 * used.) The affected files are printed on standard output, one per line.
 *
 * <p>Deterministic: the same arguments give byte-identical files (all randomness comes from
 * {@link Random} seeded per organ and year, logarithms from {@link StrictMath}).
 */
public final class CorpusGenerator {
  public static final int FIRST_YEAR = 2019;
  public static final int LAST_YEAR = 2024;
  public static final long DEFAULT_SEED = 20240131L;
  /** Marks a folder this generator wrote, so a rerun may replace its content. */
  static final String MARKER = ".gongkai-corpus";

  private static final String DIVISIONS = "/org/gongkai/region/divisions-2023.tsv";
  private static final String SCHEMA = "/org/gongkai/schema/report.schema.json";

  /** Options of one run. */
  public record Options(int n, Path out, long seed, int violations) {
    public Options {
      if (n < 0) throw new IllegalArgumentException("-n must be >= 0");
      if (violations < 0 || violations > n) throw new IllegalArgumentException("--violations must be in 0..n");
    }
  }

  /** What a run wrote: content-relative paths of the reports, and the ones given a violation. */
  public record Result(int reports, int organs, long bytes, long proseBytes, List<String> files,
      Map<String, String> violations) {}

  // ------------------------------------------------------------------------------------ main

  public static void main(String[] args) throws IOException {
    int n = -1;
    Path out = null;
    long seed = DEFAULT_SEED;
    int violations = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-n" -> n = Integer.parseInt(next(args, ++i, a));
        case "-o", "--out" -> out = Path.of(next(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(next(args, ++i, a));
        case "--violations" -> violations = Integer.parseInt(next(args, ++i, a));
        case "-h", "--help" -> {
          usage(System.out);
          return;
        }
        default -> {
          System.err.println("unknown argument: " + a);
          usage(System.err);
          System.exit(2);
        }
      }
    }
    if (n < 0 || out == null) {
      usage(System.err);
      System.exit(2);
    }
    long t0 = System.nanoTime();
    Result r = generate(new Options(n, out, seed, violations));
    for (Map.Entry<String, String> v : r.violations().entrySet()) {
      System.out.println("violation " + v.getValue() + ": " + out.resolve("content").resolve(v.getKey()));
    }
    System.err.printf("wrote %d reports of %d organs to %s in %.1f s; mean file %.0f bytes, mean prose %.0f bytes (UTF-8)%n",
        r.reports(), r.organs(), out.resolve("content"), (System.nanoTime() - t0) / 1e9,
        r.bytes() / (double) Math.max(1, r.reports()), r.proseBytes() / (double) Math.max(1, r.reports()));
  }

  private static String next(String[] args, int i, String opt) {
    if (i >= args.length) throw new IllegalArgumentException(opt + " needs a value");
    return args[i];
  }

  private static void usage(PrintStream s) {
    s.println("usage: CorpusGenerator -n N -o OUT [--seed S] [--violations K]");
    s.println("  writes N synthetic reports to OUT/content and the schema to OUT/schema/report.schema.json");
  }

  // ------------------------------------------------------------------------------ generation

  public static Result generate(Options o) throws IOException {
    Path content = o.out().resolve("content");
    prepare(o.out(), content);
    Path schemaDir = o.out().resolve("schema");
    Files.createDirectories(schemaDir);
    try (InputStream in = CorpusGenerator.class.getResourceAsStream(SCHEMA)) {
      if (in == null) throw new IllegalStateException("missing classpath resource " + SCHEMA);
      Files.write(schemaDir.resolve("report.schema.json"), in.readAllBytes());
    }
    Files.writeString(o.out().resolve(MARKER), "written by org.gongkai.bench.CorpusGenerator\n");

    int years = LAST_YEAR - FIRST_YEAR + 1;
    int organCount = (o.n() + years - 1) / years;
    List<Organ> organs = new Places().organs(o.seed(), organCount);

    Map<Integer, Violation> broken = pickViolations(o.seed(), o.n(), o.violations());
    Map<String, String> violated = new TreeMap<>();
    List<String> files = new ArrayList<>(o.n());
    long bytes = 0;
    long prose = 0;
    int index = 0;
    for (Organ organ : organs) {
      History h = new History();
      for (int y = FIRST_YEAR; y <= LAST_YEAR && index < o.n(); y++, index++) {
        Random rng = new Random(mix(o.seed(), organ.key(), y));
        Report r = Report.generate(organ, y, rng, h);
        Violation v = broken.get(index);
        if (v != null) {
          v.apply(r, organ);
          violated.put(r.file(), v.rule);
        }
        String text = r.yaml(o.seed());
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Path f = content.resolve(r.file());
        Files.createDirectories(f.getParent());
        Files.write(f, b);
        files.add(r.file());
        bytes += b.length;
        prose += r.proseBytes();
      }
    }
    return new Result(files.size(), organs.size(), bytes, prose, files, violated);
  }

  /** Creates OUT; replaces OUT/content only when an earlier run of this generator wrote it. */
  private static void prepare(Path out, Path content) throws IOException {
    Files.createDirectories(out);
    if (!Files.exists(content)) return;
    boolean empty;
    try (Stream<Path> s = Files.list(content)) {
      empty = s.findAny().isEmpty();
    }
    if (empty) return;
    if (!Files.exists(out.resolve(MARKER))) {
      throw new IOException(content + " exists and was not written by CorpusGenerator; refusing to replace it");
    }
    try (Stream<Path> walk = Files.walk(content)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** A 64-bit FNV-1a hash of seed, organ and year: one independent random stream per report. */
  static long mix(long seed, String key, int year) {
    long h = 0xcbf29ce484222325L;
    for (byte b : (seed + "/" + key + "/" + year).getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  // ------------------------------------------------------------------------------ violations

  enum Violation {
    C_TOTAL("C-total") {
      @Override
      void apply(Report r, Organ o) {
        r.tableC[0][4] += 1;
      }
    },
    COMPLETE("complete") {
      @Override
      void apply(Report r, Organ o) {
        r.cellMissing = true;
      }
    },
    YEAR("year") {
      @Override
      void apply(Report r, Organ o) {
        r.titleYear = r.year - 1;
      }
    },
    REGION_CODE("region-code") {
      @Override
      void apply(Report r, Organ o) {
        r.regionCode = o.place.parent != null ? o.place.parent.code : (o.place.code.equals("11") ? "12" : "11");
      }
    },
    PUBLISHED("published") {
      @Override
      void apply(Report r, Organ o) {
        r.published = LocalDate.of(r.year, 12, 28);
      }
    };

    final String rule;

    Violation(String rule) {
      this.rule = rule;
    }

    abstract void apply(Report r, Organ o);
  }

  /** K distinct report indices in 0..n-1 (a partial Fisher–Yates shuffle), kinds in turn. */
  static Map<Integer, Violation> pickViolations(long seed, int n, int k) {
    Map<Integer, Violation> out = new HashMap<>();
    if (k == 0) return out;
    Random rng = new Random(seed * 0x9E3779B97F4A7C15L + 12345);
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) idx[i] = i;
    Violation[] kinds = Violation.values();
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(n - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
      out.put(idx[i], kinds[i % kinds.length]);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------- places

  /** One line of the division list. */
  static final class Place {
    final String code;
    final String name;
    final Place parent;
    final List<String> path;

    Place(String code, String name, Place parent) {
      this.code = code;
      this.name = name;
      this.parent = parent;
      List<String> p = new ArrayList<>(parent == null ? List.of() : parent.path);
      p.add(name);
      this.path = List.copyOf(p);
    }
  }

  enum Kind {
    TOWNSHIP("township"), COUNTY_GOV("government"), COUNTY_DEPT("department"),
    CITY_DEPT("department"), PROV_DEPT("department");

    final String yaml;

    Kind(String yaml) {
      this.yaml = yaml;
    }
  }

  /** An organ: who publishes, where, and the words its prose uses for itself and its superiors. */
  record Organ(Kind kind, String name, Place place) {
    String key() {
      return String.join("/", place.path) + "/" + name;
    }

    /** The short name prose uses: the town, the county, or the department's full name. */
    String shortName() {
      return switch (kind) {
        case TOWNSHIP, COUNTY_GOV -> place.name;
        default -> name;
      };
    }

    /** The government above: a township's county, a county's city, a department's own level. */
    Place upper() {
      return switch (kind) {
        case TOWNSHIP, COUNTY_GOV -> place.parent;
        default -> place;
      };
    }

    /** 镇/乡/街道, 县/区/市/旗, or 局/厅/委 for departments. */
    String unit() {
      return switch (kind) {
        case TOWNSHIP -> place.name.endsWith("街道") ? "街道" : place.name.substring(place.name.length() - 1);
        case COUNTY_GOV -> place.name.substring(place.name.length() - 1);
        default -> name.endsWith("委员会") ? "委" : name.substring(name.length() - 1);
      };
    }

    String self() {
      return "我" + unit();
    }

    /** The whole area: 全镇, 全县, or for a department the area it serves (全县, 全市, 全省). */
    String area() {
      if (kind == Kind.TOWNSHIP || kind == Kind.COUNTY_GOV) return "全" + unit();
      String n = place.name;
      if (n.endsWith("自治区")) return "全区";
      if (n.endsWith("自治州")) return "全州";
      if (n.endsWith("地区")) return "全地区";
      return "全" + n.substring(n.length() - 1);
    }

    String leaders() {
      return switch (kind) {
        case TOWNSHIP -> unit().equals("街道") ? "街道党工委、办事处" : unit() + "党委、" + unit() + "政府";
        case COUNTY_GOV -> unit() + "委、" + unit() + "政府";
        default -> unit() + "党组";
      };
    }

    String chief() {
      return switch (kind) {
        case TOWNSHIP -> unit().equals("街道") ? "街道办事处主任" : unit() + "长";
        case COUNTY_GOV -> unit() + "长";
        default -> unit().equals("委") ? "主任" : unit() + "长";
      };
    }

    /** 阳谷县委、县政府 and the like, for the government above. */
    String upperCommittee() {
      String n = upper().name;
      if (n.endsWith("自治区")) return n + "党委、自治区政府";
      if (n.endsWith("自治州")) return n + "委、州政府";
      if (n.endsWith("地区")) return n + "地委、行署";
      if (n.endsWith("盟")) return n + "委、行署";
      String c = n.substring(n.length() - 1);
      return n + "委、" + c + "政府";
    }

    String upperGov() {
      String n = upper().name;
      return n.endsWith("地区") || n.endsWith("盟") ? n + "行政公署" : n + "人民政府";
    }
  }

  /** The division list parsed from the classpath, and the organs it offers. */
  static final class Places {
    final List<Place> provinces = new ArrayList<>();
    final List<Place> cities = new ArrayList<>();
    final List<Place> counties = new ArrayList<>();
    final List<Place> townships = new ArrayList<>();

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    Places() {
      String text;
      try (InputStream in = CorpusGenerator.class.getResourceAsStream(DIVISIONS)) {
        if (in == null) throw new IllegalStateException("missing classpath resource " + DIVISIONS);
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, Place> byCode = new HashMap<>();
      Map<String, Integer> siblingNames = new HashMap<>();
      List<Place> all = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        Place parent = f[2].isEmpty() ? null : byCode.get(f[2]);
        Place p = new Place(f[0], f[1], parent);
        byCode.put(p.code, p);
        all.add(p);
        siblingNames.merge(f[2] + "\t" + f[1], 1, Integer::sum);
      }
      for (Place p : all) {
        String parentCode = p.parent == null ? "" : p.parent.code;
        // a name shared by siblings would resolve to the lower code only; plain Han names only
        if (siblingNames.get(parentCode + "\t" + p.name) != 1 || !HAN.matcher(p.name).matches()) continue;
        int depth = p.path.size();
        switch (p.code.length()) {
          case 2 -> provinces.add(p);
          case 4 -> {
            if (depth == 2 && endsWithAny(p.name, "市", "州", "盟", "地区")) cities.add(p);
          }
          case 6 -> {
            if (depth == 3 && endsWithAny(p.name, "县", "区", "市", "旗") && !p.name.equals(p.parent.name)) {
              counties.add(p);
            }
          }
          case 9 -> {
            if (depth == 4 && endsWithAny(p.name, "镇", "乡", "街道")) townships.add(p);
          }
          default -> { }
        }
      }
    }

    private static boolean endsWithAny(String s, String... ends) {
      for (String e : ends) if (s.endsWith(e)) return true;
      return false;
    }

    /**
     * The first {@code count} organs of the seed's organ order, which does not depend on
     * {@code count}: kinds are drawn with fixed weights, each kind's candidates in a shuffled order.
     */
    List<Organ> organs(long seed, int count) {
      Random rng = new Random(seed);
      List<List<Organ>> pools = new ArrayList<>();
      for (Kind k : Kind.values()) pools.add(candidates(k));
      for (List<Organ> pool : pools) shuffle(pool, rng);
      int[] next = new int[pools.size()];
      // township 70 %, county department 14 %, county government 6 %, city department 7 %, provincial 3 %
      double[] weight = {70, 14, 6, 7, 3};
      List<Organ> out = new ArrayList<>(count);
      while (out.size() < count) {
        double total = 0;
        for (int k = 0; k < weight.length; k++) if (next[k] < pools.get(k).size()) total += weight[k];
        if (total == 0) {
          throw new IllegalArgumentException("only " + out.size() + " organs available; at most "
              + out.size() * (LAST_YEAR - FIRST_YEAR + 1) + " reports");
        }
        double u = rng.nextDouble() * total;
        int k = 0;
        for (; k < weight.length; k++) {
          if (next[k] >= pools.get(k).size()) continue;
          u -= weight[k];
          if (u < 0) break;
        }
        if (k == weight.length) { // rounding: take the last kind with candidates left
          for (k = weight.length - 1; next[k] >= pools.get(k).size(); k--) { }
        }
        out.add(pools.get(k).get(next[k]++));
      }
      return out;
    }

    private List<Organ> candidates(Kind k) {
      List<Organ> out = new ArrayList<>();
      switch (k) {
        case TOWNSHIP -> {
          for (Place t : townships) {
            out.add(new Organ(k, t.name + (t.name.endsWith("街道") ? "办事处" : "人民政府"), t));
          }
        }
        case COUNTY_GOV -> {
          for (Place c : counties) out.add(new Organ(k, c.name + "人民政府", c));
        }
        case COUNTY_DEPT -> {
          for (Place c : counties) for (String d : COUNTY_DEPTS) out.add(new Organ(k, c.name + d, c));
        }
        case CITY_DEPT -> {
          for (Place c : cities) {
            for (String d : CITY_DEPTS) {
              String dept = c.name.endsWith("地区") || c.name.endsWith("盟") ? d.replace("委员会", "局") : d;
              out.add(new Organ(k, c.name + dept, c));
            }
          }
        }
        case PROV_DEPT -> {
          for (Place p : provinces) {
            boolean municipality = p.name.endsWith("市");
            for (String d : PROV_DEPTS) {
              out.add(new Organ(k, p.name + (municipality ? d.replace("厅", "局") : d), p));
            }
          }
        }
      }
      return out;
    }
  }

  static <T> void shuffle(List<T> list, Random rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  static final List<String> COUNTY_DEPTS = List.of(
      "教育局", "财政局", "民政局", "自然资源局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
      "商务局", "文化和旅游局", "卫生健康局", "应急管理局", "市场监督管理局", "人力资源和社会保障局",
      "公安局", "司法局", "审计局", "统计局", "医疗保障局", "退役军人事务局", "林业局", "发展和改革局",
      "科学技术局", "工业和信息化局");
  static final List<String> CITY_DEPTS = List.of(
      "教育局", "财政局", "民政局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局",
      "水利局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康委员会", "应急管理局", "市场监督管理局",
      "人力资源和社会保障局", "公安局", "司法局", "审计局", "统计局", "医疗保障局", "发展和改革委员会",
      "工业和信息化局");
  static final List<String> PROV_DEPTS = List.of(
      "教育厅", "财政厅", "民政厅", "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅", "水利厅",
      "农业农村厅", "商务厅", "文化和旅游厅", "卫生健康委员会", "应急管理厅", "市场监督管理局",
      "人力资源和社会保障厅", "公安厅", "司法厅", "审计厅");

  // ---------------------------------------------------------------------------------- report

  /** What one organ's next year needs from the previous: the carry-over and running counts. */
  static final class History {
    long[] carriedOver; // per applicant column; null before the first year
    long normativeInForce = -1;
    int active = -1;
  }

  static final String[] B_KEYS = {
      "new", "carried_in", "granted", "partial",
      "state_secret", "prohibited", "security", "third_party", "internal", "process", "enforcement", "inquiry",
      "not_held", "needs_creation", "unclear",
      "complaint", "repeated", "publication", "excessive", "confirmation",
      "no_correction", "no_fee", "other",
      "results_total", "carried_over"};
  static final String[] B_COMMENTS = {
      "一、本年新收", "二、上年结转", "三（一）予以公开", "三（二）部分公开",
      "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
      "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
      "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
      "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息",
      "1.逾期不补正", "2.逾期未缴费", "3.其他",
      "三（七）总计", "四、结转下年度继续办理"};
  /** How a handled application ends, weights for the 21 result rows (Hugo generator's). */
  static final double[] RESULT_WEIGHTS =
      {50, 8, 0.3, 0.5, 0.5, 1, 1, 2, 0.5, 0.5, 12, 3, 2, 2, 2, 0.5, 0.3, 1, 2, 0.1, 3};

  static final class Report {
    final Organ organ;
    final int year;
    int titleYear;
    String regionCode;
    LocalDate published;
    LocalDate signed;
    String title;
    /** Table B: 25 rows × 7 columns, total column last. */
    final long[][] tableB = new long[25][7];
    boolean cellMissing;
    final long[][] tableC = new long[3][5];
    long[] normative = new long[3];
    long licensing;
    long punishment;
    long coercion;
    long feeCents;
    String intro;
    String overview;
    String problems;
    String otherMatters;
    String phone;
    String postcode;
    String address;

    private Report(Organ organ, int year) {
      this.organ = organ;
      this.year = year;
      this.titleYear = year;
      this.regionCode = organ.place().code;
    }

    String file() {
      return String.join("/", organ.place().path) + "/" + organ.name() + "/" + year + ".yaml";
    }

    static Report generate(Organ o, int year, Random rng, History h) {
      Report r = new Report(o, year);
      r.numbers(rng, h);
      r.dates(rng);
      r.title = switch (rng.nextInt(3)) {
        case 0 -> o.name() + " " + year + " 年政府信息公开工作年度报告";
        case 1 -> (o.kind() == Kind.TOWNSHIP ? o.place().parent.name : "") + o.name() + year + "年政府信息公开工作年度报告";
        default -> o.name() + year + "年政府信息公开工作年度报告";
      };
      Prose.write(r, rng, h);
      Random contact = new Random(mix(0, o.key(), 0)); // the same contact details every year
      r.phone = String.format("0%d-%07d", 310 + contact.nextInt(690), 2_000_000 + contact.nextInt(7_000_000));
      r.postcode = String.format("%06d", 100_000 + contact.nextInt(760_000));
      String[] streets = {"府前街", "人民路", "解放路", "中山路", "建设路", "政通路", "文化路", "新华路"};
      List<String> p = o.place().path;
      r.address = String.join("", p.subList(Math.min(1, p.size() - 1), p.size()))
          + streets[contact.nextInt(streets.length)] + (1 + contact.nextInt(199)) + "号";
      return r;
    }

    private void numbers(Random rng, History h) {
      double big;
      double zero;
      switch (organ.kind()) {
        case TOWNSHIP -> { big = 1; zero = 0.55; }
        case COUNTY_GOV -> { big = 12; zero = 0.05; }
        case COUNTY_DEPT -> { big = 4; zero = 0.35; }
        case CITY_DEPT -> { big = 10; zero = 0.15; }
        default -> { big = 25; zero = 0.05; }
      }
      long[] over = new long[6];
      for (int c = 0; c < 6; c++) {
        double scale = big * (c == 0 ? 1.0 : c == 1 ? 0.3 : 0.05);
        long fresh = rng.nextDouble() < zero || scale < 0.05 ? 0 : expo(rng, Math.max(scale, 0.2));
        long in = h.carriedOver != null ? h.carriedOver[c]
            : fresh > 0 && rng.nextDouble() < 0.3 ? expo(rng, Math.max(scale * 0.08, 0.05)) : 0;
        long out = fresh > 0 && rng.nextDouble() < 0.3
            ? Math.min(fresh + in, expo(rng, Math.max(scale * 0.08, 0.05))) : 0;
        long handled = fresh + in - out;
        tableB[0][c] = fresh;
        tableB[1][c] = in;
        for (long i = 0; i < handled; i++) tableB[2 + pick(rng, RESULT_WEIGHTS)][c]++;
        tableB[23][c] = handled;
        tableB[24][c] = out;
        over[c] = out;
      }
      for (long[] row : tableB) {
        long s = 0;
        for (int c = 0; c < 6; c++) s += row[c];
        row[6] = s;
      }
      h.carriedOver = over;

      boolean dept = organ.kind() != Kind.TOWNSHIP;
      long made = dept ? rng.nextInt((int) big / 2 + 3) : (rng.nextDouble() < 0.2 ? 1 : 0);
      if (h.normativeInForce < 0) h.normativeInForce = dept ? made * 3 + rng.nextInt(40) : rng.nextInt(3);
      long repealed = Math.min(h.normativeInForce + made, rng.nextInt((int) made + 2));
      h.normativeInForce += made - repealed;
      normative = new long[] {made, repealed, h.normativeInForce};
      if (dept) {
        licensing = expo(rng, big * 60);
        punishment = expo(rng, big * 20);
        coercion = expo(rng, big * 3);
        feeCents = rng.nextDouble() < 0.4 ? expo(rng, big * 800) : 0;
      } else {
        licensing = rng.nextDouble() < 0.4 ? expo(rng, 15) : 0;
        punishment = rng.nextDouble() < 0.3 ? expo(rng, 4) : 0;
      }
      for (int g = 0; g < 3; g++) {
        if (rng.nextDouble() < (organ.kind() == Kind.TOWNSHIP ? 0.03 : 0.25)) {
          int cases = 1 + rng.nextInt(Math.max(1, (int) big / 4));
          for (int i = 0; i < cases; i++) tableC[g][pick(rng, new double[] {6, 1, 2, 2})]++;
        }
        tableC[g][4] = tableC[g][0] + tableC[g][1] + tableC[g][2] + tableC[g][3];
      }
    }

    private void dates(Random rng) {
      if (organ.kind() == Kind.COUNTY_GOV) {
        published = LocalDate.of(year + 1, 1, 10).plusDays(rng.nextInt(79)); // 10 Jan .. 29 Mar
      } else {
        published = LocalDate.of(year + 1, 1, 5 + rng.nextInt(26)); // 5 .. 30 Jan
      }
      LocalDate earliest = LocalDate.of(year + 1, 1, 2);
      LocalDate s = published.minusDays(rng.nextInt(6));
      signed = s.isBefore(earliest) ? earliest : s;
    }

    long total(int row) {
      return tableB[row][6];
    }

    int proseBytes() {
      int n = 0;
      for (String s : new String[] {intro, overview, problems, otherMatters}) {
        if (s != null) n += s.getBytes(StandardCharsets.UTF_8).length;
      }
      return n;
    }

    // ------------------------------------------------------------------------------ writing

    String yaml(long seed) {
      StringBuilder b = new StringBuilder(8192);
      int depth = organ.place().path.size() + 1; // region folders + organ folder
      b.append("# yaml-language-server: $schema=").append("../".repeat(depth + 1)).append("schema/report.schema.json\n");
      b.append("organ:\n  name: ").append(organ.name()).append("\n  kind: ").append(organ.kind().yaml).append('\n');
      b.append("region:\n  path: [").append(String.join(", ", organ.place().path)).append("]\n");
      b.append("  code: \"").append(regionCode).append("\"\n");
      b.append("year: ").append(year).append('\n');
      String t = titleYear == year ? title : title.replace(String.valueOf(year), String.valueOf(titleYear));
      b.append("title: ").append(t).append('\n');
      b.append("published: ").append(published).append('\n');
      b.append("period: {from: ").append(year).append("-01-01, to: ").append(year).append("-12-31}\n\n");
      if (intro != null) block(b, "intro", null, intro);
      block(b, "overview", "一、总体情况", overview);

      b.append("table_a:   # 二、主动公开政府信息情况\n");
      b.append("  #                    [本年制发, 本年废止, 现行有效]\n");
      line(b, "  regulations:", 24, "[0, 0, 0]", 36, "规章");
      line(b, "  normative_documents:", 24, list(normative), 36, "行政规范性文件");
      line(b, "  licensing:", 13, String.valueOf(licensing), 24, "行政许可（本年处理决定数量）");
      line(b, "  punishment:", 14, String.valueOf(punishment), 24, "行政处罚");
      line(b, "  coercion:", 12, String.valueOf(coercion), 24, "行政强制");
      line(b, "  fees:", 8, BigDecimal.valueOf(feeCents, 2).stripTrailingZeros().toPlainString(), 24,
          "行政事业性收费（本年收费金额，万元）");
      b.append('\n');

      b.append("table_b:   # 三、收到和处理政府信息公开申请情况\n");
      b.append("  #               [自然人, 商业企业, 科研机构, 社会公益, 法律服务, 其他, 总计]\n");
      for (int row = 0; row < 25; row++) {
        switch (row) {
          case 4 -> b.append(pad("  denied:", 42)).append("# 三（三）不予公开\n");
          case 12 -> b.append(pad("  unavailable:", 42)).append("# 三（四）无法提供\n");
          case 15 -> b.append(pad("  not_processed:", 42)).append("# 三（五）不予处理\n");
          case 20 -> b.append(pad("  other:", 42)).append("# 三（六）其他处理\n");
          default -> { }
        }
        boolean nested = row >= 4 && row <= 22;
        String key = (nested ? "    " : "  ") + B_KEYS[row] + ":";
        int valueCol = row >= 12 && row <= 14 ? 20 : row >= 20 && row <= 22 ? 19 : 18;
        String cells = list(tableB[row]);
        if (cellMissing && row == 2) cells = cells.replaceFirst("^\\[[0-9]+", "[~");
        line(b, key, valueCol, cells, 42, B_COMMENTS[row]);
      }
      b.append('\n');

      b.append("table_c:   # 四、政府信息公开行政复议、行政诉讼情况\n");
      b.append("  #                          [维持, 纠正, 其他, 尚未审结, 总计]\n");
      line(b, "  review:", 28, list(tableC[0]), 46, "行政复议");
      line(b, "  litigation_direct:", 28, list(tableC[1]), 46, "行政诉讼：未经复议直接起诉");
      line(b, "  litigation_after_review:", 28, list(tableC[2]), 46, "行政诉讼：复议后起诉");
      b.append('\n');

      block(b, "problems", "五、存在的主要问题及改进情况", problems);
      block(b, "other_matters", "六、其他需要报告的事项", otherMatters);

      b.append("signature: {name: ").append(organ.name()).append(", date: ").append(signed).append("}\n\n");
      b.append("contact:\n");
      b.append("  office: ").append(office()).append('\n');
      b.append("  phone: ").append(phone).append('\n');
      b.append("  email: gk").append(organ.place().code).append(String.format("%02d", deptIndex()))
          .append("@example.gov.cn\n");
      b.append("  address: ").append(address).append('\n');
      b.append("  postcode: \"").append(postcode).append("\"\n\n");
      b.append("source:\n  note: 合成的测试数据（org.gongkai.bench.CorpusGenerator，--seed ").append(seed)
          .append("），不是真实报告。\n");
      return b.toString();
    }

    private int deptIndex() {
      List<String> all = switch (organ.kind()) {
        case COUNTY_DEPT -> COUNTY_DEPTS;
        case CITY_DEPT -> CITY_DEPTS;
        case PROV_DEPT -> PROV_DEPTS;
        default -> List.of();
      };
      for (int i = 0; i < all.size(); i++) {
        if (organ.name().endsWith(all.get(i)) || organ.name().endsWith(all.get(i).replace("厅", "局"))
            || organ.name().endsWith(all.get(i).replace("委员会", "局"))) return i + 1;
      }
      return 0;
    }

    private String office() {
      return switch (organ.kind()) {
        case TOWNSHIP -> organ.place().parent.name + organ.name() + (organ.unit().equals("街道") ? "综合办公室" : "党政办公室");
        case COUNTY_GOV -> organ.place().name + "人民政府办公室";
        default -> organ.name() + "办公室";
      };
    }

    private static void block(StringBuilder b, String key, String comment, String text) {
      b.append(key).append(": |");
      if (comment != null) b.append("   # ").append(comment);
      b.append('\n');
      for (String l : text.split("\n", -1)) {
        if (l.isEmpty()) b.append('\n');
        else b.append("  ").append(l).append('\n');
      }
      // text ends without a newline: the loop wrote its last line; one blank line between keys
      b.append('\n');
    }

    private static void line(StringBuilder b, String key, int valueCol, String value, int commentCol, String comment) {
      String s = pad(key, valueCol) + value;
      b.append(pad(s, commentCol)).append("# ").append(comment).append('\n');
    }

    /** Pads with spaces to {@code col} characters, at least one space. */
    private static String pad(String s, int col) {
      int n = Math.max(1, col - s.length());
      return s + " ".repeat(n);
    }

    private static String list(long[] v) {
      StringBuilder s = new StringBuilder("[");
      for (int i = 0; i < v.length; i++) {
        if (i > 0) s.append(", ");
        s.append(v[i]);
      }
      return s.append(']').toString();
    }
  }

  /** An exponential draw with this mean, rounded down. */
  static long expo(Random rng, double mean) {
    return (long) (-StrictMath.log(1.0 - rng.nextDouble()) * mean);
  }

  static int pick(Random rng, double[] weights) {
    double total = 0;
    for (double w : weights) total += w;
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  // ----------------------------------------------------------------------------------- prose

  /**
   * Sentence templates taken from the five seed reports (content/…), the seeds' own organ and
   * place names replaced by placeholders: {organ} {place} {self} {area} {leaders} {chief}
   * {upper} {upperGov} {upperCommittee} {congress} {year}, and {n:a-b} for a number in a..b.
   */
  static final class Prose {
    static final List<String> INTRO_LEAD = List.of(
        "本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号修订）等工作要求编制而成，并向社会公开发布。",
        "本年度报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求制作。");
    static final List<String> INTRO = List.of(
        "本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个方面。",
        "全文包括{place}{year}年政府信息公开总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的问题及改进情况，其他需要报告的事项。",
        "所列数据统计期限为{year}年1月1日至{year}年12月31日。",
        "本报告可在“{upperGov}”网站的政府信息公开专栏中查看和下载。",
        "本年度报告电子版可以从{upperGov}门户网站下载。",
        "如对本报告有疑问，可与{organ}办公室联系。");
    static final List<String> OPENING = List.of(
        "{year}年，{organ}认真贯彻落实《中华人民共和国政府信息公开条例》和{upperCommittee}有关部署要求，坚持“公开为常态、不公开为例外”原则，积极推进政务公开制度化、标准化、规范化、信息化。",
        "{year}年，{place}以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》各项要求，紧紧围绕党中央、国务院和上级各部门关于推进政务公开工作系列决策部署，进一步加强领导、健全制度、规范程序、提升能力，全面推动政府信息主动公开、依申请公开、政府信息管理、政府信息公开平台建设，有力保障了公众知情权、参与权、表达权和监督权，进一步增强了政府公信力、执行力和现代治理能力。",
        "{year}年，{self}政府信息公开工作坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻{congress}，聚焦发展、民生等重点领域以及重大政策解读等关键内容，不断优化工作基础、深化公开内容、强化监督保障，助力{area}经济社会平稳健康发展。",
        "{year}年，{self}信息公开工作在{upperCommittee}的领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，遵循“公正、公平、便民”的原则和便于群众监督的要求，提高工作透明度，促进依法行政，扎实有序推进政务公开工作落实。");
    static final List<String> GENERAL = List.of(
        "遵循公正、公开、合法、便民原则，及时准确地向社会公众公开{leaders}的各项决策部署，充分保障公众知情权、参与权和监督权，加快促进法治政府、创新政府、廉洁政府和服务型政府建设。",
        "成立了以{chief}为组长、各部门负责人为成员的政务公开工作领导小组，明确各成员职责，构建起主要领导主抓、分管领导细抓、各部门协同推进的良好工作架构。",
        "定期举行政务公开工作会议，深入探讨并解决现存问题，精心部署后续工作任务。");
    static final List<String> ACTIVE_LEAD = List.of(
        "{year}年，{place}全年共新增和变更主动公开政府信息{active}条，完善了政府信息公开制度，主动解读回应政府信息，进一步提高了政府的透明度和公信力。",
        "坚持“应公开尽公开”的原则，本年度{self}通过政府网站公开信息{active}条。",
        "全年共发布信息{active}条，其中主动公开政府文件{n:1-60}件，在线访谈{n:1-6}期。");
    static final List<String> ACTIVE = List.of(
        "按照“以公开为常态，不公开为例外”的总体要求，遵循公正、公平、合法、便民的原则。",
        "主动公开教育、医疗、社会保障、乡村振兴等领域的政策文件。",
        "{place}坚持以公开为常态原则，通过政府网站、政务公开栏等多种渠道，主动公开各类政府信息，涵盖经济发展规划、财政预算决算、重大项目建设、民生保障政策、社会救助信息、环境保护举措以及各类通知公告等重点领域内容，切实保障了群众的知情权。",
        "秉持“应公开、尽公开”原则，持续拓展政务公开内容。",
        "除涉及国家秘密、商业秘密和个人隐私的信息外，将机构设置、职能职责、工作动态、政策法规、公共服务等事项全面纳入公开范畴。",
        "制定并优化了《{place}政务信息主动公开制度》等规章，清晰界定政务公开的范畴、内容、形式、程序及时限要求。");
    static final List<String> REQUEST = List.of(
        "{self}按照政府信息公开申请办理答复规范要求，进一步规范依申请公开工作，畅通受理渠道，健全完善工作规范，切实保障社会公众知情权。",
        "{self}严格按照《中华人民共和国政府信息公开条例》规定的时限和程序进行办理，通过规范、高效的依申请公开办理流程，有效满足了群众个性化的信息需求。",
        "{self}严格按照《条例》要求，依照政府信息公开的申请程序，及时、准确公开政府信息。",
        "遵循“提出、审核、公开、反馈、整改”的流程，规范政务公开操作，确保工作有规可依。");
    static final List<String> MANAGE = List.of(
        "按照国务院办公厅《政府网站发展指引》和《关于推进政务新媒体健康有序发展的意见》要求，建立健全政府信息管理动态调整机制，准确把握不予公开的范围，定期对公开和不予公开的政府信息进行评估，对失效、废止的政府信息定期清理。",
        "为做好政府信息管理的组织领导和制度保障，{organ}建立了“主要领导亲自抓、分管负责人具体抓、办公室统一协调”的领导体制和工作机制，切实保证及时、准确、有效地发布政府信息。",
        "{place}建立健全了政府信息管理机制，明确了信息收集、审核、发布等各环节的责任主体和工作流程。",
        "加强对信息内容的审核把关，确保公开信息的准确性、完整性和时效性。",
        "同时，定期对已公开信息进行梳理更新，及时删除或修正失效、错误信息，维护政府信息的权威性。",
        "{leaders}高度重视政府信息公开工作，按照政务公开管理体制和工作机制，成立了{place}政府信息公开领导小组，下设办公室，领导小组认真对照政务公开管理条例，建立健全工作机制。",
        "严格遵守信息审查制度，对敏感信息进行脱敏处理，保障涉密信息不公开，防止发生泄密问题。",
        "构建“三审三校”信息发布审核机制，对于拟公开的政务信息，先由相关部门负责人初审，再由分管领导复审，重要信息则由主要领导终审，全力保障公开信息的精准性、权威性与安全性。");
    static final List<String> PLATFORM = List.of(
        "加强网站集约化平台建设管理，定期对政务网站系统进行检查，及时修补各种漏洞，全面提高安全防护水平，{year}年{self}政务网站运行安全平稳。",
        "以{upperGov}网站为政府信息主要公开渠道，建立健全基层政务公开体系，全力做好政务网站内容保障，做到政府信息发布及时、有效、权威。",
        "建设政务公开体验区，对政策进行多种形式宣传，扩大政策信息覆盖面，确保就业创业、医保养老、社会公益等民生关注热点政府信息公开的时效性。",
        "充分发挥政务公开栏的阵地作用，及时更新公示内容，确保信息公开的及时性和直观性。",
        "此外，积极拓展微信公众号等新媒体平台的信息公开渠道，通过图文并茂、通俗易懂的方式发布政策解读、工作动态等信息，提高政府信息的传播力和覆盖面。",
        "发挥政府网站作为政府信息公开的平台和窗口作用，及时在网站上发布应当公开的重要信息。",
        "承担政务服务便民热线的受理、办理工作，本年度共受理、办理、办结热线工单{n:20-400}件。",
        "设立投诉信箱、举报监督电话等，专门接受群众投诉举报。");
    static final List<String> OVERSIGHT = List.of(
        "开展政务公开信息全面自查自评，对发现问题及时整改。",
        "完善政府信息公开的查询、申请、备案、统计等规章制度，做到程序规范、配合默契、运转有序，同时加强信息公开工作人员培训，提高工作能力和业务水平。",
        "加强政务公开学习，组织干部职工积极参加政府信息公开业务培训会{n:1-6}次，有效提高政府信息公开的业务能力和工作水平。",
        "建立和完善政府信息公开监督制度，主动公布咨询、监督投诉电话，接受有关部门、新闻媒体、广大群众的监督检查。",
        "积极接受社会各界的监督，设立投诉举报电话和邮箱，认真处理群众关于政府信息公开工作的意见和建议。",
        "建立和落实政府信息公开责任制，按照“谁主管、谁负责”的原则，落实责任到个人。",
        "信息发布时，对文字、图片信息内容严格落实“三审制”，按照信息的种类归纳到不同的信息目录中，按照程序发布。",
        "建立健全了主动公开、依申请公开、责任追究、社会评议、保密审查等一系列制度，进一步健全完善了政府信息公开工作机制，实现了政府信息公开依法、规范、有序运转。");
    static final List<String> PROBLEM = List.of(
        "{year}年，{self}在政府信息公开工作上还存在一些不足之处，如政府信息发布的及时性有待提高，政策解读的质量还不够高、政务公开业务水平仍需持续提升等。",
        "{year}年，{self}政府信息公开工作取得了一定成效，但政府信息公开的全面性、及时性还不够，政策解读方式单一，多样性、创新性还不够，政务公开队伍专业化水平还需进一步提高。",
        "{year}年，{place}扎实推进政府信息公开工作，总体成效良好，但也存在一些问题和不足：一是政务公开的力度不大，进展不快，公开的内容不够全面；二是政务服务平台信息录入不够及时。",
        "一是信息公开的内容深度和广度不足；二是政务新媒体平台互动性缺乏。",
        "一是政府信息公开的广度深度不够，方式方法简单，公开渠道不宽，与群众的期盼还有一定差距；二是依申请公开政府信息的社会知晓度还不高；三是宣传手段还不够丰富。");
    static final List<String> IMPROVE = List.of(
        "加大主动公开力度，加大社会各界关注度高、涉及群众切身利益等信息公开力度，切实丰富公开内容，创新政策解读形式，不断增强政府信息公开工作自觉性和时效性。",
        "提高政府信息公开工作的时效性，及时按照有关规定和上级要求进行公开，针对领导信息的变动，及时更新公开信息。",
        "加强负责政务公开工作人员的业务培训，积极组织开展政府信息公开业务学习和交流，进一步提高政府信息公开的责任意识，进一步提高政策解读能力与信息公开业务水平。",
        "继续深化重点领域信息公开，主动、及时、准确公开事关群众切身利益的政府信息，提升基层政务公开水平。",
        "进一步加强监督考核和培训指导，强化政务公开工作队伍建设，提升整体业务水平。",
        "畅通基层政务公开渠道，充实公开内容，为群众提供优质高效的政务公开与政务服务体验，确保群众诉求件件有落实、事事有回应。",
        "深化内容审核与解读，加强对信息公开内容的审核和把关，要求各部门提供信息时，既注重数量，更要注重质量。",
        "对于重要政策文件，通过图表、案例等多种形式进行详细解读，助力群众理解。",
        "强化新媒体运营管理，安排专人负责政务新媒体平台的运营管理，及时回复群众留言和咨询，定期开展线上互动活动，增强与群众的互动交流。",
        "认真贯彻《中华人民共和国政府信息公开条例》和上级有关要求，进一步压实政务公开工作责任，不断补齐工作短板，确保{self}政务信息公开工作更上一个台阶。",
        "加大对政务公开督促检查力度，实行有效监督，严格责任追究，确保政务公开真实、全面、及时，全面提高政务公开工作的质量。",
        "扩大宣传，拓宽公开渠道，让社会群众了解政府信息公开的渠道、内容、服务方式，提高公众对政务公开工作的认知度。");
    static final List<String> FEE = List.of(
        "{year}年度本单位未收取信息处理费。",
        "按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生政府信息公开处理费。",
        "{year}年{self}未发生收取政府信息公开处理费的情况。");
    static final List<String> KEY_POINTS = List.of(
        "{year}年度，{organ}认真对照{upper}政务公开工作要求，逐个分析研判，主动拓展政府信息公开的广度与深度，加强政务平台建设的使用管理，积极落实各项政务公开工作事项。",
        "{self}扩大政府信息公开范围，有效发挥政务新媒体作用，使其内容多元化和优质化，不断拓宽群众获取信息的渠道。");

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)(?::([0-9]+)-([0-9]+))?\\}");

    static void write(Report r, Random rng, History h) {
      Organ o = r.organ;
      int active;
      int scale = o.kind() == Kind.TOWNSHIP ? 1 : 6;
      do {
        active = (5 + rng.nextInt(76)) * scale;
      } while (active == h.active); // always another count than last year: never a copy
      h.active = active;
      Map<String, String> v = new LinkedHashMap<>();
      v.put("organ", o.name());
      v.put("place", o.shortName());
      v.put("self", o.self());
      v.put("area", o.area());
      v.put("leaders", o.leaders());
      v.put("chief", o.chief());
      v.put("upper", o.upper().name);
      v.put("upperGov", o.upperGov());
      v.put("upperCommittee", o.upperCommittee());
      v.put("congress", r.year >= 2022 ? "党的二十大精神" : "党的十九大和十九届历次全会精神");
      v.put("year", String.valueOf(r.year));
      v.put("active", String.valueOf(active));
      Fill f = new Fill(rng, v);

      if (rng.nextInt(10) < 7) {
        r.intro = f.one(INTRO_LEAD) + f.one(INTRO);
      }

      StringBuilder ov = new StringBuilder();
      ov.append(f.one(OPENING)).append(f.some(GENERAL, 0, 1));
      String[] heads = o.kind() == Kind.TOWNSHIP || rng.nextBoolean()
          ? new String[] {"（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"}
          : new String[] {"（一）主动公开政府信息情况", "（二）依申请公开政府信息情况", "（三）政府信息管理情况",
              "（四）政府信息公开平台建设情况", "（五）监督保障情况"};
      long apps = r.total(0);
      long carried = r.total(24);
      String request = apps == 0 ? String.format("%d年，%s未收到政府信息公开申请。", r.year, o.self())
          : String.format("%d年，%s共收到政府信息公开申请%d件%s", r.year, o.self(), apps, carried == 0 ? "，均依法依规进行办理，全部办理完结。"
              : "，均依法依规进行办理，其中" + carried + "件结转下年度继续办理。");
      if (r.total(1) > 0) request += "上年结转的" + r.total(1) + "件申请已于本年度办结。";
      String[] leads = {f.one(ACTIVE_LEAD), request, "", "", ""};
      List<List<String>> pools = List.of(ACTIVE, REQUEST, MANAGE, PLATFORM, OVERSIGHT);
      for (int i = 0; i < 5; i++) {
        ov.append("\n\n### ").append(heads[i]).append("\n\n");
        ov.append(leads[i]).append(f.some(pools.get(i), 1, i == 0 || i == 2 ? 2 : 1));
      }
      r.overview = ov.toString();

      StringBuilder pr = new StringBuilder();
      pr.append("### （一）存在的主要问题\n\n").append(f.one(PROBLEM));
      pr.append("\n\n### （二）改进情况\n\n");
      List<String> steps = f.pick(IMPROVE, 2 + rng.nextInt(2));
      if (rng.nextBoolean()) {
        pr.append("下一步，").append(o.self()).append("将通过以下措施加以改进：");
        String[] ord = {"一是", "二是", "三是", "四是"};
        for (int i = 0; i < steps.size(); i++) {
          String s = steps.get(i);
          pr.append(ord[i]).append(s, 0, s.length() - 1).append(i == steps.size() - 1 ? "。" : "；");
        }
      } else {
        for (int i = 0; i < steps.size(); i++) {
          if (i > 0) pr.append("\n\n");
          pr.append(i + 1).append('.').append(steps.get(i));
        }
      }
      r.problems = pr.toString();

      StringBuilder om = new StringBuilder();
      om.append("### （一）收取信息处理费情况\n\n").append(f.one(FEE));
      om.append("\n\n### （二）落实政务公开工作要点情况\n\n").append(f.one(KEY_POINTS));
      om.append("\n\n### （三）建议提案办理结果公开情况\n\n");
      if (o.kind() == Kind.TOWNSHIP || rng.nextInt(3) == 0) {
        om.append(r.year).append("年本单位未收到人大代表建议和政协提案。");
      } else {
        om.append(String.format("%d年，%s共承办人大代表建议%d件、政协提案%d件，均已按期办结，办理结果已按要求公开。",
            r.year, o.self(), 1 + rng.nextInt(20), 1 + rng.nextInt(20)));
      }
      om.append("\n\n### （四）报告数据统计说明\n\n本报告所列数据统计期限自").append(r.year).append("年1月1日起至")
          .append(r.year).append("年12月31日止。");
      r.otherMatters = om.toString();
    }

    /** Picks sentences and fills their placeholders. */
    private record Fill(Random rng, Map<String, String> values) {
      String one(List<String> pool) {
        return fill(pool.get(rng.nextInt(pool.size())));
      }

      /** Between min and max distinct sentences in the pool's order, joined. */
      String some(List<String> pool, int min, int max) {
        return String.join("", pick(pool, min + rng.nextInt(max - min + 1)));
      }

      List<String> pick(List<String> pool, int k) {
        k = Math.min(k, pool.size());
        Integer[] idx = new Integer[pool.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        List<Integer> order = new ArrayList<>(Arrays.asList(idx));
        shuffle(order, rng);
        List<Integer> chosen = new ArrayList<>(order.subList(0, k));
        chosen.sort(null);
        List<String> out = new ArrayList<>(k);
        for (int i : chosen) out.add(fill(pool.get(i)));
        return out;
      }

      String fill(String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
          String rep;
          if (m.group(2) != null) {
            int lo = Integer.parseInt(m.group(2));
            int hi = Integer.parseInt(m.group(3));
            rep = String.valueOf(lo + rng.nextInt(hi - lo + 1));
          } else {
            rep = values.get(m.group(1));
            if (rep == null) throw new IllegalStateException("no value for " + m.group());
          }
          m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
      }
    }
  }

  private CorpusGenerator() {}

  /** Every file under {@code root}, relative and '/'-separated, with its bytes; for comparing runs. */
  static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
