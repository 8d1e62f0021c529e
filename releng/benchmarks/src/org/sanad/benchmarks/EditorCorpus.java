package org.sanad.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanad.model.Annotation;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/**
 * Prepares the editor benchmark's data folder: one Arabic document of about 1 MB (UTF-8) and an
 * annotator's set of 20,000 annotations on it (entities, some nested, and rated sources).
 * Arguments: seeds folder, data folder, annotator[,annotator...]: the first annotator's set as
 * described; each further annotator's is a copy in which about one label in six differs, for the
 * curation benchmark.
 */
public final class EditorCorpus {

	static final String TITLE = "Long document (1 MB)";
	static final int BYTES = 1024 * 1024;
	static final int ANNOTATIONS = 20_000;

	private EditorCorpus() {
	}

	public static void main(String[] args) throws Exception {
		Path seeds = Path.of(args[0]);
		Path data = Path.of(args[1]);
		String[] annotators = args[2].split(",");
		String annotator = annotators[0];
		if (Files.exists(data.resolve("store"))) {
			System.out.println("Data folder " + data + " is ready");
			return;
		}
		Random random = new Random(20261123L);
		String text = new SyntheticCorpus(seeds).text(TITLE, BYTES, random);
		SanadFactory f = SanadFactory.eINSTANCE;
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			Project project = store.createProject("Benchmark", "editor benchmark", DefaultSchema.create());
			Document document = f.createDocument();
			document.setTitle(TITLE);
			document.setOrigin("synthetic");
			document.setLanguage("ar");
			document.setText(text);
			store.addDocuments(project.getId(), List.of(document));
			List<int[]> words = words(text);
			List<Annotation> annotations = new ArrayList<>();
			String[] labels = { "PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE", "QUANTITY" };
			int step = words.size() / ANNOTATIONS;
			for (int i = 0; annotations.size() < ANNOTATIONS && i * step + 1 < words.size(); i++) {
				int[] word = words.get(i * step);
				int[] next = words.get(i * step + 1);
				if (i % 7 == 0) {
					SourceAttribution source = f.createSourceAttribution();
					init(source, annotator);
					source.setBegin(word[0]);
					source.setEnd(next[1]);
					source.setReliability(Reliability.get(1 + random.nextInt(6)));
					source.setCredibility(Credibility.get(1 + random.nextInt(6)));
					annotations.add(source);
				}
				if (annotations.size() < ANNOTATIONS) {
					EntityMention mention = f.createEntityMention();
					init(mention, annotator);
					mention.setBegin(word[0]);
					mention.setEnd(i % 5 == 0 ? next[1] : word[1]);
					mention.setLabel(labels[random.nextInt(labels.length)]);
					annotations.add(mention);
				}
			}
			store.apply(new AnnotationChange(document.getId(), annotator, annotator, 0, annotations, List.of(),
					List.of(), null));
			for (int k = 1; k < annotators.length; k++) {
				Random differ = new Random(k);
				List<Annotation> copies = new ArrayList<>();
				for (Annotation a : annotations) {
					Annotation copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(a);
					init(copy, annotators[k]);
					if (copy instanceof EntityMention m && differ.nextInt(6) == 0) {
						m.setLabel(labels[differ.nextInt(labels.length)]);
					}
					copies.add(copy);
				}
				store.apply(new AnnotationChange(document.getId(), annotators[k], annotators[k], 0, copies, List.of(),
						List.of(), null));
			}
			System.out.printf("Data folder %s: %,d characters, %,d annotations by %s%n", data, text.length(),
					annotations.size(), String.join(", ", annotators));
		}
	}

	private static void init(Annotation annotation, String annotator) {
		annotation.setId(TimeOrderedIds.next());
		annotation.setCreatedBy(annotator);
	}

	private static List<int[]> words(String text) {
		List<int[]> words = new ArrayList<>();
		Matcher m = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+").matcher(text);
		while (m.find()) {
			words.add(new int[] { m.start(), m.end() });
		}
		return words;
	}
}
