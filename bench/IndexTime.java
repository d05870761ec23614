import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.index.GramAnalyzer;
import org.gongkai.index.Fields;
import org.gongkai.index.Indexer;
import org.gongkai.index.StaticIndex;

/**
 * Times Gongkai's search indexing alone, without page rendering: takes the report texts from a
 * built site's Lucene index (stored fields), indexes them again as the build does (same
 * analyzer and field types, on one thread into one merged segment — the build indexes parts on
 * every core), then writes the static index from it. Prints the
 * seconds of each step. java -cp target/gongkai.jar bench/IndexTime.java SITE WORKDIR
 */
public class IndexTime {
  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    Path work = Path.of(args[1]);
    List<Document> docs = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(site.resolve("search/lucene")); DirectoryReader r = DirectoryReader.open(dir)) {
      var stored = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        Document s = stored.document(i);
        Document d = new Document();
        d.add(new StringField(Fields.ID, s.get(Fields.ID), Field.Store.YES));
        d.add(new StoredField(Fields.URL, s.get(Fields.URL)));
        for (String f : List.of(Fields.ORGAN, Fields.REGION, Fields.TITLE, Fields.BODY)) {
          d.add(new Field(f, s.get(f) == null ? "" : s.get(f), Indexer.TEXT));
        }
        int year = s.getField(Fields.YEAR).numericValue().intValue();
        d.add(new IntPoint(Fields.YEAR, year));
        d.add(new StoredField(Fields.YEAR, year));
        d.add(new NumericDocValuesField(Fields.YEAR, year));
        String[] path = s.get(Fields.REGION).split(" ");
        for (int k = 1; k <= path.length; k++) {
          d.add(new StringField(Fields.REGION_PREFIX, String.join("/", List.of(path).subList(0, k)), Field.Store.NO));
          d.add(new StringField(Fields.REGION_NAME, path[k - 1], Field.Store.NO));
        }
        docs.add(d);
      }
    }
    Path lucene = work.resolve("search/lucene");
    Files.createDirectories(lucene);
    long t0 = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(new GramAnalyzer()).setSimilarity(Indexer.SIMILARITY).setMergeScheduler(new SerialMergeScheduler())
        .setRAMBufferSizeMB(256).setUseCompoundFile(false);
    try (FSDirectory dir = FSDirectory.open(lucene); IndexWriter w = new IndexWriter(dir, config)) {
      for (Document d : docs) w.addDocument(d);
      w.forceMerge(1);
    }
    docs = null;
    long t1 = System.nanoTime();
    StaticIndex.rewrite(work, StaticIndex.Layout.DEFAULT);
    long t2 = System.nanoTime();
    System.out.printf("%.1f %.1f%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }
}
