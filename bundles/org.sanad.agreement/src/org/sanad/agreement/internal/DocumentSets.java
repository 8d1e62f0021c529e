package org.sanad.agreement.internal;

import java.util.List;

import org.sanad.model.AnnotationSet;

/**
 * One document as agreement sees it: its length, its boilerplate and each compared annotator's set.
 *
 * @param id          the document
 * @param length      its length in UTF-16 units, the unit of the store's offsets
 * @param boilerplate boilerplate regions as {begin, end}, sorted
 * @param sets        one per annotator, in the report's order; {@code null} where the annotator has
 *                    no set (or no finished one, when only finished sets count)
 */
public record DocumentSets(String id, int length, List<int[]> boilerplate, AnnotationSet[] sets) {

	/** @return how many annotators have a set */
	int annotated() {
		int n = 0;
		for (AnnotationSet set : sets) {
			if (set != null) {
				n++;
			}
		}
		return n;
	}

	/** @return whether {@code [begin, end)} touches boilerplate */
	boolean inBoilerplate(int begin, int end) {
		for (int[] region : boilerplate) {
			if (region[0] < end && begin < region[1]) {
				return true;
			}
		}
		return false;
	}

	/** @return the number of boilerplate characters before {@code offset} */
	int boilerplateBefore(int offset) {
		int n = 0;
		for (int[] region : boilerplate) {
			if (region[0] >= offset) {
				break;
			}
			n += Math.min(region[1], offset) - region[0];
		}
		return n;
	}
}
