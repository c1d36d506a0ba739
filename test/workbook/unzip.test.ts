import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { boundedTexts, setUnpacker } from '../../src/workbook/xlsx/bounds';
import { unpacker as fflateUnpacker } from '../../src/workbook/xlsx/fflateUnzip';
import { readGrids } from '../../src/workbook/xlsx';
import { FIXTURES, fixturePath } from '../helpers/fixtures';

/** The command unpacks with Node's zlib, the preview with fflate: the two give the same parts, and refuse the same zips. */
const every = () => true;
/** Node's zlib is the default; fflate is what the browser's bundle has in its place. */
const native = (bytes: Uint8Array) => boundedTexts(bytes, 'plan.xlsx', every);
const fflate = (bytes: Uint8Array) => {
  setUnpacker(fflateUnpacker);
  try {
    return boundedTexts(bytes, 'plan.xlsx', every);
  } finally {
    setUnpacker(undefined);
  }
};

describe('unpacking a workbook in Node and in the browser', () => {
  const files = [...FIXTURES.map(([file]) => file), 'rich-plan.xlsm', 'sdk-template.xlsx'];
  test.each(files)('unpacks %s to the same parts either way', (file) => {
    const bytes = new Uint8Array(readFileSync(fixturePath(file)));
    expect(native(bytes)).toEqual(fflate(bytes));
  });

  it('unpacks stored (uncompressed) parts too', async () => {
    const zip = await JSZip.loadAsync(readFileSync(fixturePath('luton-vision.xlsx')));
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    expect(native(stored)).toEqual(fflate(stored));
  });

  it('refuses, as damaged, a part that unpacks to more than it declares, without unpacking it whole', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', 'x'.repeat(3_000_000));
    const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    // The directory and the local header both say 100 bytes.
    for (let i = 0; i < bytes.length - 4; i += 1) {
      if (bytes.readUInt32LE(i) === 0x02014b50) bytes.writeUInt32LE(100, i + 24);
      if (bytes.readUInt32LE(i) === 0x04034b50) bytes.writeUInt32LE(100, i + 22);
    }
    expect(() => native(new Uint8Array(bytes))).toThrow(/^zip: xl\/worksheets\/sheet1\.xml does not unpack to the size it declares$/);
    const damaged = /^plan\.xlsx is damaged and cannot be opened: (the zip archive|one of its parts is not well-formed XML)/;
    await expect(readGrids(new Uint8Array(bytes), 'plan.xlsx')).rejects.toThrow(damaged);
    setUnpacker(fflateUnpacker);
    try {
      await expect(readGrids(new Uint8Array(bytes), 'plan.xlsx')).rejects.toThrow(damaged);
    } finally {
      setUnpacker(undefined);
    }
  });
});
