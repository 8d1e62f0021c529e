package org.sanad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.ScaleLevel;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.model.schema.Layers;

class DefaultSchemaTest {

	@Test
	void hasTheThreeLayersAndTheNineEntityTypesOnKeysOneToNine() {
		LabelSchema schema = DefaultSchema.create();
		assertEquals(List.of(Layers.ENTITY, Layers.STANCE, Layers.SOURCE),
				schema.getLayers().stream().map(Layer::getId).toList());
		List<Label> entities = schema.getLayers().get(0).getLabels();
		assertEquals(List.of("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE", "QUANTITY"),
				entities.stream().map(Label::getName).toList());
		assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"),
				entities.stream().map(Label::getKey).toList());
		assertTrue(entities.stream().allMatch(l -> l.getColour().matches("#[0-9a-f]{6}")));
	}

	@Test
	void onlyFAndSixCountAsMissing() {
		LabelSchema schema = DefaultSchema.create();
		assertEquals(List.of("F"), missing(schema.getReliabilityScale()));
		assertEquals(List.of("6"), missing(schema.getCredibilityScale()));
		assertEquals("ABCDEF", String.join("", schema.getReliabilityScale().stream().map(ScaleLevel::getCode).toList()));
	}

	@Test
	void eachCallGivesAnIndependentCopy() {
		assertNotSame(DefaultSchema.create().getLayers().get(0), DefaultSchema.create().getLayers().get(0));
	}

	@Test
	void survivesAnXmiRoundTrip() throws Exception {
		LabelSchema schema = DefaultSchema.create();
		Resource out = new XMIResourceImpl(URI.createURI("schema.xmi"));
		out.getContents().add(schema);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());
		Resource in = new XMIResourceImpl(URI.createURI("schema.xmi"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		assertTrue(EcoreUtil.equals(schema, in.getContents().get(0)));
	}

	private static List<String> missing(List<ScaleLevel> scale) {
		return scale.stream().filter(ScaleLevel::isMissing).map(ScaleLevel::getCode).toList();
	}
}
