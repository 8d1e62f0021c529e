package org.example.sanad.gazetteer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad gazetteer --project P WORDS}: where the words of a list (one a line, UTF-8) occur in
 * a project's documents, matched without diacritics, tatweel or the differences between the forms
 * of alef; one line per place: document id, begin and end (UTF-16 offsets into the text) and the
 * text found.
 */
@Component(service = Command.class)
public final class GazetteerCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "gazetteer";
	}

	@Override
	public String summary() {
		return "Find the words of a list in a project's documents (an example plugin)";
	}

	@Override
	public String usage() {
		return "--project P WORDS-FILE";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		if (arguments.size() != 3 || !arguments.get(0).equals("--project")) {
			throw new UsageException("usage: gazetteer --project P WORDS-FILE");
		}
		CorpusStore store = workspace.store();
		Project project = store.projects().stream().filter(p -> p.getName().equals(arguments.get(1))).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No project named " + arguments.get(1)));
		Gazetteer words = new Gazetteer(
				Files.readAllLines(Path.of(arguments.get(2)), StandardCharsets.UTF_8));
		int found = 0;
		for (String id : store.documentIds(project.getId())) {
			Document document = store.document(id).orElseThrow();
			for (Gazetteer.Match match : words.find(document.getText())) {
				context.out().println(id + "\t" + match.begin() + "\t" + match.end() + "\t" + match.text());
				found++;
			}
		}
		context.err().println(found + " places found");
		return ExitCode.OK;
	}
}
