package org.sanad.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.SetStatus;
import org.sanad.model.Stance;
import org.sanad.store.remote.wire.StoreOperations;
import org.sanad.store.remote.wire.Wire;

import com.google.gson.JsonParseException;

/** The JSON form of model objects and of the store operations' names. */
class WireFormatTest {

	@Test
	void aSetWithAStanceHeldByOneOfItsMentionsComesBackWithTheSameLinks() {
		AnnotationSet set = Team.F.createAnnotationSet();
		set.setId("set-1");
		set.setDocumentId("doc-1");
		set.setOwner("amal");
		set.setStatus(SetStatus.IN_PROGRESS);
		set.setRevision(7);
		EntityMention ryder = Team.entity("باتريك رايدر", "PER");
		Stance stance = Team.F.createStance();
		stance.setId("stance-1");
		stance.setTarget("us-presence-iraq");
		stance.setPolarity(Polarity.FAVOR);
		stance.setHolder(ryder);
		set.getAnnotations().addAll(List.of(ryder, stance));

		AnnotationSet back = Wire.gson().fromJson(Wire.gson().toJson(set), AnnotationSet.class);

		assertEquals(7, back.getRevision());
		assertEquals(SetStatus.IN_PROGRESS, back.getStatus());
		EntityMention mention = (EntityMention) back.getAnnotations().get(0);
		assertEquals(List.of(ryder.getBegin(), ryder.getEnd(), "PER"), List.of(mention.getBegin(), mention.getEnd(),
				mention.getLabel()));
		assertSame(mention, ((Stance) back.getAnnotations().get(1)).getHolder(), "the holder is the set's mention");
	}

	@Test
	void aDocumentListedWithoutItsTextStaysWithoutAndKeepsItsMetadata() {
		Document listed = Team.document("one", "نص");
		listed.unsetText();
		listed.getMetadata().put("source", "الجزيرة");

		Document back = Wire.gson().fromJson(Wire.gson().toJson(listed), Document.class);

		assertFalse(back.isSetText());
		assertEquals(Map.of("source", "الجزيرة"), back.getMetadata().map());
	}

	@Test
	void unknownClassesAndFieldsAreRefusedNamingWhere() {
		JsonParseException field = assertThrows(JsonParseException.class, () -> Wire.gson()
				.fromJson("{\"eClass\":\"AnnotationSet\",\"annotations\":[{\"eClass\":\"EntityMention\",\"colour\":1}]}",
						AnnotationSet.class));
		assertTrue(field.getMessage().contains("annotations[0]") && field.getMessage().contains("colour"),
				field.getMessage());
		assertThrows(JsonParseException.class, () -> Wire.gson().fromJson("{\"eClass\":\"Annotation\"}",
				AnnotationSet.class), "an abstract class");
		assertThrows(JsonParseException.class, () -> Wire.gson().fromJson("{\"eClass\":\"Document\"}",
				AnnotationSet.class), "another class than asked for");
	}

	@Test
	void overloadedOperationsAreNamedByTheirParameters() {
		assertTrue(StoreOperations.find("annotationSet").isPresent());
		assertTrue(StoreOperations.find("documents:String,int,int").isPresent());
		assertTrue(StoreOperations.find("documents:Collection").isPresent());
		assertTrue(StoreOperations.find("changeSchema:String,List,String").isPresent());
		assertTrue(StoreOperations.find("accounts.setPassword").isPresent());
		assertTrue(StoreOperations.find("backup").isPresent(), "for the data folder's owner only");
		assertFalse(StoreOperations.find("accounts.authenticate").isPresent());
		assertFalse(StoreOperations.find("close").isPresent());
	}
}
