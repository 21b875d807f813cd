// The layoff event model: what one document says about one cut, and how it is stored and shown.
import type { Evidence } from './evidence.js';

export const EVENT_STATUSES = [
  'announced',
  'planned',
  'completed',
  'reported',
  'rumoured',
  'denied',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_KINDS = ['layoff', 'closure', 'furlough', 'buyout'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface Headcount {
  /** A stated number, or null when the words give only a range. */
  exact: number | null;
  min: number;
  max: number;
  /** The words the size was read from. */
  text: string;
}

export interface Percent {
  value: number;
  /** Range when derived from a headcount range and a workforce size. */
  min: number;
  max: number;
  derived: boolean;
}

export interface LayoffEvent {
  company: string;
  aliases: string[];
  parent: string | null;
  headcount: Headcount | null;
  percent: number | null;
  percentDetail: Percent | null;
  /** Workforce size the article states, used for derived percentages. */
  workforce: number | null;
  functions: string[];
  locations: string[];
  announced: string | null;
  effective: string | null;
  status: EventStatus;
  kind: EventKind;
  reason: string | null;
  sources: string[];
  confidence: number;
  evidence: Partial<Record<EvidenceField, Evidence>>;
}

export type EvidenceField =
  | 'company'
  | 'headcount'
  | 'percent'
  | 'functions'
  | 'locations'
  | 'announced'
  | 'effective'
  | 'status'
  | 'reason'
  | 'sources'
  | 'parent';

/** What extraction says about one article. */
export interface Extraction {
  isLayoffReport: boolean;
  /** The main event first. */
  events: LayoffEvent[];
}
