package org.sanad.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanad.cli.Arguments;
import org.sanad.cli.UsageException;

class ArgumentsTest {

	private static Arguments parse(String... args) {
		return Arguments.parse(List.of(args), Set.of("strict"), Set.of("project", "limit"));
	}

	@Test
	void separatesPositionalFlagsAndOptionsInAnyOrder() {
		Arguments a = parse("a.txt", "--project", "Seeds", "dir/", "--strict", "--limit=5");
		assertEquals(List.of("a.txt", "dir/"), a.positional());
		assertTrue(a.flag("strict"));
		assertEquals(Optional.of("Seeds"), a.option("project"));
		assertEquals(5, a.number("limit", 10));
	}

	@Test
	void defaultsApplyWhenOptionsAreMissing() {
		Arguments a = parse("x");
		assertFalse(a.flag("strict"));
		assertEquals(Optional.empty(), a.option("project"));
		assertEquals(10, a.number("limit", 10));
	}

	@Test
	void doubleDashEndsOptions() {
		assertEquals(List.of("--strict"), parse("--", "--strict").positional());
	}

	@Test
	void mistakesAreUsageErrorsThatNameTheOption() {
		assertTrue(assertThrows(UsageException.class, () -> parse("--strikt")).getMessage().contains("--strikt"));
		assertTrue(assertThrows(UsageException.class, () -> parse("--project")).getMessage().contains("needs a value"));
		assertTrue(assertThrows(UsageException.class, () -> parse("--limit", "many").number("limit", 1)).getMessage()
				.contains("'many'"));
	}
}
