// What one sentence states (dates, sizes, shares, workforce, credits, teams, places, reason), each read once.
import { findDates } from './dates.js';
import type { DateMention } from './dates.js';
import { findQuantities } from './quantity.js';
import type { Quantity } from './quantity.js';
import { findPercents } from './percent.js';
import type { PercentMention } from './percent.js';
import { findWorkforce } from './workforce.js';
import type { WorkforceMention } from './workforce.js';
import { findSources } from './sources.js';
import { findFunctions } from './functions.js';
import { findLocations } from './locations.js';
import { findReason } from './reason.js';

/**
 * The facts of one sentence, each finder run on first use: the events of an article read the same sentences
 * over and over (its cut sentences, the ones about the company, the ones that may date the news).
 */
export class SentenceFacts {
  #dates?: DateMention[];
  #quantities?: Quantity[];
  #percents?: PercentMention[];
  #workforce?: WorkforceMention[];
  #sources?: string[];
  #functions?: string[];
  #locations?: string[];
  #reason?: string | null;

  constructor(
    readonly text: string,
    /** Publication date (YYYY-MM-DD) that relative dates resolve against. */
    readonly published: string | null,
  ) {}

  get dates(): readonly DateMention[] {
    return (this.#dates ??= findDates(this.text, this.published));
  }
  get quantities(): readonly Quantity[] {
    return (this.#quantities ??= findQuantities(this.text));
  }
  get percents(): readonly PercentMention[] {
    return (this.#percents ??= findPercents(this.text));
  }
  get workforce(): readonly WorkforceMention[] {
    return (this.#workforce ??= findWorkforce(this.text));
  }
  /** Credited outlets and documents, the company itself included (events leave their own company out). */
  get sources(): readonly string[] {
    return (this.#sources ??= findSources(this.text));
  }
  get functions(): readonly string[] {
    return (this.#functions ??= findFunctions(this.text));
  }
  get locations(): readonly string[] {
    return (this.#locations ??= findLocations(this.text));
  }
  get reason(): string | null {
    if (this.#reason === undefined) this.#reason = findReason(this.text);
    return this.#reason;
  }
}

/** A cache of sentence facts for one extraction, keyed by the sentence object. */
export function sentenceFacts<S extends { text: string }>(published: string | null): (s: S) => SentenceFacts {
  const cache = new Map<S, SentenceFacts>();
  return (s) => {
    let facts = cache.get(s);
    if (!facts) cache.set(s, (facts = new SentenceFacts(s.text, published)));
    return facts;
  };
}
