/** Types of distStamp.mjs (plain JavaScript so that `node` runs it without a loader). */

/**
 * Which build wrote dist/: `package`, the full build of tsup.config.ts (ESM, CJS, declarations,
 * JSON Schemas, tree-shaken as published); `examples`, ensureDist.mjs's ESM JavaScript only.
 */
export type DistBuild = 'package' | 'examples';

/** What dist/build-inputs.json holds. */
export interface DistStamp {
  readonly build: DistBuild;
  /** {@link inputsDigest} of the files when the build started. */
  readonly inputs: string;
}

export declare const STAMP_FILE: string;
export declare const BUILD_FILES: readonly string[];
export declare function buildInputs(root: string): string[];
export declare function inputsDigest(root: string): string;
export declare function readDistStamp(root: string): DistStamp | undefined;
export declare function writeDistStamp(root: string, stamp: DistStamp): void;
export declare function isDistFresh(
  root: string,
  builds: readonly DistBuild[],
  inputs?: string,
): boolean;
