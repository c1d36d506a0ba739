import type JSZip from 'jszip';
import type { ReviewSettings } from '../../plan';
import { SETTINGS_KEY } from '../port';
import { NS, addContentType, addRelationship, elements, freePartName, partText, putPart, xmlText } from './package';
import { intoElement, spansOf, spliced } from './patch/spans';
import { targetOf } from './partNames';
import { ADDIN, WEB_EXTENSION_PART, isOwnPart } from './read/settings';

const WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const REL = {
  taskpanes: 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes',
  webextension: 'http://schemas.microsoft.com/office/2011/relationships/webextension',
};
const TYPE = {
  taskpanes: 'application/vnd.ms-office.webextensiontaskpanes+xml',
  webextension: 'application/vnd.ms-office.webextension+xml',
};

/**
 * The review settings where Excel keeps the add-in's workbook.settings in a
 * file: a property of the add-in's web extension part ([MS-OWEXML]), its
 * value the setting as JSON, the part listed as a (closed) task pane. A file
 * the preview downloads or the command writes then opens in Excel, with the
 * add-in, on the same review, and the preview reads it back from there.
 * The reference names the add-in as deployed by an admin (EXCatalog).
 */
export async function writeSettingsPart(zip: JSZip, settings: ReviewSettings): Promise<void> {
  const existing = await ownPart(zip);
  const part = existing ?? freePartName(zip, 'xl/webextensions/webextension', '.xml');
  putPart(
    zip,
    part,
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      `<we:webextension xmlns:we="${WE}" id="{${crypto.randomUUID().toUpperCase()}}">`,
      `<we:reference id="${ADDIN.id}" version="${ADDIN.version}" store="EXCatalog" storeType="EXCatalog"/><we:alternateReferences/>`,
      `<we:properties><we:property name="${SETTINGS_KEY}" value="${xmlText(JSON.stringify(settings))}"/></we:properties>`,
      `<we:bindings/><we:snapshot xmlns:r="${NS.relationships}"/></we:webextension>`,
    ].join(''),
  );
  // A file the product wrote before keeps its part, rewritten: the task pane list already names it.
  if (existing) return;
  await addContentType(zip, part, TYPE.webextension);
  const listed = await taskpanesPart(zip);
  const taskpanes = listed ?? 'xl/webextensions/taskpanes.xml';
  const reference = await addRelationship(zip, taskpanes, REL.webextension, `/${part}`);
  const pane = `<wetp:taskpane xmlns:wetp="${WETP}" dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${NS.relationships}" r:id="${reference}"/></wetp:taskpane>`;
  if (listed) {
    // Another add-in's task panes are listed already: ours joins the list, theirs stay as they were.
    const xml = (await partText(zip, listed))!;
    const root = spansOf(xml, (_name, depth) => depth === 0)[0];
    putPart(zip, listed, spliced(xml, intoElement(xml, root, [{ text: pane }])));
    return;
  }
  putPart(
    zip,
    taskpanes,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${WETP}">${pane}</wetp:taskpanes>`,
  );
  await addRelationship(zip, '', REL.taskpanes, taskpanes);
  await addContentType(zip, taskpanes, TYPE.taskpanes);
}

/** The package's list of task panes, as its relationships name it, if it has one. */
async function taskpanesPart(zip: JSZip): Promise<string | null> {
  const rels = await partText(zip, '_rels/.rels');
  const found = rels === null ? undefined : elements(rels, 'Relationship', NS.package).find((r) => r.Type === REL.taskpanes);
  if (!found) return null;
  const target = targetOf('', found.Target);
  return zip.file(target) ? target : null;
}

/** The web extension part of this add-in the package already has, if any. */
async function ownPart(zip: JSZip): Promise<string | null> {
  for (const name of Object.keys(zip.files).filter((n) => WEB_EXTENSION_PART.test(n)))
    if (isOwnPart((await partText(zip, name))!)) return name;
  return null;
}
