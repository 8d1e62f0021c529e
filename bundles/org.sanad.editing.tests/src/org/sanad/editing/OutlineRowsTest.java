package org.sanad.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;

class OutlineRowsTest {

	private static final SanadFactory F = SanadFactory.eINSTANCE;

	private static EntityMention entity(int begin, int end) {
		EntityMention m = F.createEntityMention();
		m.setBegin(begin);
		m.setEnd(end);
		m.setLabel("PER");
		return m;
	}

	private static SourceAttribution source(int begin, int end) {
		SourceAttribution s = F.createSourceAttribution();
		s.setBegin(begin);
		s.setEnd(end);
		return s;
	}

	private static Stance documentStance() {
		Stance s = F.createStance();
		s.setPolarity(Polarity.FAVOR);
		return s;
	}

	/** @return the rows as a readable list: headings by name, annotations by their position */
	private static List<String> shown(OutlineRows rows) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			out.add(rows.get(i) instanceof OutlineRows.Layer l ? l.heading() + ":" + rows.groupSize(i)
					: String.valueOf(OutlineRows.position((Annotation) rows.get(i))));
		}
		return out;
	}

	@Test
	void rowsAreGroupedByLayerInTextOrder() {
		OutlineRows rows = new OutlineRows();
		rows.rebuild(List.of(entity(30, 35), source(5, 9), entity(10, 12), documentStance(), entity(10, 20)));
		assertEquals(List.of("Entities:3", "10", "10", "30", "Stance:1", "-1", "Sources:1", "5"), shown(rows));
	}

	@Test
	void patchesPutNewRowsInOrderAndKeepTheHeadingsRight() {
		EntityMention a = entity(10, 12);
		EntityMention b = entity(40, 45);
		SourceAttribution s = source(20, 25);
		OutlineRows rows = new OutlineRows();
		rows.rebuild(List.of(a, b, s));
		EntityMention c = entity(20, 22);
		SourceAttribution t = source(1, 3);
		Set<Annotation> present = new java.util.HashSet<>(List.of(a, b, s, c, t));
		Predicate<Annotation> isPresent = present::contains;
		rows.patch(List.of(c, t), isPresent);
		assertEquals(List.of("Entities:3", "10", "20", "40", "Stance:0", "Sources:2", "1", "20"), shown(rows));
		assertEquals(2, rows.indexOf(c));
		assertEquals(6, rows.indexOf(t));
		present.remove(a);
		rows.patch(List.of(a), isPresent);
		assertEquals(List.of("Entities:2", "20", "40", "Stance:0", "Sources:2", "1", "20"), shown(rows));
		assertEquals(-1, rows.indexOf(a));
		assertSame(s, rows.get(rows.indexOf(s)));
	}

	@Test
	void annotationsAtTheSameOffsetAreToldApartAndAMovedOneIsStillFound() {
		EntityMention first = entity(10, 12);
		EntityMention second = entity(10, 20);
		EntityMention third = entity(10, 15);
		OutlineRows rows = new OutlineRows();
		rows.rebuild(List.of(first, second, third));
		assertEquals(List.of(1, 2, 3), List.of(rows.indexOf(first), rows.indexOf(second), rows.indexOf(third)));
		second.setBegin(50); // changed in place: the row is still at its old place until patched
		assertEquals(2, rows.indexOf(second));
		rows.patch(List.of(second), a -> true);
		assertEquals(List.of("Entities:3", "10", "10", "50", "Stance:0", "Sources:0"), shown(rows));
	}

	@Test
	void clearedRowsHaveNoHeadings() {
		OutlineRows rows = new OutlineRows();
		EntityMention a = entity(1, 2);
		rows.rebuild(List.of(a));
		rows.clear();
		assertEquals(0, rows.size());
		assertEquals(-1, rows.indexOf(a));
	}
}
