package org.sanad.exchange.uima.internal;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * The UIMA type system of Sanad's XMI: DKPro Core's own names for what DKPro, INCEpTION and
 * dkpro-cassis read (named entities, sentences, tokens, document metadata), and Sanad types for
 * what they have no type for (rated sources with their claims, stances, boilerplate, the set).
 * Declared here feature by feature, so that no JCas class and no class-path scan is needed: the
 * generic CAS API works inside OSGi.
 */
final class SanadTypeSystem {

	static final String DKPRO = "de.tudarmstadt.ukp.dkpro.core.api.";
	static final String NAMED_ENTITY = DKPRO + "ner.type.NamedEntity";
	static final String SENTENCE = DKPRO + "segmentation.type.Sentence";
	static final String TOKEN = DKPRO + "segmentation.type.Token";
	static final String METADATA = DKPRO + "metadata.type.DocumentMetaData";

	static final String SANAD = "org.sanad.uima.";
	static final String SOURCE = SANAD + "Source";
	static final String CLAIM = SANAD + "Claim";
	static final String STANCE = SANAD + "Stance";
	static final String BOILERPLATE = SANAD + "Boilerplate";
	static final String SET = SANAD + "AnnotationSet";

	private SanadTypeSystem() {
	}

	static TypeSystemDescription create() {
		TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		types.setName("Sanad");
		types.setDescription("Sanad's export: DKPro Core entities, sentences and tokens, and Sanad's sources,"
				+ " stances and boilerplate. Offsets are UTF-16 code units, as UIMA counts.");
		TypeDescription entity = types.addType(NAMED_ENTITY, "An entity mention; value is the label, e.g. PER",
				CAS.TYPE_NAME_ANNOTATION);
		entity.addFeature("value", "The label", CAS.TYPE_NAME_STRING);
		entity.addFeature("identifier", "A knowledge-base identifier (unused by Sanad)", CAS.TYPE_NAME_STRING);
		types.addType(SENTENCE, "A sentence", CAS.TYPE_NAME_ANNOTATION).addFeature("id", "", CAS.TYPE_NAME_STRING);
		TypeDescription token = types.addType(TOKEN, "A token from Sanad's tokenizer", CAS.TYPE_NAME_ANNOTATION);
		token.addFeature("id", "", CAS.TYPE_NAME_STRING);
		token.addFeature("order", "", CAS.TYPE_NAME_INTEGER);
		TypeDescription metadata = types.addType(METADATA, "The document's id and title",
				CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
		for (String name : new String[] { "documentTitle", "documentId", "documentUri", "collectionId",
				"documentBaseUri" }) {
			metadata.addFeature(name, "", CAS.TYPE_NAME_STRING);
		}
		metadata.addFeature("isLastSegment", "", CAS.TYPE_NAME_BOOLEAN);

		TypeDescription claim = types.addType(CLAIM, "A claim span a source is quoted for", CAS.TYPE_NAME_ANNOTATION);
		TypeDescription source = types.addType(SOURCE, "An attributed source rated with the NATO Admiralty code",
				CAS.TYPE_NAME_ANNOTATION);
		source.addFeature("kind", "Source kind id of the schema, e.g. anonymous-official", CAS.TYPE_NAME_STRING);
		source.addFeature("reliability", "A to F; unset when unrated", CAS.TYPE_NAME_STRING);
		source.addFeature("credibility", "1 to 6; unset when unrated", CAS.TYPE_NAME_STRING);
		source.addFeature("registry", "The registered source's name", CAS.TYPE_NAME_STRING);
		source.addFeature("claims", "The claims it is quoted for", CAS.TYPE_NAME_FS_ARRAY, CLAIM, false);
		TypeDescription stance = types.addType(STANCE,
				"A stance; covers its evidence, or nothing (0-0) when documentLevel", CAS.TYPE_NAME_ANNOTATION);
		stance.addFeature("target", "Stance target id of the schema", CAS.TYPE_NAME_STRING);
		stance.addFeature("polarity", "FAVOR, AGAINST or NEUTRAL; unset when not chosen", CAS.TYPE_NAME_STRING);
		stance.addFeature("holder", "The entity that holds it", NAMED_ENTITY);
		stance.addFeature("documentLevel", "Whether it is about the whole document", CAS.TYPE_NAME_BOOLEAN);
		types.addType(BOILERPLATE, "Site furniture that import marked; left out of annotation",
				CAS.TYPE_NAME_ANNOTATION);
		types.addType(SET, "Whose annotations these are", CAS.TYPE_NAME_TOP).addFeature("annotator",
				"The annotator; unset for the gold set", CAS.TYPE_NAME_STRING);
		return types;
	}
}
