package org.sanad.exchange;

import java.util.Map;
import java.util.Objects;

/**
 * What to export and how.
 *
 * @param format             the {@link ExportFormat#name()}, for example {@code jsonl}
 * @param sets               which annotation sets
 * @param offsets            the unit of every offset written (formats whose unit is fixed, like
 *                           XMI, ignore it and say so in the card)
 * @param includeBoilerplate whether annotations inside boilerplate are written; by default they
 *                           are left out (offsets still refer to the whole original text)
 * @param split              a train/dev/test split by document, or {@code null} for one part
 * @param pseudonymise       whether annotator names are replaced by stable pseudonyms
 * @param withoutText        whether texts are left out (offsets, checksums and origins only), for
 *                           corpora whose texts may not be redistributed
 * @param licence            the licence the card names, or {@code null} for "unspecified"
 * @param formatOptions      options of one format, for example {@code scheme=iob1} for CoNLL
 * @param curatedOnly        whether only documents whose gold set a curator marked curated are
 *                           written (for every set exported); since 0.2
 */
public record ExportOptions(String format, SetSelection sets, OffsetUnit offsets, boolean includeBoilerplate,
		Split split, boolean pseudonymise, boolean withoutText, String licence, Map<String, String> formatOptions,
		boolean curatedOnly) {

	public ExportOptions {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(sets, "sets");
		Objects.requireNonNull(offsets, "offsets");
		formatOptions = Map.copyOf(formatOptions);
	}

	/** The options of API 0.1, before {@code curatedOnly}. */
	public ExportOptions(String format, SetSelection sets, OffsetUnit offsets, boolean includeBoilerplate, Split split,
			boolean pseudonymise, boolean withoutText, String licence, Map<String, String> formatOptions) {
		this(format, sets, offsets, includeBoilerplate, split, pseudonymise, withoutText, licence, formatOptions,
				false);
	}

	/**
	 * @return these options writing only curated documents, or all
	 * @since 0.2
	 */
	public ExportOptions withCuratedOnly(boolean value) {
		return new ExportOptions(format, sets, offsets, includeBoilerplate, split, pseudonymise, withoutText, licence,
				formatOptions, value);
	}

	/** @return the gold set in {@code format}, code point offsets, boilerplate left out, texts included */
	public static ExportOptions of(String format) {
		return new ExportOptions(format, SetSelection.gold(), OffsetUnit.CODEPOINT, false, null, false, false, null,
				Map.of());
	}

	/** @return these options with other sets */
	public ExportOptions withSets(SetSelection value) {
		return new ExportOptions(format, value, offsets, includeBoilerplate, split, pseudonymise, withoutText, licence,
				formatOptions, curatedOnly);
	}

	/** @return these options with another offset unit */
	public ExportOptions withOffsets(OffsetUnit value) {
		return new ExportOptions(format, sets, value, includeBoilerplate, split, pseudonymise, withoutText, licence,
				formatOptions, curatedOnly);
	}

	/** @return these options with boilerplate's annotations included or not */
	public ExportOptions withBoilerplate(boolean value) {
		return new ExportOptions(format, sets, offsets, value, split, pseudonymise, withoutText, licence, formatOptions,
				curatedOnly);
	}

	/** @return these options with a split, or none for {@code null} */
	public ExportOptions withSplit(Split value) {
		return new ExportOptions(format, sets, offsets, includeBoilerplate, value, pseudonymise, withoutText, licence,
				formatOptions, curatedOnly);
	}

	/** @return these options with annotator names pseudonymised or not */
	public ExportOptions withPseudonyms(boolean value) {
		return new ExportOptions(format, sets, offsets, includeBoilerplate, split, value, withoutText, licence,
				formatOptions, curatedOnly);
	}

	/** @return these options with texts left out or not */
	public ExportOptions withoutText(boolean value) {
		return new ExportOptions(format, sets, offsets, includeBoilerplate, split, pseudonymise, value, licence,
				formatOptions, curatedOnly);
	}

	/** @return these options naming a licence */
	public ExportOptions withLicence(String value) {
		return new ExportOptions(format, sets, offsets, includeBoilerplate, split, pseudonymise, withoutText, value,
				formatOptions, curatedOnly);
	}

	/** @return these options with one format option set */
	public ExportOptions withFormatOption(String name, String value) {
		Map<String, String> options = new java.util.HashMap<>(formatOptions);
		options.put(name, value);
		return new ExportOptions(format, sets, offsets, includeBoilerplate, split, pseudonymise, withoutText, licence,
				options, curatedOnly);
	}

	/** @return a format option's value, or {@code fallback} */
	public String formatOption(String name, String fallback) {
		return formatOptions.getOrDefault(name, fallback);
	}
}
