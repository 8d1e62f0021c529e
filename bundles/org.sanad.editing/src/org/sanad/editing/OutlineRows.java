package org.sanad.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;

/**
 * The rows of an outline of a set's annotations: a heading per layer, then its annotations in text
 * order. Finding, adding and removing one annotation are binary searches, so that an edit in a
 * document of 20,000 annotations does not walk them all. Not thread-safe: the UI thread owns it.
 */
public final class OutlineRows {

	/** A group heading: the layer's name and the annotations it holds. */
	public record Layer(String heading, Class<? extends Annotation> type) {
	}

	/** The groups, in order: entities, stances, sources. */
	public static final List<Layer> LAYERS = List.of(new Layer("Entities", EntityMention.class),
			new Layer("Stance", Stance.class), new Layer("Sources", SourceAttribution.class));

	/** One entry per row: a {@link Layer} heading or an annotation. */
	private final List<Object> rows = new ArrayList<>();
	/** The row of each layer's heading. */
	private final int[] headings = new int[LAYERS.size()];

	/** Rebuilds every row from the annotations of a set. */
	public void rebuild(List<? extends Annotation> annotations) {
		rows.clear();
		for (int g = 0; g < LAYERS.size(); g++) {
			headings[g] = rows.size();
			rows.add(LAYERS.get(g));
			Class<? extends Annotation> type = LAYERS.get(g).type();
			annotations.stream().filter(type::isInstance)
					.sorted(Comparator.comparingInt(OutlineRows::position)).forEach(rows::add);
		}
	}

	/** Leaves no rows, not even headings: no document is open. */
	public void clear() {
		rows.clear();
		Arrays.fill(headings, 0);
	}

	/** Hears of single rows leaving and arriving, so that a table can mirror them one by one. */
	public interface RowListener {
		void removed(int row);

		void inserted(int row);
	}

	/** Removes no longer {@code present} annotations' rows and puts present ones in place. */
	public void patch(List<? extends Annotation> touched, Predicate<Annotation> present) {
		patch(touched, present, null);
	}

	/** The same, telling {@code listener} (if not null) each row removed and inserted, in order. */
	public void patch(List<? extends Annotation> touched, Predicate<Annotation> present, RowListener listener) {
		for (Annotation a : touched) {
			int at = indexOf(a);
			if (at >= 0) {
				rows.remove(at);
				shiftHeadingsAfter(at, -1);
				if (listener != null) {
					listener.removed(at);
				}
			}
			int group = group(a);
			if (group >= 0 && present.test(a)) {
				int to = upperBound(group, position(a));
				rows.add(to, a);
				shiftHeadingsAfter(to - 1, +1);
				if (listener != null) {
					listener.inserted(to);
				}
			}
		}
	}

	/** @return the rows of the group headings, in order */
	public int[] headingRows() {
		return rows.isEmpty() ? new int[0] : headings.clone();
	}

	public int size() {
		return rows.size();
	}

	public Object get(int row) {
		return rows.get(row);
	}

	/** @return how many annotations are under the heading at {@code row} */
	public int groupSize(int row) {
		int group = Arrays.binarySearch(headings, row);
		return end(group) - row - 1;
	}

	/** @return the annotation's row, or -1 */
	public int indexOf(Annotation a) {
		int group = group(a);
		if (group >= 0) {
			int position = position(a);
			for (int i = lowerBound(group, position); i < end(group) && position((Annotation) rows.get(i)) == position; i++) {
				if (rows.get(i) == a) {
					return i;
				}
			}
		}
		// not where its span says: a span was changed in place, so look everywhere
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) == a) {
				return i;
			}
		}
		return -1;
	}

	private void shiftHeadingsAfter(int row, int by) {
		for (int g = 0; g < headings.length; g++) {
			if (headings[g] > row) {
				headings[g] += by;
			}
		}
	}

	private static int group(Annotation a) {
		for (int g = 0; g < LAYERS.size(); g++) {
			if (LAYERS.get(g).type().isInstance(a)) {
				return g;
			}
		}
		return -1;
	}

	private int end(int group) {
		return group + 1 < headings.length ? headings[group + 1] : rows.size();
	}

	/** @return the first row of the group whose position is at least {@code position} */
	private int lowerBound(int group, int position) {
		return firstAbove(group, position - 1);
	}

	/** @return the first row of the group whose position is above {@code position} */
	private int upperBound(int group, int position) {
		return firstAbove(group, position);
	}

	private int firstAbove(int group, int position) {
		int low = headings[group] + 1;
		int high = end(group);
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (position((Annotation) rows.get(mid)) <= position) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	/** @return where an annotation sorts: its first mark's begin, -1 for document-level ones */
	public static int position(Annotation a) {
		List<Mark> marks = Mark.of(a);
		return marks.isEmpty() ? -1 : marks.get(0).begin();
	}
}
