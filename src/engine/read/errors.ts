/** Errors and warnings about seed files, each naming the file, the line and the fix. */

/** A seed that cannot be included; the build stops on it unless told to skip rejected seeds. */
export class SeedError extends Error {
  /** The seed's file name. */
  readonly file: string;
  /** The 1-based line, or null when the problem is the whole file. */
  readonly line: number | null;
  /** What to change so the seed loads. */
  readonly fix: string;

  constructor(file: string, line: number | null, problem: string, fix: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem} Fix: ${fix}`);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
    this.fix = fix;
  }
}
