package org.sanad.store;

import java.time.Instant;

/**
 * One mention of a registered source: a source attribution in one annotation set, with the rating
 * it received there. Offsets are UTF-16 code units into the document's text.
 *
 * @param sourceId      the registry entry
 * @param documentId    the document
 * @param documentTitle its title, for lists
 * @param owner         whose set: an annotator, or {@code null} for the gold set
 * @param annotationId  the attribution's id
 * @param begin         the mention's first offset
 * @param end           the offset after it
 * @param kind          the source kind given, or {@code null}
 * @param reliability   the reliability letter given ({@code A}–{@code F}, or {@code -} unrated)
 * @param credibility   the credibility digit given ({@code 1}–{@code 6}, or {@code -} unrated)
 * @param createdAt     when the attribution was made, or {@code null}
 * @since 0.7
 */
public record SourceMention(String sourceId, String documentId, String documentTitle, String owner,
		String annotationId, int begin, int end, String kind, String reliability, String credibility,
		Instant createdAt) {
}
