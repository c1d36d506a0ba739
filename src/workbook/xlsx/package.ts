import type JSZip from 'jszip';
import { strToU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { relsOf } from './partNames';

export { relsOf } from './partNames';

/**
 * The few Open Packaging Conventions steps the product needs to add parts
 * to a package (its sheets, a chart, the add-in's settings): read
 * elements, add a relationship, add a content type, put a part.
 */

export const NS = {
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  package: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  spreadsheet: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
};

/** Every element of the given local name and namespace, as its attributes: by local name, or "{namespace}local" for a namespaced one. */
export function elements(xml: string, local: string, uri: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (tag.local !== local || tag.uri !== uri) return;
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attributes[a.uri ? `{${a.uri}}${a.local}` : a.local] = a.value;
    found.push(attributes);
  });
  parser.write(xml).close();
  return found;
}

/** Text for an XML attribute or element: the five markup characters escaped, characters XML 1.0 cannot hold dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Puts a part's text into the package as UTF-8 bytes: handed a string, JSZip
 * encodes it in its own JavaScript, which took a second over the sheets of a
 * 10,000-action plan.
 */
export function putPart(zip: JSZip, name: string, text: string): void {
  zip.file(name, strToU8(text));
}

export async function partText(zip: JSZip, name: string): Promise<string | null> {
  return (await zip.file(name)?.async('string')) ?? null;
}

/** Adds a relationship from `part` ('' for the package) to `target` (relative to the part's folder); returns its id. */
export async function addRelationship(zip: JSZip, part: string, type: string, target: string): Promise<string> {
  const name = part === '' ? '_rels/.rels' : relsOf(part);
  const xml =
    (await partText(zip, name)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.package}"></Relationships>`;
  const taken = new Set(elements(xml, 'Relationship', NS.package).map((r) => r.Id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const added = `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`;
  putPart(
    zip,
    name,
    xml
      .replace(/<\/Relationships>\s*$/, `${added}</Relationships>`)
      .replace(/<Relationships([^>]*)\/>\s*$/, `<Relationships$1>${added}</Relationships>`),
  );
  return id;
}

export async function addContentType(zip: JSZip, partName: string, contentType: string): Promise<void> {
  const xml = (await partText(zip, '[Content_Types].xml'))!;
  putPart(
    zip,
    '[Content_Types].xml',
    xml.replace(/<\/Types>\s*$/, `<Override PartName="/${partName}" ContentType="${contentType}"/></Types>`),
  );
}

/** The first free name of the form prefix + n + suffix (xl/charts/chart1.xml, chart2.xml…). */
export function freePartName(zip: JSZip, prefix: string, suffix: string): string {
  let n = 1;
  while (zip.file(`${prefix}${n}${suffix}`)) n += 1;
  return `${prefix}${n}${suffix}`;
}
