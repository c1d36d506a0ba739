/**
 * The review settings an officer chooses: kept with the workbook in Excel
 * (document settings), so the next officer to open it sees the same.
 */
export interface ReviewSettings {
  /** YYYY-MM-DD, or undefined for today. */
  asOf?: string;
  amberDays?: number;
}

export interface SettingsStore {
  load(): ReviewSettings;
  save(settings: ReviewSettings): Promise<void>;
}

const KEY = 'boardPlanTracker.review';

/** Office document settings: saved inside the workbook. */
export function officeSettings(settings: Office.Settings): SettingsStore {
  return {
    load: () => (settings.get(KEY) as ReviewSettings | null) ?? {},
    save: (value) => new Promise((resolve, reject) => {
      settings.set(KEY, value);
      settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error.message))));
    }),
  };
}

/** In memory: the preview keeps settings for the page's life. */
export function memorySettings(initial: ReviewSettings = {}): SettingsStore {
  let current = initial;
  return {
    load: () => current,
    save: async (value) => { current = value; },
  };
}
