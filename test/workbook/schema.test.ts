import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { checkOptionsFor } from '../../src/plan';
import { writeEverything } from '../../src/workbook/operations';
import { XlsxWorkbook, workbookBytes } from '../../src/workbook/xlsx';
import { fixturePath } from '../helpers/fixtures';
import { auditGroupReturn } from '../helpers/returns';

/**
 * What the product writes validates against the schemas, as the Open XML
 * SDK checks them (the validator Microsoft ships for Office's files): a copy
 * it writes has no error its input did not already have, and the parts it
 * adds have none at all. Each workbook is written twice, with a snapshot
 * each time, so sheets written anew in place and rows appended are checked
 * too.
 */

interface SchemaError {
  description: string;
  path: { xpath: string; partUri: string };
  id: string;
}

const FILES: [string, string, string][] = [
  ['llr-sab-2021-22.xlsx', '2021-10-15', '2022-01-15'],
  ['quarterly-tracker.xlsx', '2022-10-15', '2023-01-15'],
  ['table-tracker.xlsx', '2023-10-15', '2024-01-15'],
  ['sdk-template.xlsx', '2021-10-15', '2022-01-15'],
  ['rich-plan.xlsx', '2021-10-15', '2022-01-15'],
  ['rich-plan.xlsm', '2021-10-15', '2022-01-15'],
  ['table-tracker.csv', '2023-10-15', '2024-01-15'],
];

async function writtenTwice(file: string, first: string, second: string): Promise<Uint8Array> {
  const xlsx = await XlsxWorkbook.open(readFileSync(fixturePath(file)), file);
  await writeEverything(xlsx, checkOptionsFor({ asOf: first }), true);
  await writeEverything(xlsx, checkOptionsFor({ asOf: second }), true);
  return workbookBytes(xlsx, { asOf: second });
}

const key = (e: SchemaError) => `${e.path.partUri} ${e.path.xpath} ${e.id}: ${e.description}`;

describe('the schemas', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'board-plan-schema-'));
  const results = new Map<string, { input: SchemaError[]; output: SchemaError[]; added: Set<string> }>();
  let returnErrors: SchemaError[] = [];

  beforeAll(async () => {
    const paths: string[] = [];
    const added = new Map<string, Set<string>>();
    for (const [file, first, second] of FILES) {
      const output = await writtenTwice(file, first, second);
      const written = path.join(dir, `${file}.out.xlsx`);
      writeFileSync(written, output);
      // A CSV has no package of its own to compare with: every part of the copy is the product's.
      const input = file.endsWith('.csv') ? null : fixturePath(file);
      const before = input ? new Set(Object.keys((await JSZip.loadAsync(readFileSync(input))).files)) : new Set<string>();
      added.set(file, new Set(Object.keys((await JSZip.loadAsync(output)).files).filter((name) => !before.has(name))));
      paths.push(...(input ? [input] : []), written);
    }
    writeFileSync(path.join(dir, 'return.xlsx'), await auditGroupReturn());
    paths.push(path.join(dir, 'return.xlsx'));
    const validated = JSON.parse(
      execFileSync(process.execPath, [path.join(__dirname, '..', 'helpers', 'validateOoxml.mjs'), ...paths], { encoding: 'utf8' }),
    ) as Record<string, SchemaError[]>;
    returnErrors = validated[path.join(dir, 'return.xlsx')];
    for (const [file] of FILES) {
      const input = file.endsWith('.csv') ? [] : validated[fixturePath(file)];
      results.set(file, { input, output: validated[path.join(dir, `${file}.out.xlsx`)], added: added.get(file)! });
    }
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(FILES.map(([file]) => file))('a copy of %s written twice has no error its input did not have', (file) => {
    const { input, output } = results.get(file)!;
    const before = new Set(input.map(key));
    expect(output.map(key).filter((error) => !before.has(error))).toEqual([]);
  });

  test.each(FILES.map(([file]) => file))('the parts added to %s have no error at all', (file) => {
    const { output, added } = results.get(file)!;
    // The validator names parts from the package root: /xl/worksheets/sheet9.xml.
    expect(output.filter((e) => added.has(e.path.partUri.slice(1))).map(key)).toEqual([]);
    expect(added.size).toBeGreaterThan(0);
  });

  it('a lead’s update return, a workbook of the product’s alone (protection, drop-downs, hidden columns), has no error', () => {
    expect(returnErrors.map(key)).toEqual([]);
  });
});
