package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > New Project... and File > Import Documents... in the real workbench: a project made from
 * the dialog, the seeds imported into it with the dialog (progress, then the report naming the
 * skipped README), and the explorer showing it.
 */
class ProjectWorkflowTest {

	@TempDir
	Path data;
	@TempDir
	Path scripts;

	@Test
	void aProjectIsMadeAndFilledFromTheFileMenu() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		Path seeds = Product.directory().resolve("seeds");
		UiScriptRun run = UiScriptRun.run(data, scripts, "admin",
				"await explorer.tree",
				"command org.sanad.ui.project.command.newproject",
				"await project.name",
				"type project.name Second Corpus",
				"type project.description imported with the dialog",
				"screenshot-dialog new-project.png",
				"click project.create",
				"pause 500",
				"command org.sanad.ui.project.command.import",
				"await import.path",
				"choose-text import.project Second Corpus",
				"type import.path " + seeds,
				"click import.add",
				"click import.run",
				"await-text import.status Imported 5 documents into Second Corpus; 0 refused, 1 skipped.",
				"await-text import.report README.md: skipped: no known format",
				"screenshot-dialog import-done.png",
				"click import.run",
				"pause 1000",
				"report project-report.properties");
		run.keep("new-project.png");
		run.keep("import-done.png");
		assertTrue(run.report("project-report.properties").getProperty("explorer.tree").contains("Second Corpus"),
				run.report("project-report.properties").getProperty("explorer.tree"));

		Product.Run projects = Product.run(data, "projects");
		assertEquals(0, projects.exitCode(), projects.err());
		assertTrue(projects.out().lines().anyMatch(l -> l.contains("Second Corpus") && l.contains("5")),
				projects.out());
	}
}
