package org.sanad.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;

/** A whole value as one term, lower case: labels, polarities, grades, annotator ids. */
final class KeywordLowerAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		KeywordTokenizer source = new KeywordTokenizer();
		return new TokenStreamComponents(source, new LowerCaseFilter(source));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}
}
