package org.sanad.store.remote.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.model.SanadPackage;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * The JSON form of Sanad's model objects, read from the model's own metadata (EMF reflection), so
 * that it follows the .ecore without a line per class. Written here because neither EMF nor Gson
 * has it for Gson, and EMF's XMI inside JSON would leave HTTP clients two parsers.
 * <p>
 * An object is {@code {"eClass": "EntityMention", "id": "...", "begin": 3, ...}} with the
 * features that are set (an unset text stays unset: "listed without its text"); contained objects
 * nest; a reference to an object outside the containment tree, such as a stance's holder, is
 * {@code {"eClass": "EntityMention", "$ref": "ID"}} and reads back as the object with that id in
 * the same tree, or else as a bare object carrying only the id, as the store hands them out.
 */
public final class ModelJson implements TypeAdapterFactory {

	private static final String CLASS = "eClass";
	private static final String REF = "$ref";
	private static final String ID = "id";

	@Override
	@SuppressWarnings("unchecked")
	public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
		if (!EObject.class.isAssignableFrom(type.getRawType())) {
			return null;
		}
		TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
		return (TypeAdapter<T>) new TypeAdapter<EObject>() {
			@Override
			public void write(JsonWriter out, EObject value) throws IOException {
				elements.write(out, value == null ? JsonNull.INSTANCE : ModelJson.toJson(value, value));
			}

			@Override
			public EObject read(JsonReader in) throws IOException {
				JsonElement json = elements.read(in);
				if (json.isJsonNull()) {
					return null;
				}
				EObject object = ModelJson.fromJson(json, "");
				if (!type.getRawType().isInstance(object)) {
					throw new JsonParseException("Expected " + type.getRawType().getSimpleName() + ", got "
							+ object.eClass().getName());
				}
				return object;
			}
		}.nullSafe();
	}

	static JsonObject toJson(EObject object, EObject root) {
		JsonObject json = new JsonObject();
		json.addProperty(CLASS, object.eClass().getName());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !object.eIsSet(feature)) {
				continue;
			}
			Object value = object.eGet(feature);
			if (feature instanceof EAttribute attribute) {
				json.add(feature.getName(), feature.isMany() ? array((List<?>) value, v -> attribute(attribute, v))
						: attribute(attribute, value));
			} else {
				EReference reference = (EReference) feature;
				json.add(feature.getName(), feature.isMany()
						? array((List<?>) value, v -> reference(reference, (EObject) v, root))
						: reference(reference, (EObject) value, root));
			}
		}
		return json;
	}

	private static JsonArray array(List<?> values, java.util.function.Function<Object, JsonElement> each) {
		JsonArray array = new JsonArray(values.size());
		values.forEach(v -> array.add(each.apply(v)));
		return array;
	}

	private static JsonElement attribute(EAttribute attribute, Object value) {
		if (value == null) {
			return JsonNull.INSTANCE;
		}
		if (value instanceof Number number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof Boolean bool) {
			return new JsonPrimitive(bool);
		}
		return new JsonPrimitive(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
	}

	private static JsonElement reference(EReference reference, EObject target, EObject root) {
		if (target == null) {
			return JsonNull.INSTANCE;
		}
		if (reference.isContainment()) {
			return toJson(target, root);
		}
		JsonObject ref = new JsonObject();
		ref.addProperty(CLASS, target.eClass().getName());
		EStructuralFeature id = target.eClass().getEStructuralFeature(ID);
		ref.addProperty(REF, id == null ? null : String.valueOf(target.eGet(id)));
		return ref;
	}

	/** Reads an object tree, then points its references to objects of the tree by id. */
	static EObject fromJson(JsonElement json, String path) {
		List<Runnable> links = new ArrayList<>();
		Map<String, EObject> byId = new HashMap<>();
		EObject root = object(json, path, links, byId);
		links.forEach(Runnable::run);
		return root;
	}

	private static EObject object(JsonElement element, String path, List<Runnable> links, Map<String, EObject> byId) {
		if (!element.isJsonObject()) {
			throw new JsonParseException(where(path) + "expected an object");
		}
		JsonObject json = element.getAsJsonObject();
		EObject object = EcoreUtil.create(eClass(json, path));
		for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
			String name = entry.getKey();
			if (name.equals(CLASS)) {
				continue;
			}
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature == null || feature.isDerived() || !feature.isChangeable()) {
				throw new JsonParseException(where(path) + object.eClass().getName() + " has no field '" + name + "'");
			}
			set(object, feature, entry.getValue(), path.isEmpty() ? name : path + "." + name, links, byId);
		}
		EStructuralFeature id = object.eClass().getEStructuralFeature(ID);
		if (id != null && object.eIsSet(id)) {
			byId.putIfAbsent(String.valueOf(object.eGet(id)), object);
		}
		return object;
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject object, EStructuralFeature feature, JsonElement value, String path,
			List<Runnable> links, Map<String, EObject> byId) {
		if (value.isJsonNull()) {
			object.eSet(feature, null);
			return;
		}
		if (feature.isMany()) {
			if (!value.isJsonArray()) {
				throw new JsonParseException(where(path) + "expected a list");
			}
			List<Object> list = (List<Object>) object.eGet(feature);
			JsonArray array = value.getAsJsonArray();
			for (int i = 0; i < array.size(); i++) {
				add(object, feature, list, array.get(i), path + "[" + i + "]", links, byId);
			}
			return;
		}
		if (feature instanceof EAttribute attribute) {
			object.eSet(feature, value(attribute.getEAttributeType(), value, path));
		} else if (((EReference) feature).isContainment()) {
			object.eSet(feature, object(value, path, links, byId));
		} else {
			EObject bare = bare(value, path);
			links.add(() -> object.eSet(feature, resolve(bare, byId)));
		}
	}

	private static void add(EObject owner, EStructuralFeature feature, List<Object> list, JsonElement value,
			String path, List<Runnable> links, Map<String, EObject> byId) {
		if (feature instanceof EAttribute attribute) {
			list.add(value(attribute.getEAttributeType(), value, path));
		} else if (((EReference) feature).isContainment()) {
			list.add(object(value, path, links, byId));
		} else {
			EObject bare = bare(value, path);
			int index = list.size();
			list.add(bare);
			links.add(() -> list.set(index, resolve(bare, byId)));
		}
	}

	private static EObject bare(JsonElement value, String path) {
		if (!value.isJsonObject() || !value.getAsJsonObject().has(REF)) {
			throw new JsonParseException(where(path) + "expected {\"eClass\": ..., \"$ref\": ID}");
		}
		JsonObject json = value.getAsJsonObject();
		EObject bare = EcoreUtil.create(eClass(json, path));
		EStructuralFeature id = bare.eClass().getEStructuralFeature(ID);
		if (id != null && !json.get(REF).isJsonNull()) {
			bare.eSet(id, json.get(REF).getAsString());
		}
		return bare;
	}

	private static EObject resolve(EObject bare, Map<String, EObject> byId) {
		EStructuralFeature id = bare.eClass().getEStructuralFeature(ID);
		EObject found = id == null ? null : byId.get(String.valueOf(bare.eGet(id)));
		return found != null && bare.eClass().isSuperTypeOf(found.eClass()) ? found : bare;
	}

	private static Object value(EDataType type, JsonElement value, String path) {
		if (!value.isJsonPrimitive()) {
			throw new JsonParseException(where(path) + "expected a " + type.getName());
		}
		try {
			return EcoreUtil.createFromString(type, value.getAsString());
		} catch (RuntimeException e) {
			throw new JsonParseException(where(path) + "'" + value.getAsString() + "' is not a " + type.getName(), e);
		}
	}

	private static EClass eClass(JsonObject json, String path) {
		JsonElement name = json.get(CLASS);
		if (name == null || !name.isJsonPrimitive()) {
			throw new JsonParseException(where(path) + "missing \"" + CLASS + "\"");
		}
		if (SanadPackage.eINSTANCE.getEClassifier(name.getAsString()) instanceof EClass eClass && !eClass.isAbstract()) {
			return eClass;
		}
		throw new JsonParseException(where(path) + "unknown class '" + name.getAsString() + "'");
	}

	private static String where(String path) {
		return path.isEmpty() ? "" : path + ": ";
	}
}
