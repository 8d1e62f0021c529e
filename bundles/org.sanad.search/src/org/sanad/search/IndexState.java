package org.sanad.search;

/** What {@link CorpusSearch#prepare} found, and so what it did. */
public enum IndexState {
	/** The index was there and sound; it was brought up to the store. */
	READY,
	/** There was no index; it was built. */
	MISSING,
	/** The index was written by an older Sanad (another layout); it was rebuilt. */
	STALE,
	/** The index failed Lucene's checks; it was rebuilt. */
	CORRUPT;

	/** @return whether the index had to be built from scratch */
	public boolean rebuilt() {
		return this != READY;
	}
}
