package org.crimegun.neo4j.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/**
 * Full-text analyzer "crimegun-trigram": every run of letters and digits of a value is cut into
 * its overlapping three-character pieces, lowercased ("GL-12345" gives 123, 234 and 345; "GL"
 * is too short for a piece). Used by the serial and evidence-id indexes
 * (cypher/migrations), so that a serial typed from its middle (an obliterated serial the lab
 * restored in part) is a phrase of trigram terms, found by looking up a few terms, instead of
 * a leading-wildcard query that makes Lucene walk every term of the field. A phrase of
 * consecutive trigrams matches exactly the values that contain the typed characters in a row,
 * since each gram sits at the next position. Grams never span a separator or an unknown
 * character ('?'), so a recorded partial serial such as "12??567" gives no made-up piece.
 *
 * Registered for Neo4j through META-INF/services (java.util.ServiceLoader); this class must be
 * on the Neo4j classpath wherever an index using it exists, or that index fails to open.
 */
public final class TrigramAnalyzerProvider extends AnalyzerProvider {
  public static final String NAME = "crimegun-trigram";
  static final int GRAM = 3;

  public TrigramAnalyzerProvider() {
    super(NAME);
  }

  @Override
  public Analyzer createAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer grams =
            new NGramTokenizer(GRAM, GRAM) {
              @Override
              protected boolean isTokenChar(int chr) {
                return Character.isLetterOrDigit(chr);
              }
            };
        return new TokenStreamComponents(grams, new LowerCaseFilter(grams));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  @Override
  public String description() {
    return "Overlapping three-character pieces of each run of letters and digits, lowercased: "
        + "substring search (a phrase of pieces) without leading-wildcard queries.";
  }
}
