package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;

/**
 * One document as agreement sees it: its length, its boilerplate and each compared annotator's set,
 * with each set's annotations sorted by layer once (every layer reads them).
 */
public final class DocumentSets {

	private final String id;
	private final int length;
	private final List<int[]> boilerplate;
	private final AnnotationSet[] sets;
	private List<List<EntityMention>> entities;
	private List<List<SourceAttribution>> sources;
	private List<List<Stance>> stances;

	/**
	 * @param id          the document
	 * @param length      its length in UTF-16 units, the unit of the store's offsets
	 * @param boilerplate boilerplate regions as {begin, end}, sorted, not overlapping
	 * @param sets        one per annotator, in the run's order; {@code null} where the annotator has
	 *                    no set (or no finished one, when only finished sets count)
	 */
	public DocumentSets(String id, int length, List<int[]> boilerplate, AnnotationSet[] sets) {
		this.id = id;
		this.length = length;
		this.boilerplate = boilerplate;
		this.sets = sets;
	}

	public String id() {
		return id;
	}

	public int length() {
		return length;
	}

	public AnnotationSet[] sets() {
		return sets;
	}

	/** @return annotator {@code r}'s entities; {@code null} if it has no set */
	List<EntityMention> entities(int r) {
		split();
		return entities.get(r);
	}

	/** @return annotator {@code r}'s sources; {@code null} if it has no set */
	List<SourceAttribution> sources(int r) {
		split();
		return sources.get(r);
	}

	/** @return annotator {@code r}'s stances; {@code null} if it has no set */
	List<Stance> stances(int r) {
		split();
		return stances.get(r);
	}

	/** Sorts each set's annotations by layer, once; later calls return at once. */
	void split() {
		if (entities != null) {
			return;
		}
		entities = new ArrayList<>(sets.length);
		sources = new ArrayList<>(sets.length);
		stances = new ArrayList<>(sets.length);
		for (AnnotationSet set : sets) {
			if (set == null) {
				entities.add(null);
				sources.add(null);
				stances.add(null);
				continue;
			}
			List<EntityMention> e = new ArrayList<>();
			List<SourceAttribution> s = new ArrayList<>();
			List<Stance> t = new ArrayList<>();
			for (Annotation a : set.getAnnotations()) {
				if (a instanceof EntityMention m) {
					e.add(m);
				} else if (a instanceof SourceAttribution source) {
					s.add(source);
				} else if (a instanceof Stance stance) {
					t.add(stance);
				}
			}
			entities.add(e);
			sources.add(s);
			stances.add(t);
		}
	}

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
