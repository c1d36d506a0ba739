import type { Span } from './spans';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * A fragment the patcher writes unprefixed (<c>, <font>…), made to mean the
 * same in a part whose writer prefixed the main namespace (<x:worksheet
 * xmlns:x="…">) and left the default namespace unset: its first element
 * then declares the main namespace as its default.
 */
export function fragmentIn(root: Span, fragment: string): string {
  if (root.attributes.xmlns === MAIN || !fragment.startsWith('<')) return fragment;
  return fragment.replace(/^<([A-Za-z_][\w.-]*)/, `<$1 xmlns="${MAIN}"`);
}
