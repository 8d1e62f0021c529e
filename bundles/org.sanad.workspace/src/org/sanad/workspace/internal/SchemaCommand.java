package org.sanad.workspace.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.Project;
import org.sanad.model.schema.Layers;
import org.sanad.model.schema.SchemaEdits;
import org.sanad.store.SchemaChange;
import org.sanad.store.SchemaChangeReport;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad schema show|add-label|rename-label|merge-labels|remove-label --project P ...}: a
 * project's label schema, and changes that every existing annotation follows. Entity labels by
 * default; {@code --layer stance|source} for stance targets and source kinds.
 */
@Component(service = Command.class)
public final class SchemaCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "schema";
	}

	@Override
	public String summary() {
		return "Show a project's label schema, or add, rename, merge or remove a label (annotations follow)";
	}

	@Override
	public String usage() {
		return "show --project P | add-label --project P NAME [--key K] [--colour #rrggbb] | rename-label --project P"
				+ " OLD NEW | merge-labels --project P FROM INTO | remove-label --project P NAME [--delete-annotations];"
				+ " [--layer entity|stance|source]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of("delete-annotations"),
				Set.of("project", "layer", "key", "colour"));
		List<String> words = args.positional();
		if (words.isEmpty()) {
			throw new UsageException("name what to do: show, add-label, rename-label, merge-labels, remove-label");
		}
		String projectName = args.option("project").orElseThrow(() -> new UsageException("--project is required"));
		String layer = args.option("layer").orElse(Layers.ENTITY);
		if (!List.of(Layers.ENTITY, Layers.STANCE, Layers.SOURCE).contains(layer)) {
			throw new UsageException("no layer '" + layer + "' (layers: entity, stance, source)");
		}
		Project project = workspace.store().project(projectName)
				.orElseThrow(() -> new IllegalArgumentException("no project '" + projectName + "'"));
		String what = words.get(0);
		SchemaChange change = switch (what) {
		case "show" -> {
			expect(words, 1, "show");
			show(project, context);
			yield null;
		}
		case "add-label" -> {
			expect(words, 2, "add-label NAME");
			yield SchemaChange.add(layer, words.get(1), args.option("key").orElse(null),
					args.option("colour").orElse(null));
		}
		case "rename-label" -> {
			expect(words, 3, "rename-label OLD NEW");
			yield SchemaChange.rename(layer, words.get(1), words.get(2));
		}
		case "merge-labels" -> {
			expect(words, 3, "merge-labels FROM INTO");
			yield SchemaChange.merge(layer, words.get(1), words.get(2));
		}
		case "remove-label" -> {
			expect(words, 2, "remove-label NAME");
			yield SchemaChange.remove(layer, words.get(1), args.flag("delete-annotations"));
		}
		default -> throw new UsageException("no schema action '" + what
				+ "' (show, add-label, rename-label, merge-labels, remove-label)");
		};
		if (change == null) {
			return ExitCode.OK;
		}
		String actor = System.getProperty("sanad.annotator", System.getProperty("user.name", "schema"));
		SchemaChangeReport report = workspace.store().changeSchema(project.getId(), change, actor);
		context.out().printf("Schema of '%s' is now version %d; %d annotation%s in %d set%s %s%n", project.getName(),
				report.version(), report.annotations(), report.annotations() == 1 ? "" : "s", report.sets(),
				report.sets() == 1 ? "" : "s", change.action() == SchemaChange.Action.REMOVE ? "deleted" : "changed");
		return ExitCode.OK;
	}

	private static void expect(List<String> words, int count, String form) {
		if (words.size() != count) {
			throw new UsageException("schema " + form + " takes " + (count - 1) + " name" + (count == 2 ? "" : "s"));
		}
	}

	private static void show(Project project, CommandContext context) {
		LabelSchema schema = project.getSchema();
		context.out().printf("Schema of '%s', version %d%n", project.getName(), schema.getVersion());
		context.out().println("entity labels:");
		schema.getLayers().stream().filter(l -> Layers.ENTITY.equals(l.getId())).flatMap(l -> l.getLabels().stream())
				.forEach(l -> context.out().printf("  %-12s key %-3s %s%n", l.getName(), value(l.getKey()),
						value(colour(l))));
		context.out().println("stance targets: " + String.join(", ", SchemaEdits.names(schema, Layers.STANCE)));
		context.out().println("source kinds: " + String.join(", ", SchemaEdits.names(schema, Layers.SOURCE)));
	}

	private static String colour(Label label) {
		return label.getColour();
	}

	private static String value(String value) {
		return value == null ? "-" : value;
	}
}
