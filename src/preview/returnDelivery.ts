import type { ReturnDelivery } from '../taskpane/returnDelivery';
import { saveFile } from './download';

/** In the preview, each lead's return is a download; all of them one .zip ("Update returns - 2021-10-15.zip"). */
export const downloadReturns: ReturnDelivery = {
  verb: 'Download',
  async one(file) {
    saveFile(await file.bytes(), file.name);
    return `Downloaded "${file.name}": send it to ${file.lead}.`;
  },
  async all(files, asOf) {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    for (const file of files) zip.file(file.name, await file.bytes());
    const name = `Update returns - ${asOf}.zip`;
    saveFile(await zip.generateAsync({ type: 'uint8array' }), name);
    return `Downloaded "${name}": ${files.length} returns, one for each lead to fill in.`;
  },
  note: 'Send each lead their own file. Returns come back as .xlsx files: choose them under Merge returns.',
};
