package org.sanad.search;

import java.util.List;

/**
 * One document found.
 *
 * @param documentId   the document
 * @param title        its title
 * @param score        Lucene's relevance score; higher is better
 * @param snippet      a piece of the text around the first match (the text's start when nothing
 *                     in the text matched); line breaks are spaces, so its offsets are the text's
 * @param snippetBegin where the snippet starts in the text (UTF-16 units)
 * @param matches      every match in the text, in text order: the words and phrases of the query
 *                     or, for a query of annotation filters only, the spans of the matching
 *                     annotations the asker may see
 */
public record SearchHit(String documentId, String title, float score, String snippet, int snippetBegin,
		List<TextMatch> matches) {

	public SearchHit {
		matches = List.copyOf(matches);
	}

	/** @return the matches inside the snippet, with offsets relative to the snippet */
	public List<TextMatch> snippetMatches() {
		int end = snippetBegin + snippet.length();
		return matches.stream().filter(m -> m.begin() >= snippetBegin && m.end() <= end)
				.map(m -> new TextMatch(m.begin() - snippetBegin, m.end() - snippetBegin)).toList();
	}
}
