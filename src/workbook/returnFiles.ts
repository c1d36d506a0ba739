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
