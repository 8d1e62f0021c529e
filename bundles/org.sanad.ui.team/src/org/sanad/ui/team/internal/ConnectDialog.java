package org.sanad.ui.team.internal;

import java.net.URI;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sanad.ui.WorkbenchIds;

/** Asks for a server's address, an account and its password. */
final class ConnectDialog extends TitleAreaDialog {

	private final RememberedServer offered;
	private Text url;
	private Text user;
	private Text password;
	private Button remember;
	private RememberedServer chosen;
	private char[] secret;
	private boolean keep;

	ConnectDialog(Shell shell, RememberedServer offered) {
		super(shell);
		this.offered = offered;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("Connect to Server");
		setTitle("Connect to a Sanad server");
		setMessage("Work on a team's projects: the server decides what your account may see and change.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		url = field(form, "&Server:", offered.url(), SWT.BORDER, "connect.url");
		user = field(form, "&Account:", offered.user(), SWT.BORDER, "connect.user");
		password = field(form, "&Password:", "", SWT.BORDER | SWT.PASSWORD, "connect.password");
		new Label(form, SWT.NONE);
		remember = new Button(form, SWT.CHECK);
		remember.setText("&Remember the server and account (not the password)");
		remember.setSelection(true);
		return area;
	}

	private static Text field(Composite form, String label, String value, int style, String key) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, style);
		text.setText(value);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Connect", true).setData(WorkbenchIds.WIDGET_KEY,
				"connect.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String address = url.getText().strip();
		try {
			URI uri = URI.create(address);
			if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				throw new IllegalArgumentException();
			}
		} catch (IllegalArgumentException e) {
			setErrorMessage("A server is https://HOST:PORT, for example https://annotation.example.org:8743");
			return;
		}
		if (user.getText().isBlank() || password.getTextChars().length == 0) {
			setErrorMessage("The account and its password are needed.");
			return;
		}
		chosen = new RememberedServer(address, user.getText().strip());
		secret = password.getTextChars();
		keep = remember.getSelection();
		super.okPressed();
	}

	RememberedServer chosen() {
		return chosen;
	}

	/** @return the password typed; the caller clears it after use */
	char[] password() {
		return secret;
	}

	boolean remember() {
		return keep;
	}
}
