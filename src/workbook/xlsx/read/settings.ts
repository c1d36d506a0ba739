import { type ReviewSettings, readReviewSettings } from '../../../plan';
import { SETTINGS_KEY } from '../../port';
import { boundedTexts } from '../bounds';
import { elementsNamed } from './scan';

/** The add-in as manifest.xml names it (a test keeps the two the same). */
export const ADDIN = { id: 'fe899b31-ed4a-43c9-8024-88ced6171335', version: '0.1.0.0' };

export const WEB_EXTENSION_PART = /^xl\/webextensions\/[^/]+\.xml$/;

/** A web extension part ([MS-OWEXML]) that references this add-in; a damaged one is not the add-in's. */
export function isOwnPart(xml: string): boolean {
  try {
    return elementsNamed(xml, 'reference').some((r) => r.id?.toLowerCase() === ADDIN.id);
  } catch {
    return false;
  }
}

/** The review settings a part keeps as the add-in's property, or null when it keeps none it can read. */
function settingsIn(xml: string): ReviewSettings | null {
  try {
    const property = elementsNamed(xml, 'property').find((p) => p.name === SETTINGS_KEY);
    return property ? readReviewSettings(JSON.parse(property.value)) : null;
  } catch {
    // A damaged part loses the settings, never the workbook: the review starts from today.
    return null;
  }
}

/** The review settings a package keeps for this add-in, from whichever web extension part references it; none when absent. */
export function readSettings(bytes: Uint8Array): ReviewSettings {
  for (const xml of boundedTexts(bytes, 'the workbook', (part) => WEB_EXTENSION_PART.test(part)).values()) {
    if (!isOwnPart(xml)) continue;
    const settings = settingsIn(xml);
    if (settings) return settings;
  }
  return {};
}
