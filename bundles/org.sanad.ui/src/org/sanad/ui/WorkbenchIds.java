package org.sanad.ui;

/**
 * Ids of the base application model ({@code Application.e4xmi}) and names of values in the
 * application context; model fragments of other bundles name these as their parent elements.
 */
public final class WorkbenchIds {

	/** The application; fragments add commands, handlers, descriptors and add-ons here. */
	public static final String APPLICATION = "org.sanad.ui.application";

	/** The main window. */
	public static final String MAIN_WINDOW = "org.sanad.ui.window.main";

	/** The horizontal sash of the main window. */
	public static final String MAIN_SASH = "org.sanad.ui.partsashcontainer.main";

	/** The stack where documents and the welcome page open. */
	public static final String EDITOR_STACK = "org.sanad.ui.partstack.editors";

	/** The stack left of the editors: navigation such as the corpus explorer. */
	public static final String LEFT_STACK = "org.sanad.ui.partstack.left";

	/** The stack right of the editors: outline and properties. */
	public static final String RIGHT_STACK = "org.sanad.ui.partstack.right";

	/** The stack below the editors: problems and search results. */
	public static final String BOTTOM_STACK = "org.sanad.ui.partstack.bottom";

	/** The main menu; fragments add menus here. */
	public static final String MAIN_MENU = "org.sanad.ui.menu.main";

	/** The File menu; fragments add items here, before Quit. */
	public static final String FILE_MENU = "org.sanad.ui.menu.file";

	/** File > Quit, the last item of the File menu. */
	public static final String QUIT_ITEM = "org.sanad.ui.menuitem.quit";

	/** The Edit menu; fragments add items here. */
	public static final String EDIT_MENU = "org.sanad.ui.menu.edit";

	/** The binding table of the window context; fragments add key bindings here. */
	public static final String WINDOW_BINDINGS = "org.sanad.ui.bindingtable.window";

	/** The corpus explorer (from org.sanad.ui.corpus); its selection is the document or project commands act on. */
	public static final String EXPLORER_PART = "org.sanad.ui.corpus.part.explorer";

	/** The welcome page. */
	public static final String WELCOME_PART = "org.sanad.ui.part.welcome";

	/** The descriptor of annotation editors; its persisted state {@link #DOCUMENT_ID} names the document. */
	public static final String ANNOTATION_EDITOR = "org.sanad.ui.editor.partdescriptor.annotation";

	/** Persisted-state key of an annotation editor: the id of its document. */
	public static final String DOCUMENT_ID = "org.sanad.documentId";

	/**
	 * Widget data key that names a control for UI scripts and tests, for example
	 * {@code "editor.text"}; the UI scripts of the test-support bundle ({@code org.sanad.ui.testsupport}) find widgets by it.
	 */
	public static final String WIDGET_KEY = "org.sanad.widget";

	/** Item data key of an item whose shown text is shortened to fit: the whole text (UI scripts read it). */
	public static final String FULL_TEXT = "org.sanad.fullText";

	/** The command that opens a document in the curation editor (from org.sanad.ui.curation, if installed). */
	public static final String CURATE_COMMAND = "org.sanad.ui.curation.command.curate";

	/** The curate command's parameter: the document's id; without it, the active editor's document. */
	public static final String CURATE_DOCUMENT = "org.sanad.ui.curation.commandparameter.document";

	/** File > Import Documents... (from org.sanad.ui.project, if installed). */
	public static final String IMPORT_COMMAND = "org.sanad.ui.project.command.import";

	/** The import command's parameter: the id of the project to import into. */
	public static final String IMPORT_PROJECT = "org.sanad.ui.project.commandparameter.project";

	/** The import command's parameter: files and folders to import at once, one path per line. */
	public static final String IMPORT_FILES = "org.sanad.ui.project.commandparameter.files";

	/** The project settings editor of the selected project (from org.sanad.ui.project). */
	public static final String PROJECT_SETTINGS_COMMAND = "org.sanad.ui.project.command.settings";

	/** The source registry view of the selected project (from org.sanad.ui.project). */
	public static final String SOURCE_REGISTRY_COMMAND = "org.sanad.ui.project.command.sources";

	/** Deletes the selected document or project, after asking (from org.sanad.ui.project). */
	public static final String DELETE_COMMAND = "org.sanad.ui.project.command.delete";

	/** Application-context name of the current annotator's id (a {@code String}). */
	public static final String ANNOTATOR = "org.sanad.ui.annotator";

	private WorkbenchIds() {
	}
}
