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
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Document;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad show <document-id> [--boilerplate]}: a document's header and text with its
 * boilerplate between ⟪ and ⟫, or with {@code --boilerplate} only the marked regions.
 */
@Component(service = Command.class)
public final class ShowCommand implements Command {

	private static final int EXCERPT = 70;

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "show";
	}

	@Override
	public String summary() {
		return "Show a document, its boilerplate between ⟪ ⟫";
	}

	@Override
	public String usage() {
		return "<document-id> [--boilerplate]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of("boilerplate"), Set.of());
		if (args.positional().size() != 1) {
			throw new UsageException("name one document id (see ./sanad docs --project P)");
		}
		String id = args.positional().get(0);
		Document d = workspace.store().document(id)
				.orElseThrow(() -> new IllegalArgumentException("no document with id " + id));
		var out = context.out();
		out.printf("Title     %s%nOrigin    %s%nLanguage  %s%nLength    %d UTF-16 units%nChecksum  %s%n", d.getTitle(),
				d.getOrigin(), d.getLanguage(), d.getLength(), d.getChecksum());
		d.getMetadata().forEach(e -> out.printf("Meta      %s = %s%n", e.getKey(), e.getValue()));
		out.println();
		String text = d.getText();
		if (args.flag("boilerplate")) {
			for (BoilerplateRegion r : d.getBoilerplate()) {
				String region = text.substring(r.getBegin(), r.getEnd()).replace('\n', '⏎');
				String excerpt = region.length() <= EXCERPT ? region : region.substring(0, EXCERPT) + "…";
				out.printf("%6d–%-6d %-18s %s%n", r.getBegin(), r.getEnd(), r.getRule(), excerpt);
			}
			return ExitCode.OK;
		}
		int at = 0;
		StringBuilder marked = new StringBuilder();
		for (BoilerplateRegion r : d.getBoilerplate()) {
			marked.append(text, at, r.getBegin()).append('⟪').append(text, r.getBegin(), r.getEnd()).append('⟫');
			at = r.getEnd();
		}
		out.println(marked.append(text.substring(at)));
		return ExitCode.OK;
	}
}
