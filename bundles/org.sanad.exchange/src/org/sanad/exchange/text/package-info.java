/**
 * How exports cut a text: {@link org.sanad.exchange.text.Tokenizer} (tokens that keep Arabic words,
 * numbers and emoji sequences whole) and {@link org.sanad.exchange.text.Sentences} (the JDK's
 * sentence rules for the document's language, and line breaks). Offsets are UTF-16 code units.
 *
 * <pre>
 * for (int[] sentence : Sentences.split(text, "ar", at -&gt; true)) {
 *     for (int[] token : Tokenizer.tokens(text, sentence[0], sentence[1])) {
 *         System.out.println(text.substring(token[0], token[1]));
 *     }
 * }
 * </pre>
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}. a change to where tokens or sentences
 * end is a change of the exported datasets and raises the minor version.
 */
package org.sanad.exchange.text;
