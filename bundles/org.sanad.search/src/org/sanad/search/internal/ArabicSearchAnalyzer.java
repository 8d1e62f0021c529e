package org.sanad.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as Sanad searches them: Unicode word boundaries (Arabic and Latin alike), lower case,
 * Arabic-Indic digits as 0–9, and Arabic normalised: hamza and madda forms of alef (أ إ آ) as
 * ا, alef maqsura ى as ي, taa marbuta ة as ه, harakat and tatweel removed. The stemming variant
 * also strips the common prefixes and suffixes (ال, و, ات, ة …), so that a word finds its forms;
 * the exact variant keeps words whole, for phrases. Built from the filters directly, without
 * Lucene's service lookup, so it works the same inside OSGi.
 */
public final class ArabicSearchAnalyzer extends Analyzer {

	private final boolean stem;

	private ArabicSearchAnalyzer(boolean stem) {
		this.stem = stem;
	}

	/** @return the analyzer of the main text field: normalised and lightly stemmed */
	public static ArabicSearchAnalyzer stemming() {
		return new ArabicSearchAnalyzer(true);
	}

	/** @return the analyzer of the exact field: normalised, not stemmed */
	public static ArabicSearchAnalyzer exact() {
		return new ArabicSearchAnalyzer(false);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream result = normalise(source);
		if (stem) {
			result = new ArabicStemFilter(result);
		}
		return new TokenStreamComponents(source, result);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return normalise(in);
	}

	private static TokenStream normalise(TokenStream in) {
		return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
	}
}
