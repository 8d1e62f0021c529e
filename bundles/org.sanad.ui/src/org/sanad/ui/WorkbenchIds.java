package org.sanad.ui;

/**
 * Ids of the base application model ({@code Application.e4xmi}); model fragments of other
 * bundles name these as their parent elements.
 */
public final class WorkbenchIds {

	/** The application; fragments add commands, handlers and add-ons here. */
	public static final String APPLICATION = "org.sanad.ui.application";

	/** The main window. */
	public static final String MAIN_WINDOW = "org.sanad.ui.window.main";

	/** The horizontal sash of the main window; fragments add part stacks here. */
	public static final String MAIN_SASH = "org.sanad.ui.partsashcontainer.main";

	/** The stack where documents and the welcome page open. */
	public static final String EDITOR_STACK = "org.sanad.ui.partstack.editors";

	/** The main menu; fragments add menus here. */
	public static final String MAIN_MENU = "org.sanad.ui.menu.main";

	/** The welcome page. */
	public static final String WELCOME_PART = "org.sanad.ui.part.welcome";

	private WorkbenchIds() {
	}
}
