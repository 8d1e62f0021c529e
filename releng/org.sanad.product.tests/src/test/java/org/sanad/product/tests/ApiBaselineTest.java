package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API baseline check in the build: in a copy of the sources, a method added to a
 * {@code @ConsumerType} interface (which plugins implement) fails the build of its bundle, naming
 * the package and the major version it needs; with that version in the manifest the same change
 * builds.
 */
class ApiBaselineTest {

	private static final String API = "bundles/org.sanad.preannotation";

	@TempDir
	Path work;

	@Test
	void aBreakingChangeFailsTheBuildUntilThePackageTakesTheMajorVersion() throws Exception {
		Path root = Path.of(System.getProperty("sanad.repository.dir")).toAbsolutePath().normalize();
		Path copy = work.resolve("sanad");
		copySources(root, copy);
		Path contract = copy.resolve(API + "/src/org/sanad/preannotation/PreAnnotator.java");
		String source = Files.readString(contract);
		Files.writeString(contract, source.replace("	String name();", "	String name();\n\n	String description();"));

		Build broken = verify(copy);
		assertNotEquals(0, broken.exit(), "a new method on a @ConsumerType interface without a major version: " + broken.log());
		assertTrue(broken.log().contains("MAJOR") && broken.log().contains("org.sanad.preannotation")
				&& broken.log().contains("2.0.0") && broken.log().contains("description()"), broken.log());

		Path manifest = copy.resolve(API + "/META-INF/MANIFEST.MF");
		Files.writeString(manifest, Files.readString(manifest)
				.replace("org.sanad.preannotation;version=\"1.0.0\"", "org.sanad.preannotation;version=\"2.0.0\""));
		Build bumped = verify(copy);
		assertEquals(0, bumped.exit(), "with the package at 2.0.0 the change is allowed: " + bumped.log());
	}

	private record Build(int exit, String log) {
	}

	/** Builds the API bundle alone (the rest comes from the local Maven repository of this build). */
	private static Build verify(Path copy) throws IOException, InterruptedException {
		Path log = copy.resolve("baseline-build.log");
		Process maven = new ProcessBuilder(List.of(copy.resolve("mvnw").toString(), "-B", "-ntp", "verify",
				"-DskipTests", "-pl", API)).directory(copy.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		assertTrue(maven.waitFor(10, TimeUnit.MINUTES), "the build ended");
		return new Build(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	/** The build's sources: everything but Git's folder, build output, the docs and the seeds. */
	private static void copySources(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new java.nio.file.SimpleFileVisitor<>() {
			@Override
			public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a)
					throws IOException {
				String name = dir.getFileName().toString();
				if (!dir.equals(from) && (List.of(".git", "target", "bin", "docs", "seeds").contains(name))) {
					return java.nio.file.FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return java.nio.file.FileVisitResult.CONTINUE;
			}

			@Override
			public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a)
					throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
				return java.nio.file.FileVisitResult.CONTINUE;
			}
		});
	}
}
