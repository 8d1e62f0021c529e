package org.sanad.editing.internal;

import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.editing.AnnotationEdit;
import org.sanad.editing.Delta;
import org.sanad.model.Annotation;
import org.sanad.model.SanadPackage;

/**
 * Changes attributes of one annotation in place (so that references to it, such as a stance's
 * holder, stay valid). Undo and redo restore snapshots of every feature but the id.
 */
public final class ChangeEdit<A extends Annotation> extends AnnotationEdit {

	private final A annotation;
	private final Consumer<? super A> change;
	private A before;
	private A after;

	public ChangeEdit(String label, A annotation, Consumer<? super A> change) {
		super(label);
		this.annotation = annotation;
		this.change = change;
	}

	@Override
	protected Delta forward() {
		if (after == null) {
			before = EcoreUtil.copy(annotation);
			change.accept(annotation);
			after = EcoreUtil.copy(annotation);
		} else {
			restore(after);
		}
		return new Delta().update(annotation);
	}

	@Override
	protected Delta backward() {
		restore(before);
		return new Delta().update(annotation);
	}

	@SuppressWarnings("unchecked")
	private void restore(A snapshot) {
		for (EStructuralFeature feature : annotation.eClass().getEAllStructuralFeatures()) {
			if (feature == SanadPackage.Literals.ANNOTATION__ID || !feature.isChangeable()) {
				continue;
			}
			boolean containment = feature instanceof EReference ref && ref.isContainment();
			if (!snapshot.eIsSet(feature)) {
				annotation.eUnset(feature);
			} else if (feature.isMany()) {
				Collection<Object> values = (Collection<Object>) annotation.eGet(feature);
				values.clear();
				for (Object value : (Collection<?>) snapshot.eGet(feature)) {
					values.add(containment ? EcoreUtil.copy((EObject) value) : value);
				}
			} else {
				Object value = snapshot.eGet(feature);
				annotation.eSet(feature, containment && value != null ? EcoreUtil.copy((EObject) value) : value);
			}
		}
	}
}
