package org.sanad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanad.model.AnnotationSet;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.model.validation.AnnotationValidator;
import org.sanad.model.validation.Problem;
import org.sanad.model.validation.Problem.Code;
import org.sanad.model.validation.Problem.Severity;

class AnnotationValidatorTest {

	private static final SanadFactory F = SanadFactory.eINSTANCE;
	private static final String TEXT = "قال رايدر 😀 إن البنتاغون";

	private final Document document = F.createDocument();
	private final AnnotationSet set = F.createAnnotationSet();
	private int ids;

	AnnotationValidatorTest() {
		document.setText(TEXT);
		document.setLength(TEXT.length());
	}

	private List<Problem> problems() {
		return new AnnotationValidator(document, DefaultSchema.create()).validate(set);
	}

	private List<Code> codes() {
		return problems().stream().map(Problem::code).toList();
	}

	private EntityMention entity(int begin, int end, String label) {
		EntityMention m = F.createEntityMention();
		m.setId("a" + ids++);
		m.setBegin(begin);
		m.setEnd(end);
		m.setLabel(label);
		set.getAnnotations().add(m);
		return m;
	}

	private static TextSpan span(int begin, int end) {
		TextSpan s = F.createTextSpan();
		s.setBegin(begin);
		s.setEnd(end);
		return s;
	}

	@Test
	void validAnnotationsOfAllLayersGiveNoProblems() {
		EntityMention ryder = entity(4, 9, "PER");
		entity(4, 9, "ORG"); // overlapping and nested spans are allowed
		Stance stance = F.createStance();
		stance.setId("s");
		stance.setTarget("us-presence-iraq");
		stance.setPolarity(Polarity.FAVOR);
		stance.setHolder(ryder);
		set.getAnnotations().add(stance);
		SourceAttribution source = F.createSourceAttribution();
		source.setId("src");
		source.setBegin(0);
		source.setEnd(9);
		source.setKind("named-official");
		source.setReliability(Reliability.B);
		source.setCredibility(Credibility.PROBABLY_TRUE);
		source.getClaims().add(span(13, TEXT.length()));
		set.getAnnotations().add(source);
		assertEquals(List.of(), problems());
	}

	@Test
	void spansOutsideTheTextEmptyOrSplittingAnEmojiAreErrors() {
		entity(-1, 3, "PER");
		entity(5, TEXT.length() + 1, "PER");
		entity(6, 6, "PER");
		entity(7, 5, "PER");
		int emoji = TEXT.indexOf("😀");
		entity(emoji + 1, emoji + 2, "PER");
		assertEquals(List.of(Code.SPAN_OUTSIDE_TEXT, Code.SPAN_OUTSIDE_TEXT, Code.EMPTY_SPAN, Code.EMPTY_SPAN,
				Code.SPLITS_CHARACTER), codes());
		assertEquals(Severity.ERROR, problems().get(0).severity());
	}

	@Test
	void labelNotInTheSchemaIsAnError() {
		entity(0, 3, "WEAPON");
		Problem p = problems().get(0);
		assertEquals(Code.UNKNOWN_LABEL, p.code());
		assertEquals("a0", p.annotationId());
		assertEquals(0, p.begin());
	}

	@Test
	void stanceWithoutTargetOrPolarityAndForeignHolder() {
		Stance stance = F.createStance();
		stance.setId("s");
		stance.setHolder(F.createEntityMention());
		set.getAnnotations().add(stance);
		assertEquals(List.of(Code.STANCE_WITHOUT_TARGET, Code.STANCE_WITHOUT_POLARITY, Code.HOLDER_NOT_IN_SET), codes());
		assertEquals(-1, problems().get(0).begin(), "a document-level stance has no place in the text");
		stance.setTarget("no-such-target");
		stance.setPolarity(Polarity.NEUTRAL);
		stance.setHolder(null);
		assertEquals(List.of(Code.UNKNOWN_TARGET), codes());
	}

	@Test
	void sourceWithoutFullRatingAndUnknownKind() {
		SourceAttribution source = F.createSourceAttribution();
		source.setId("src");
		source.setBegin(0);
		source.setEnd(3);
		source.setReliability(Reliability.C);
		source.setKind("oracle");
		source.getClaims().add(span(20, 10));
		set.getAnnotations().add(source);
		assertEquals(List.of(Code.EMPTY_SPAN, Code.SOURCE_WITHOUT_RATING, Code.UNKNOWN_SOURCE_KIND), codes());
	}

	@Test
	void spanOverlappingBoilerplateIsAWarning() {
		BoilerplateRegion region = F.createBoilerplateRegion();
		region.setBegin(0);
		region.setEnd(3);
		document.getBoilerplate().add(region);
		entity(2, 9, "PER");
		entity(4, 9, "PER");
		List<Problem> problems = problems();
		assertEquals(1, problems.size());
		assertEquals(Severity.WARNING, problems.get(0).severity());
		assertEquals(Code.CROSSES_BOILERPLATE, problems.get(0).code());
	}

	@Test
	void lengthIsUsedWhenTheTextIsNotLoaded() {
		Document header = F.createDocument();
		header.setLength(10);
		EntityMention m = entity(5, 11, "PER");
		List<Problem> problems = new AnnotationValidator(header, DefaultSchema.create()).validate(set);
		assertEquals(Code.SPAN_OUTSIDE_TEXT, problems.get(0).code());
		assertEquals(m.getId(), problems.get(0).annotationId());
	}
}
