/** The DS service behind {@link org.sanad.preannotation.PreAnnotators}; not API. */
package org.sanad.preannotation.internal;
