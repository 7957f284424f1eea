// Types of scripts/electron-native.mjs for the unit tests that import it.
export declare const defaultElectronHeadersUrl: string;
export declare function nativeBuildDir(repositoryRoot: string, electronVersion: string): string;
export declare function nativeBindingPath(repositoryRoot: string, electronVersion: string): string;
export declare function nodeGypArguments(electronVersion: string, headersUrl?: string): string[];
export interface NativeBuildFacts {
  readonly electronVersion: string | null;
  readonly electronBinaryInstalled: boolean;
  readonly bindingExists: boolean;
  readonly nodeGypPath: string | null;
  readonly force: boolean;
}
export declare function planNativeBuild(facts: NativeBuildFacts): { action: 'skip' | 'fail' | 'build'; message: string };
export declare function readElectronVersion(repositoryRoot: string): string | null;
export declare function findNodeGyp(environment?: Record<string, string | undefined>, nodeExecutable?: string): string | null;
export declare function buildForElectron(options: {
  repositoryRoot: string;
  electronVersion: string;
  nodeGypPath: string;
  headersUrl: string;
}): string | null;
