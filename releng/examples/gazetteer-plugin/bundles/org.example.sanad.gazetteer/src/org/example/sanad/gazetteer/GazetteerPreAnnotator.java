package org.example.sanad.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.model.Document;
import org.sanad.model.LabelSchema;
import org.sanad.preannotation.PreAnnotationContext;
import org.sanad.preannotation.PreAnnotator;
import org.sanad.preannotation.Proposal;
import org.sanad.workspace.Workspace;

/**
 * Proposes entity labels from the project's word list ({@code sanad gazetteer --use}) and from
 * the forms curators labelled in its gold set, matched as Sanad's search matches words.
 */
@Component(service = PreAnnotator.class)
public final class GazetteerPreAnnotator implements PreAnnotator {

	@Reference
	private Workspace workspace;

	private final GoldForms gold = new GoldForms();

	@Override
	public String name() {
		return "gazetteer";
	}

	@Override
	public List<Proposal> propose(Document document, LabelSchema schema, PreAnnotationContext context) {
		List<Gazetteer.Entry> entries = new ArrayList<>(wordList(context.projectId(), entityLabels(schema)));
		if (!context.isCancelled()) {
			entries.addAll(gold.of(context.store(), context.projectId()));
		}
		List<Proposal> proposals = new ArrayList<>();
		for (Gazetteer.Match match : new Gazetteer(entries).find(document.getText())) {
			if (match.label() != null) {
				proposals.add(new Proposal(match.begin(), match.end(), match.label(), match.reason()));
			}
		}
		return proposals;
	}

	/** @return the project's word list, or none when it has not been given one */
	List<Gazetteer.Entry> wordList(String projectId, Set<String> labels) {
		Path file = WordList.of(workspace.dataDirectory(), projectId);
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		try {
			return WordList.read(file, labels);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the word list " + file, e);
		}
	}

	static Set<String> entityLabels(LabelSchema schema) {
		return schema.getLayers().stream().filter(l -> "entity".equals(l.getId()))
				.flatMap(l -> l.getLabels().stream()).map(l -> l.getName()).collect(Collectors.toSet());
	}
}
