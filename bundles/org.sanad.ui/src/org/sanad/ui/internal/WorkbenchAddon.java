package org.sanad.ui.internal;

import java.io.IOException;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.sanad.core.DataLocation;
import org.sanad.ui.WorkbenchIds;
import org.sanad.ui.WorkbenchPreferences;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Puts the workbench preferences into the application context and settles who annotates: the
 * name given with {@code -Dsanad.annotator}, else the one chosen before, else asked once (the OS
 * user name is proposed). The name is shown in the window title and stored with every annotation.
 */
public final class WorkbenchAddon {

	/** System property that names the annotator without asking (scripts and tests). */
	public static final String ANNOTATOR_PROPERTY = "sanad.annotator";

	private WorkbenchPreferences preferences;

	@PostConstruct
	void init(MApplication application) {
		preferences = WorkbenchPreferences.load(DataLocation.current());
		IEclipseContext context = application.getContext();
		context.set(WorkbenchPreferences.class, preferences);
		String given = System.getProperty(ANNOTATOR_PROPERTY);
		if (given != null && !given.isBlank()) {
			preferences.setAnnotator(given);
		}
		preferences.annotator().ifPresent(a -> context.set(WorkbenchIds.ANNOTATOR, a));
	}

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application,
			EModelService models) {
		MWindow window = (MWindow) models.find(WorkbenchIds.MAIN_WINDOW, application);
		String annotator = preferences.annotator().orElseGet(() -> ask(window));
		preferences.setAnnotator(annotator);
		try {
			preferences.save();
		} catch (IOException e) {
			MessageDialog.openWarning(shell(window), "Sanad", "The preferences could not be saved in "
					+ DataLocation.current() + ": " + e.getMessage());
		}
		application.getContext().set(WorkbenchIds.ANNOTATOR, annotator);
		if (window != null) {
			window.setLabel("Sanad — " + annotator);
		}
	}

	private static String ask(MWindow window) {
		String proposal = System.getProperty("user.name", "annotator");
		InputDialog dialog = new InputDialog(shell(window), "Who is annotating?",
				"Your name is stored with every annotation you make. Annotators each keep their own set.",
				proposal, text -> text.isBlank() ? "A name is needed" : text.length() > 100 ? "At most 100 characters" : null);
		return dialog.open() == Window.OK ? dialog.getValue().strip() : proposal;
	}

	private static Shell shell(MWindow window) {
		return window != null && window.getWidget() instanceof Shell s ? s : null;
	}
}
