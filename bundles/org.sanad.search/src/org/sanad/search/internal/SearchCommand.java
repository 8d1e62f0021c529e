package org.sanad.search.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.model.Project;
import org.sanad.search.CorpusSearch;
import org.sanad.search.QuerySyntaxException;
import org.sanad.search.SearchHit;
import org.sanad.search.SearchResults;
import org.sanad.search.TextMatch;
import org.sanad.workspace.Workspace;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code sanad search "<query>" [--project P] [--json] [--limit N]}. */
@Component(service = Command.class)
public final class SearchCommand implements Command {

	@Reference
	private Workspace workspace;
	@Reference
	private CorpusSearch search;

	@Override
	public String name() {
		return "search";
	}

	@Override
	public String summary() {
		return "Search a project's texts (Arabic normalised; \"exact phrases\"; AND OR NOT)";
	}

	@Override
	public String usage() {
		return "\"<query>\" [--project P] [--annotator A] [--json] [--limit N]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of("json"), Set.of("project", "limit", "annotator"));
		if (args.positional().size() != 1) {
			throw new UsageException("give one query, in quotes");
		}
		String name = args.option("project").orElse(Workspace.SEEDS_PROJECT);
		Project project = workspace.store().project(name)
				.orElseThrow(() -> new IllegalArgumentException("no project named '" + name + "'"));
		SearchResults results;
		try {
			String asker = args.option("annotator").orElse(System.getProperty("user.name", "annotator"));
			results = search.search(project, args.positional().get(0), asker, (int) args.number("limit", 20));
		} catch (QuerySyntaxException e) {
			throw new UsageException(e.getMessage());
		}
		if (args.flag("json")) {
			context.out().println(json(results));
		} else {
			for (SearchHit hit : results.hits()) {
				context.out().printf("%-36s  %6.2f  %s%n", hit.documentId(), hit.score(), hit.title());
				if (!hit.snippet().isBlank()) {
					context.out().printf("    %s%n", hit.snippet().strip());
				}
			}
			results.facets().forEach((field, counts) -> context.out().printf("%s: %s%n", field,
					String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())));
			context.out().printf("%d of %d documents in %s%n", results.hits().size(), results.total(), name);
		}
		return ExitCode.OK;
	}

	private static String json(SearchResults results) {
		JsonObject root = new JsonObject();
		root.addProperty("total", results.total());
		JsonArray hits = new JsonArray();
		for (SearchHit hit : results.hits()) {
			JsonObject h = new JsonObject();
			h.addProperty("id", hit.documentId());
			h.addProperty("title", hit.title());
			h.addProperty("score", hit.score());
			h.addProperty("snippet", hit.snippet());
			h.addProperty("snippetBegin", hit.snippetBegin());
			JsonArray matches = new JsonArray(); // UTF-16 offsets into the text, end exclusive
			for (TextMatch m : hit.matches()) {
				JsonArray span = new JsonArray();
				span.add(m.begin());
				span.add(m.end());
				matches.add(span);
			}
			h.add("matches", matches);
			hits.add(h);
		}
		root.add("hits", hits);
		JsonObject facets = new JsonObject();
		results.facets().forEach((field, counts) -> {
			JsonObject values = new JsonObject();
			counts.forEach(values::addProperty);
			facets.add(field, values);
		});
		root.add("facets", facets);
		return root.toString();
	}
}
