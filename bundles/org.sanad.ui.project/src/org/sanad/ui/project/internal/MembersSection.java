package org.sanad.ui.project.internal;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sanad.model.Role;
import org.sanad.store.Member;
import org.sanad.ui.WorkbenchIds;

/**
 * The Members tab: who works on the project in which role, and a form that gives an account a
 * role or takes it away. Changes go to the store at once (they are not part of Save): the server
 * checks every request against them.
 */
final class MembersSection {

	private final Table table;
	private final Text account;
	private final Combo role;

	/** @param change called with an account and its new role ({@code null}: no longer a member) */
	MembersSection(Composite page, BiConsumer<String, Role> change) {
		Label about = new Label(page, SWT.WRAP);
		about.setText("Administrators manage the project; curators see every annotator's work and write the gold"
				+ " set; annotators see and change only their own annotations of the documents assigned to them."
				+ " Accounts are added on the server: sanad users add NAME.");
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(about);
		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setData(WorkbenchIds.WIDGET_KEY, "settings.members");
		for (String[] column : new String[][] { { "Account", "200" }, { "Role", "160" } }) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(table);
		Composite form = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(form);
		new Label(form, SWT.NONE).setText("Account:");
		account = new Text(form, SWT.BORDER);
		account.setData(WorkbenchIds.WIDGET_KEY, "settings.member");
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(account);
		role = new Combo(form, SWT.READ_ONLY);
		role.setData(WorkbenchIds.WIDGET_KEY, "settings.role");
		for (Role r : List.of(Role.ANNOTATOR, Role.CURATOR, Role.ADMINISTRATOR)) {
			role.add(r.getLiteral());
		}
		role.select(0);
		Button give = new Button(form, SWT.PUSH);
		give.setText("Give Role");
		give.setData(WorkbenchIds.WIDGET_KEY, "settings.giverole");
		give.addListener(SWT.Selection, e -> {
			if (!account.getText().isBlank()) {
				change.accept(account.getText().strip(), Role.get(role.getText()));
			}
		});
		Button remove = new Button(form, SWT.PUSH);
		remove.setText("Remove");
		remove.setData(WorkbenchIds.WIDGET_KEY, "settings.removemember");
		remove.addListener(SWT.Selection, e -> {
			if (!account.getText().isBlank()) {
				change.accept(account.getText().strip(), null);
			}
		});
		table.addListener(SWT.Selection, e -> {
			if (table.getSelectionCount() == 1) {
				account.setText(table.getSelection()[0].getText(0));
				role.setText(table.getSelection()[0].getText(1));
			}
		});
	}

	void show(List<Member> members) {
		if (table.isDisposed()) {
			return;
		}
		table.removeAll();
		for (Member member : members) {
			new TableItem(table, SWT.NONE).setText(new String[] { member.user(), member.role().getLiteral() });
		}
	}
}
