package org.sanad.workspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.store.Assignment;
import org.sanad.store.CorpusStore;
import org.sanad.store.WorkStatus;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad assign --project P}: lists who has which document and where they stand; with
 * {@code --user NAME} and {@code --documents IDS}, {@code --all} or {@code --next}, assigns them
 * (or with {@code --remove} takes them back, or with {@code --status S} sets that status).
 */
@Component(service = Command.class)
public final class AssignCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "assign";
	}

	@Override
	public String summary() {
		return "Assign documents to annotators, take them back, set their status, or list assignments";
	}

	@Override
	public String usage() {
		return "--project P [--user NAME (--documents ID,ID | --all | --next [--per-document N])"
				+ " [--remove | --status new|in-progress|finished|locked]]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of("all", "next", "remove"),
				Set.of("project", "user", "documents", "per-document", "status"));
		if (!args.positional().isEmpty()) {
			throw new UsageException("assign takes options only, not " + args.positional());
		}
		CorpusStore store = workspace.store();
		Project project = project(store, args);
		if (args.option("user").isPresent()) {
			change(store, project, args, context);
		}
		list(store, project, context);
		return ExitCode.OK;
	}

	private static void change(CorpusStore store, Project project, Arguments args, CommandContext context) {
		String user = args.option("user").get();
		String actor = actor(store);
		if (args.flag("next")) {
			int perDocument = (int) args.number("per-document", 1);
			store.assignNext(project.getId(), user, perDocument, actor).ifPresentOrElse(
					id -> context.out().printf("Assigned %s to %s%n", id, user),
					() -> context.out().printf("Every document has %d annotator%s already%n", perDocument,
							perDocument == 1 ? "" : "s"));
			return;
		}
		List<String> documents = documents(store, project, args);
		if (args.option("status").isPresent()) {
			WorkStatus status = WorkStatus.parse(args.option("status").get());
			documents.forEach(d -> store.setWorkStatus(d, user, status, actor));
		} else if (args.flag("remove")) {
			store.unassign(project.getId(), documents, user, actor);
		} else {
			store.assign(project.getId(), documents, user, actor);
		}
	}

	private static List<String> documents(CorpusStore store, Project project, Arguments args) {
		if (args.flag("all") == args.option("documents").isPresent()) {
			throw new UsageException("name the documents (--documents ID,ID), or --all, or --next");
		}
		if (args.flag("all")) {
			return store.documentIds(project.getId());
		}
		List<String> ids = new ArrayList<>();
		for (String id : args.option("documents").get().split(",")) {
			if (!id.isBlank()) {
				ids.add(id.strip());
			}
		}
		return ids;
	}

	private static void list(CorpusStore store, Project project, CommandContext context) {
		List<Assignment> assignments = store.assignments(project.getId());
		if (assignments.isEmpty()) {
			context.out().printf("Nothing assigned in '%s' yet%n", project.getName());
			return;
		}
		Map<String, String> titles = store.documents(assignments.stream().map(Assignment::documentId).distinct()
				.toList()).values().stream().collect(Collectors.toMap(Document::getId,
						d -> d.getTitle() == null ? d.getId() : d.getTitle(), (a, b) -> a));
		context.out().printf("%-36s  %-30s  %-14s  %-12s  %s%n", "DOCUMENT", "TITLE", "ANNOTATOR", "STATUS",
				"CHANGED BY, AT");
		for (Assignment a : assignments) {
			context.out().printf("%-36s  %-30s  %-14s  %-12s  %s, %s%n", a.documentId(),
					shorten(titles.getOrDefault(a.documentId(), "")), a.user(), a.status().label(), a.changedBy(),
					a.changedAt());
		}
	}

	private static String shorten(String title) {
		return title.length() <= 30 ? title : title.substring(0, 29) + "…";
	}

	static Project project(CorpusStore store, Arguments args) {
		String name = args.option("project").orElseThrow(() -> new UsageException("--project is required"));
		return store.project(name).orElseThrow(() -> new IllegalArgumentException("no project '" + name + "'"));
	}

	/** @return who the change is recorded for: the signed-in account, else the local user */
	static String actor(CorpusStore store) {
		return store.caller().orElseGet(
				() -> System.getProperty("sanad.annotator", System.getProperty("user.name", "sanad")));
	}

}
