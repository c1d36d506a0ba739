import { GridArea, SheetGrid, parseAddress } from '../../../plan';
import { boundedTexts } from '../bounds';
import { themeColoursOf } from '../colours';
import { relsOf, targetOf } from '../partNames';
import { elementsNamed } from './scan';
import { sharedStrings } from './sharedStrings';
import { SheetContext, sheetGrid } from './sheet';
import { cellFormats } from './styles';

const WORKBOOK = 'xl/workbook.xml';
/** The parts a read needs: the workbook, its sheets, their relationships and tables, strings, styles and theme. */
const WANTED =
  /^(?:xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|theme\/theme1\.xml|worksheets\/.*|tables\/.*))$/;

interface SheetEntry {
  name: string;
  part: string | undefined;
  state: string | undefined;
}

function relationships(texts: Map<string, string>, part: string): Map<string, string> {
  const xml = texts.get(relsOf(part));
  if (!xml) return new Map();
  return new Map(elementsNamed(xml, 'Relationship').map((r) => [r.Id, targetOf(part, r.Target ?? '')]));
}

function workbookOf(xml: string): { sheets: { name: string; id: string; state?: string }[]; date1904: boolean } {
  // The relationship id is r:id, whatever prefix the file binds to the relationships namespace.
  const id = (attributes: Record<string, string>) => Object.entries(attributes).find(([name]) => name.endsWith(':id'))?.[1] ?? '';
  const sheets = elementsNamed(xml, 'sheet').map((a) => ({ name: a.name ?? '', id: id(a), state: a.state }));
  const date1904 = elementsNamed(xml, 'workbookPr').some((a) => /^(1|true)$/.test(a.date1904 ?? ''));
  return { sheets, date1904 };
}

function tableAreas(texts: Map<string, string>, rels: Map<string, string>, ids: string[]): GridArea[] {
  return ids.flatMap((id) => {
    const xml = texts.get(rels.get(id) ?? '');
    const ref = xml ? elementsNamed(xml, 'table')[0]?.ref : undefined;
    if (!ref) return [];
    const [from, to = from] = ref.split(':');
    const start = parseAddress(from);
    const end = parseAddress(to);
    return [{ top: start.row, left: start.col, bottom: end.row, right: end.col }];
  });
}

/**
 * An .xlsx package's sheets as the engine's grids, read straight from the
 * parts that hold them — cells, shared strings, number formats and fills,
 * merges, tables, hidden state — in one pass over the zip, sizes bounded
 * (bounds.ts) and merges clipped to the cells (merges.ts); column ranges,
 * validations, conditional formats and names are never read. Throws what the zip or XML
 * reader throws; the caller words it for the officer.
 */
export async function readPackage(bytes: Uint8Array, name: string): Promise<SheetGrid[]> {
  const texts = boundedTexts(bytes, name, (part) => WANTED.test(part));
  const workbookXml = texts.get(WORKBOOK);
  if (workbookXml === undefined) throw new Error('zip holds no workbook part');
  const workbook = workbookOf(workbookXml);
  const parts = relationships(texts, WORKBOOK);
  const entries: SheetEntry[] = workbook.sheets.map((s) => ({ name: s.name, part: parts.get(s.id), state: s.state }));
  const theme = themeColoursOf(texts.get('xl/theme/theme1.xml') ?? '');
  const context: SheetContext = {
    strings: sharedStrings(texts.get('xl/sharedStrings.xml')),
    stringCells: [],
    formats: cellFormats(texts.get('xl/styles.xml'), theme),
    date1904: workbook.date1904,
  };
  return entries.flatMap((entry) => {
    const xml = entry.part === undefined ? undefined : texts.get(entry.part);
    // A sheet whose part is missing has no cells to read: left out, as Excel leaves out what it cannot load.
    if (xml === undefined) return [];
    const rels = relationships(texts, entry.part!);
    const grid = sheetGrid(entry.name, xml, context, (ids) => tableAreas(texts, rels, ids));
    return entry.state === 'hidden' || entry.state === 'veryHidden' ? [{ ...grid, hidden: entry.state }] : [grid];
  });
}
