/** Translation namespaces the screens load, each one JSON file per language. */
export const namespaces = ['common', 'scan', 'pack', 'imports', 'labels', 'operators', 'history', 'devices', 'returns', 'return-evidence', 'returns-desk'] as const;

export type TranslationTree = { readonly [key: string]: string | TranslationTree };
export type LocaleResources = Record<string, Record<string, TranslationTree>>;

/**
 * Turns the modules of an eager `import.meta.glob` over `<lang>/<namespace>.json` into i18next
 * resources keyed by language and namespace. Files of other shapes and namespaces not yet written
 * are simply absent, so i18next falls back to English and then to the key.
 */
export function localeResourcesOf(modules: Readonly<Record<string, unknown>>): LocaleResources {
  const resources: LocaleResources = {};

  for (const [path, module] of Object.entries(modules)) {
    const match = /\/([a-z]{2})\/([a-z-]+)\.json$/.exec(path);
    if (match === null) {
      continue;
    }
    const [, language = '', namespace = ''] = match;
    const tree = (isObject(module) && 'default' in module ? module.default : module) as TranslationTree;
    resources[language] = { ...resources[language], [namespace]: tree };
  }
  return resources;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
