package org.example.sanad.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.preannotation.PreAnnotationContext;
import org.sanad.preannotation.PreAnnotator;
import org.sanad.preannotation.Proposal;
import org.sanad.store.CorpusStore;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad gazetteer}, three ways:
 * <ul>
 * <li>{@code --project P WORDS}: where the phrases of a list occur in the project's documents;
 * one line per place: document id, begin and end (UTF-16 offsets into the text) and the text found;
 * <li>{@code --project P --use WORDS}: the list (phrase, tab, entity label) the editor's
 * suggestions come from, checked against the project's schema and kept in the data folder;
 * <li>{@code --project P --propose}: what the pre-annotator proposes for each document (from the
 * list and the gold set): document id, begin, end, label, text and why.
 * </ul>
 */
@Component(service = Command.class)
public final class GazetteerCommand implements Command {

	private static final String USAGE = "usage: gazetteer --project P WORDS-FILE | --project P --use WORDS-FILE"
			+ " | --project P --propose";

	@Reference
	private Workspace workspace;

	@Reference(target = "(component.name=org.example.sanad.gazetteer.GazetteerPreAnnotator)")
	private PreAnnotator preAnnotator;

	@Override
	public String name() {
		return "gazetteer";
	}

	@Override
	public String summary() {
		return "Find a word list in a project's documents, or give the editor's suggestions one (an example plugin)";
	}

	@Override
	public String usage() {
		return "--project P WORDS-FILE | --project P --use WORDS-FILE | --project P --propose";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		if (arguments.size() < 3 || !arguments.get(0).equals("--project")) {
			throw new UsageException(USAGE);
		}
		CorpusStore store = workspace.store();
		Project project = store.projects().stream().filter(p -> p.getName().equals(arguments.get(1))).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No project named " + arguments.get(1)));
		List<String> rest = arguments.subList(2, arguments.size());
		if (rest.size() == 2 && rest.get(0).equals("--use")) {
			return use(project, Path.of(rest.get(1)), context);
		}
		if (rest.size() == 1 && rest.get(0).equals("--propose")) {
			return propose(store, project, context);
		}
		if (rest.size() == 1 && !rest.get(0).startsWith("--")) {
			return find(store, project, Path.of(rest.get(0)), context);
		}
		throw new UsageException(USAGE);
	}

	private int find(CorpusStore store, Project project, Path words, CommandContext context) throws Exception {
		Gazetteer gazetteer = new Gazetteer(WordList.read(words, null));
		int found = 0;
		for (String id : store.documentIds(project.getId())) {
			Document document = store.document(id).orElseThrow();
			for (Gazetteer.Match match : gazetteer.find(document.getText())) {
				context.out().println(id + "\t" + match.begin() + "\t" + match.end() + "\t" + match.text());
				found++;
			}
		}
		context.err().println(found + " places found");
		return ExitCode.OK;
	}

	private int use(Project project, Path words, CommandContext context) throws Exception {
		Set<String> labels = GazetteerPreAnnotator.entityLabels(project.getSchema());
		List<Gazetteer.Entry> entries = WordList.read(words, labels); // checked before anything is kept
		long labelled = entries.stream().filter(e -> e.label() != null).count();
		Path kept = WordList.of(workspace.dataDirectory(), project.getId());
		Files.createDirectories(kept.getParent());
		Path next = kept.resolveSibling(kept.getFileName() + ".new");
		Files.copy(words, next, StandardCopyOption.REPLACE_EXISTING);
		Files.move(next, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		context.out().println("The editor now suggests " + labelled + " of " + entries.size() + " phrases in "
				+ project.getName() + " (those with a label)");
		return ExitCode.OK;
	}

	private int propose(CorpusStore store, Project project, CommandContext context) {
		PreAnnotationContext asked = new PreAnnotationContext() {
			@Override
			public CorpusStore store() {
				return store;
			}

			@Override
			public String projectId() {
				return project.getId();
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
		int proposed = 0;
		for (String id : store.documentIds(project.getId())) {
			Document document = store.document(id).orElseThrow();
			for (Proposal p : preAnnotator.propose(document, project.getSchema(), asked)) {
				context.out().println(id + "\t" + p.begin() + "\t" + p.end() + "\t" + p.label() + "\t"
						+ document.getText().substring(p.begin(), p.end()) + "\t" + p.reason());
				proposed++;
			}
		}
		context.err().println(proposed + " proposals");
		return ExitCode.OK;
	}
}
