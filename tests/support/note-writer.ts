/**
 * A child process for the crash test: writes a visit's note and a shortlist note again and again, each
 * write committed in its own transaction through the repositories, and prints the number of each
 * write once it is committed. The test kills it at a random moment.
 * Usage: node --import tsx tests/support/note-writer.ts <database> <visitId> <recordId>
 */
import { setVisitNote, updateShortlistItem } from '../../electron/main/companies/visit-repository';
import { openUserDb } from '../../electron/main/user-db/user-db';

const [file, visitId, recordId] = process.argv.slice(2);
const { db } = openUserDb(file);
const padding = 'notitie '.repeat(300);
for (let n = 1; ; n++) {
  const now = new Date().toISOString();
  setVisitNote(db, { id: visitId, note: `${n} ${padding}` }, now);
  updateShortlistItem(db, { visitId, recordId, note: `${n} ${padding}` }, now);
  process.stdout.write(`${n}\n`);
}
