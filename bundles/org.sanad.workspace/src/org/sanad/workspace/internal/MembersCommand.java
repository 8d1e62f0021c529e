package org.sanad.workspace.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.model.Project;
import org.sanad.model.Role;
import org.sanad.store.CorpusStore;
import org.sanad.store.Member;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad members --project P [--add NAME --role ROLE | --remove NAME]}: who works on a
 * project and in which role (administrator, curator, annotator).
 */
@Component(service = Command.class)
public final class MembersCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "members";
	}

	@Override
	public String summary() {
		return "List a project's members, or give an account a role in it (or take it away)";
	}

	@Override
	public String usage() {
		return "--project P [--add NAME --role administrator|curator|annotator | --remove NAME]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of(), Set.of("project", "add", "role", "remove"));
		if (!args.positional().isEmpty()) {
			throw new UsageException("members takes options only, not " + args.positional());
		}
		CorpusStore store = workspace.store();
		Project project = AssignCommand.project(store, args);
		String actor = AssignCommand.actor(store);
		if (args.option("add").isPresent()) {
			String role = args.option("role").orElseThrow(() -> new UsageException("--add needs --role"));
			store.setMember(project.getId(), args.option("add").get(), role(role), actor);
		} else if (args.option("remove").isPresent()) {
			store.setMember(project.getId(), args.option("remove").get(), null, actor);
		}
		List<Member> members = store.members(project.getId());
		if (members.isEmpty()) {
			context.out().printf("'%s' has no members yet: ./sanad members --project \"%s\" --add NAME --role annotator%n",
					project.getName(), project.getName());
		}
		for (Member member : members) {
			context.out().printf("%-20s %s%n", member.user(), member.role().getLiteral());
		}
		return ExitCode.OK;
	}

	private static Role role(String text) {
		Role role = Role.get(text.strip().toLowerCase(Locale.ROOT));
		if (role == null) {
			throw new UsageException("no role '" + text + "': administrator, curator or annotator");
		}
		return role;
	}
}
