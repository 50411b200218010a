/** Every migration of the user's database, in order; imported explicitly so the bundler ships them (no folder scan). */
import type { Migration } from '../migrate';
import { migration0001 } from './0001-companies-and-visits';
import { migration0002 } from './0002-shortlists';
import { migration0003 } from './0003-company-sbi';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];
