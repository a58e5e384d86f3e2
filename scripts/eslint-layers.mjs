// @ts-check
/**
 * The renderer's layers as an ESLint rule (`dti/layers`):
 * - a feature folder (renderer/features/<task>/) is a leaf: it may import another feature only through that
 *   feature's index (the panels it exports for embedding), never its internals;
 * - the layers below the features (components, exchange, db, hooks, store, platform, i18n) never import a feature
 *   or the app shell;
 * - renderer/db holds no React: no hooks, no components.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const LOWER = ['components', 'exchange', 'db', 'hooks', 'store', 'platform', 'i18n'];

/**
 * Where a file sits in the renderer: its top folder and, for features, the feature name.
 * @param {string} file @param {string} rendererDir
 * @returns {{ top: string, feature: string | undefined, rest: string[] } | undefined}
 */
function place(file, rendererDir) {
  const rel = relative(rendererDir, file);
  if (rel.startsWith('..')) return undefined;
  const parts = rel.split(sep);
  return { top: parts[0] ?? '', feature: parts[0] === 'features' ? parts[1] : undefined, rest: parts.slice(2) };
}

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Feature folders are leaves; lower layers never import features.' },
    messages: {
      featureInternals:
        'Feature folders are leaves: import "{{feature}}" through its index (renderer/features/{{feature}}), not its internals; move shared code to components/, exchange/, hooks/ or db/queries/.',
      lowerImportsFeature: 'renderer/{{top}} is below the features: it must not import renderer/{{target}}.',
      reactInDb: 'renderer/db holds no React: put hooks in renderer/hooks/.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const rendererDir = resolve(context.cwd, 'renderer');
    const from = place(file, rendererDir);
    if (!from) return {};
    /** @param {any} node @param {string} spec */
    const check = (node, spec) => {
      if (from.top === 'db' && /^(react|react-dom|dexie-react-hooks)(\/|$)/.test(spec)) {
        context.report({ node, messageId: 'reactInDb' });
        return;
      }
      if (!spec.startsWith('.')) return;
      const to = place(resolve(dirname(file), spec), rendererDir);
      if (!to) return;
      if (to.top === 'features' && to.feature !== undefined && to.feature !== from.feature) {
        if (LOWER.includes(from.top)) {
          context.report({ node, messageId: 'lowerImportsFeature', data: { top: from.top, target: 'features' } });
        } else if (to.rest.length > 0 && !(to.rest.length === 1 && /^index(\.tsx?)?$/.test(to.rest[0] ?? ''))) {
          context.report({ node, messageId: 'featureInternals', data: { feature: to.feature } });
        }
      } else if (to.top === 'app' && from.top !== 'app' && from.top !== 'main.tsx') {
        context.report({ node, messageId: 'lowerImportsFeature', data: { top: from.top, target: 'app' } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, String(node.source.value)),
      ExportNamedDeclaration: (node) => node.source && check(node, String(node.source.value)),
      ExportAllDeclaration: (node) => check(node, String(node.source.value)),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, String(node.source.value)),
    };
  },
};

export default { rules: { layers } };
