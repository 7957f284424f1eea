import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repositoryRoot = resolve(__dirname, '..', '..', '..');

/** Module specifiers that survive type erasure: imports that are not `import type` in full. */
function runtimeImportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) {
      continue;
    }
    if (statement.moduleSpecifier === undefined || !ts.isStringLiteral(statement.moduleSpecifier)) {
      continue;
    }
    if (isTypeOnly(statement)) {
      continue;
    }
    specifiers.push(statement.moduleSpecifier.text);
  }
  return specifiers;
}

function isTypeOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) {
    return statement.isTypeOnly;
  }
  const clause = statement.importClause;
  if (clause === undefined) {
    return false;
  }
  if (clause.isTypeOnly) {
    return true;
  }
  const bindings = clause.namedBindings;
  return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.every((element) => element.isTypeOnly);
}

/** Walks the relative imports from `entry` and returns every package the bundle would load. */
function packagesLoadedAtRuntime(entry: string): Set<string> {
  const packages = new Set<string>();
  const visited = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (visited.has(file)) {
      continue;
    }
    visited.add(file);
    for (const specifier of runtimeImportsOf(file)) {
      if (specifier.startsWith('.')) {
        pending.push(join(dirname(file), `${specifier}.ts`));
      } else {
        packages.add(specifier);
      }
    }
  }
  return packages;
}

describe('preload bundle', () => {
  it('loads only electron at run time', () => {
    const packages = packagesLoadedAtRuntime(join(repositoryRoot, 'preload', 'index.ts'));

    expect([...packages]).toEqual(['electron']);
  });
});
