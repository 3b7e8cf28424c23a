import path from 'node:path';

import { ROOT } from './run';

/** Everything the dev backends write at run time lives here (git-ignored). */
export const DATA = path.join(ROOT, '.data');
export const LOGS = path.join(DATA, 'logs');
export const RUN = path.join(DATA, 'run');
export const OUTBOX = path.join(DATA, 'outbox');

export const outboxFile = (version: string) => path.join(OUTBOX, `${version}.jsonl`);
export const stateFile = (version: string) => path.join(DATA, `backend-${version}.json`);
export const logFile = (name: string) => path.join(LOGS, `${name}.log`);
export const pidFile = (name: string) => path.join(RUN, `${name}.pid`);
