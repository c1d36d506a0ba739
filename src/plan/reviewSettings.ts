import { CheckOptions } from './check';
import { parseIsoDay, today } from './day';
import { DEFAULT_POLICY, POLICIES, RagPolicy } from './policies';

/**
 * The review settings an officer chooses: kept with the workbook (the
 * add-in's settings, the preview's download) and given on the command line.
 */
export interface ReviewSettings {
  /** YYYY-MM-DD, or undefined for today. */
  asOf?: string;
  amberDays?: number;
  graceDays?: number;
  /** Name of one of POLICIES; undefined for the default. */
  policy?: string;
}

/** The policy a settings name stands for; an unknown or missing name is the default. */
function policyNamed(name: string | undefined): RagPolicy {
  return POLICIES.find((policy) => policy.name === name) ?? DEFAULT_POLICY;
}

/** The engine's options for a review, the same in the add-in, the preview and the command. */
export function checkOptionsFor(settings: ReviewSettings): Required<CheckOptions> {
  const base = policyNamed(settings.policy);
  return {
    asOf: (settings.asOf !== undefined ? parseIsoDay(settings.asOf) : null) ?? today(),
    policy: { ...base, amberDays: settings.amberDays ?? base.amberDays, graceDays: settings.graceDays ?? base.graceDays },
  };
}

const DAYS_MAX = 365;
const wholeDays = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= DAYS_MAX;

/** Saved settings as far as they still make sense (an officer may have edited a copy by hand): the rest is dropped. */
export function readReviewSettings(value: unknown): ReviewSettings {
  const saved = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    ...(typeof saved.asOf === 'string' && parseIsoDay(saved.asOf) !== null && { asOf: saved.asOf }),
    ...(wholeDays(saved.amberDays) && { amberDays: saved.amberDays }),
    ...(wholeDays(saved.graceDays) && { graceDays: saved.graceDays }),
    ...(typeof saved.policy === 'string' && POLICIES.some((p) => p.name === saved.policy) && { policy: saved.policy }),
  };
}
