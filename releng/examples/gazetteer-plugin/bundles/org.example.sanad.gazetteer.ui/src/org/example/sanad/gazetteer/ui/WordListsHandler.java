package org.example.sanad.gazetteer.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.sanad.model.Project;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/**
 * Edit > Gazetteer Word Lists...: which projects have a word list for the editor's suggestions, and
 * how many phrases each has. Contributed by this bundle's model fragment ({@code fragment.e4xmi}),
 * the way a plugin adds to Sanad's menus: the fragment names Sanad's documented ids
 * ({@link WorkbenchIds#APPLICATION}, {@link WorkbenchIds#EDIT_MENU}). A bundle of its own, named
 * {@code *.ui}, because Sanad's headless commands start without the UI bundles: the gazetteer's
 * command stays usable there.
 */
public final class WordListsHandler {

	@Execute
	public void execute(@Named("activeShell") Shell shell, Workspace workspace) {
		MessageDialog dialog = new MessageDialog(shell, "Gazetteer Word Lists", null, summary(workspace),
				MessageDialog.INFORMATION, 0, "Close") {
			@Override
			protected Control createMessageArea(Composite composite) {
				Control area = super.createMessageArea(composite);
				messageLabel.setData(WorkbenchIds.WIDGET_KEY, "gazetteer.summary"); // for UI scripts
				return area;
			}
		};
		dialog.open();
	}

	/** @return one line per project: its name and how many phrases its word list has */
	static String summary(Workspace workspace) {
		List<String> lines = new ArrayList<>();
		for (Project project : workspace.store().projects()) {
			// where `sanad gazetteer --use` keeps a project's list (WordList in the gazetteer bundle)
			Path list = workspace.dataDirectory().resolve("gazetteer").resolve(project.getId() + ".tsv");
			lines.add(project.getName() + ": " + (Files.isRegularFile(list) ? phrases(list) + " phrases" : "no word list"));
		}
		return lines.isEmpty() ? "No projects" : String.join("\n", lines);
	}

	/** Lines that are neither empty nor comments (#), as the list's format says. */
	private static long phrases(Path list) {
		try {
			return Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip)
					.filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + list, e);
		}
	}
}
