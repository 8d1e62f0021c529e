package org.sanad.agreement.internal;

import java.util.List;

import org.sanad.agreement.Confusion;
import org.sanad.agreement.Figure;

/** What agreement collects for one layer, one document at a time. */
interface LayerAgreement {

	void document(DocumentSets document);

	List<Figure> figures(Sampling sampling);

	List<Confusion> confusions();
}
