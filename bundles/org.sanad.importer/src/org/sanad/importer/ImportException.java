package org.sanad.importer;

/** A file cannot be imported at all; {@link #problem()} says where and why. */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient ImportProblem problem;

	public ImportException(ImportProblem problem) {
		super(problem.toString());
		this.problem = problem;
	}

	/** @return the problem */
	public ImportProblem problem() {
		return problem;
	}
}
