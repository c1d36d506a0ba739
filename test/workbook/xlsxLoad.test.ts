import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import officeCrypto from 'officecrypto-tool';
import { WorkbookReadError, openWorkbookFile, readGrids } from '../../src/workbook';
import { fixturePath } from '../helpers/fixtures';

async function sample(): Promise<Buffer> {
  return fs.readFile(fixturePath('luton-vision.xlsx'));
}

describe('opening workbook files', () => {
  it('opens a real .xlsx', async () => {
    const workbook = await openWorkbookFile(fixturePath('luton-vision.xlsx'));
    expect((await workbook.read()).map((s) => s.name)).toEqual(['Vision & Strategic Plan']);
  });

  test.each([
    ['a missing file', async () => openWorkbookFile(path.join(os.tmpdir(), 'no-such-plan.xlsx')), /no such file/],
    ['a folder', async () => openWorkbookFile(os.tmpdir()), /is a folder/],
    ['an empty file', async () => readGrids(Buffer.alloc(0), 'plan.xlsx'), /empty/],
    ['a text file', async () => readGrids(Buffer.from('Ref,Action\n1,Audit\n'), 'plan.txt'), /not an \.xlsx workbook/],
    ['a truncated workbook', async () => readGrids((await sample()).subarray(0, 3000), 'plan.xlsx'), /damaged and cannot be opened/],
    [
      'a password-protected workbook',
      async () => readGrids(await officeCrypto.encrypt(await sample(), { password: 'secret' }), 'plan.xlsx'),
      /password-protected/,
    ],
    [
      'an old .xls workbook',
      async () => readGrids(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]), 'plan.xls'),
      /old-style \.xls/,
    ],
  ])('refuses %s with one clear line', async (_name, open, message) => {
    const error = await open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n/);
  });
});
