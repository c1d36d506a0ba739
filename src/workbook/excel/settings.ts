import { readReviewSettings } from '../../plan';
import { SETTINGS_KEY, type SettingsStore } from '../port';
import { excelErrorText } from './errors';
import { ExcelRunner, runInExcel } from './run';

/**
 * The review settings kept in the workbook's own settings (workbook.settings,
 * ExcelApi 1.4), as Microsoft recommends for Excel: saved with the workbook
 * like any change, no saveAsync. A workbook opened read-only or for viewing
 * only keeps nothing: the officer is told the settings last this session.
 */
export function excelSettings(run: ExcelRunner = runInExcel): SettingsStore {
  return {
    load: () =>
      run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        setting.load('value');
        await context.sync();
        return setting.isNullObject ? {} : readReviewSettings(setting.value);
      }),
    save: (value) =>
      run(async (context) => {
        const workbook = context.workbook;
        workbook.load('readOnly');
        await context.sync();
        if (workbook.readOnly) throw new Error(READ_ONLY);
        workbook.settings.add(SETTINGS_KEY, value);
        try {
          await context.sync();
        } catch (error) {
          throw new Error((error as { code?: string }).code === 'AccessDenied' ? READ_ONLY : excelErrorText(error));
        }
      }),
  };
}

const READ_ONLY =
  'This workbook is open read-only or for viewing only, so the review date, amber window and RAG policy are used now but not kept with it.';
