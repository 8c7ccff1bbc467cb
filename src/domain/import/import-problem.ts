/**
 * Why a file, or one event in it, could not be read, in plain words: thrown by the converters'
 * readers and turned into a result (or a skipped event) by `importSchedule`.
 */
export class ImportProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportProblem';
  }
}
