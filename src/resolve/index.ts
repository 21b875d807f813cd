// The resolve stage: company name keys and which stored event a new mention belongs to.
export { companyKey, isSameCompany } from './company-key.js';
export { matchEvent } from './match-event.js';
export { mergeMention } from './merge-event.js';
export type { EventCandidate, EventKey } from './match-event.js';
