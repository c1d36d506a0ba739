import { PlanResult, RequestOptions, SheetGrid, UpdateReturn, isoDay, readReturn, updateRequests } from '../plan';
import { returnSheet } from './sheets/returnSheet';
import { newWorkbook } from './xlsx/patch/newWorkbook';
import { WorkbookReadError, readGrids } from './xlsx';

/** What no file name may hold on Windows, macOS or Linux: reserved punctuation and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
/** Room for a lead's name in a file name: long names are cut at a word. */
const LEAD_CHARS = 60;

/** A lead's name as a file name can hold it: unsafe characters as a space, spaces folded, no trailing dot or space, cut at a word. */
function safeLead(lead: string): string {
  let safe = lead.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (safe.length > LEAD_CHARS) safe = safe.slice(0, LEAD_CHARS).replace(/\s+\S*$/, '') || safe.slice(0, LEAD_CHARS);
  return safe.replace(/[. ]+$/, '') || 'lead';
}

/**
 * The file name of each lead's update return, in the order given: "Update
 * return - Audit Group - 2021-10-15.xlsx". Names that would be the same on
 * a disk that ignores case are told apart: "… (2).xlsx".
 */
export function returnFileNames(leads: readonly string[], asOf: string): string[] {
  const taken = new Set<string>();
  return leads.map((lead) => {
    const base = `Update return - ${safeLead(lead)} - ${asOf}`;
    let name = `${base}.xlsx`;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n}).xlsx`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A lead's update return, ready to send: its file name and, made when asked for, its workbook. */
export interface ReturnFile {
  lead: string;
  name: string;
  actions: number;
  bytes(): Promise<Uint8Array>;
}

/** The sheet of a return, whatever the lead. */
const RETURN_SHEET = 'Update return';

/** One return per lead (requests.ts), each named for its lead and the review, made into a workbook only when asked for. */
export function returnFiles(result: PlanResult, grids: readonly SheetGrid[], options: RequestOptions): ReturnFile[] {
  const asked = updateRequests(result, grids, options);
  const names = returnFileNames(
    asked.map((request) => request.lead),
    isoDay(options.asOf),
  );
  return asked.map((request, i) => ({
    lead: request.lead,
    name: names[i],
    actions: request.rows.length,
    bytes: () => newWorkbook([returnSheet(request, RETURN_SHEET)]),
  }));
}

/** A returned workbook read as a return, or a WorkbookReadError saying in plain words why it is not one. */
export async function readReturnBytes(bytes: Uint8Array | ArrayBuffer, name: string): Promise<UpdateReturn> {
  const read = readReturn(await readGrids(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), name), name);
  if ('problem' in read) throw new WorkbookReadError(read.problem);
  return read;
}
