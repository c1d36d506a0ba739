import type { ReviewSettings, SettingsStore } from '../workbook/port';

/** In memory: the preview keeps settings for the page's life. */
export function memorySettings(initial: ReviewSettings = {}): SettingsStore {
  let current = initial;
  return {
    load: async () => current,
    save: async (value) => {
      current = value;
    },
  };
}
