package org.sanad.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional ones, flags ({@code --strict}) and options with a value
 * ({@code --project P} or {@code --project=P}). Anything else starting with {@code --} is a
 * {@link UsageException}; {@code --} ends the options.
 */
public final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Set<String> flags = new HashSet<>();
	private final Map<String, String> options = new HashMap<>();

	private Arguments() {
	}

	/**
	 * @param knownFlags   flag names without dashes
	 * @param knownOptions option names without dashes
	 */
	public static Arguments parse(List<String> args, Set<String> knownFlags, Set<String> knownOptions) {
		Arguments result = new Arguments();
		boolean optionsEnded = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (optionsEnded || !arg.startsWith("--") || arg.length() == 2) {
				if (arg.equals("--") && !optionsEnded) {
					optionsEnded = true;
				} else {
					result.positional.add(arg);
				}
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (knownFlags.contains(name) && value == null) {
				result.flags.add(name);
			} else if (knownOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args.get(++i);
				}
				result.options.put(name, value);
			} else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return result;
	}

	/** @return the arguments that are not options, in order */
	public List<String> positional() {
		return List.copyOf(positional);
	}

	/** @return whether the flag was given */
	public boolean flag(String name) {
		return flags.contains(name);
	}

	/** @return the option's value, if given */
	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	/** @return the option as a whole number, or {@code fallback} */
	public long number(String name, long fallback) {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " needs a whole number, not '" + value + "'");
		}
	}
}
