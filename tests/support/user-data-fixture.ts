/** A user's database in a temporary folder, and file dialogs that answer with paths in it. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileDialogs } from '../../electron/main/reports/report-handlers';
import { UserData } from '../../electron/main/user-db/user-data';

export type UserDataFixture = {
  dir: string;
  userData: UserData;
  files: FileDialogs;
  /** What the next open dialog answers with (null: the user cancels). */
  nextOpen: { path: string | null };
  /** The files the save dialog handed out, in order. */
  saved: string[];
  /** Closes and opens the database again, as a new start of the app does; `meanwhile` runs in between. */
  reopen: (meanwhile?: () => void) => UserData;
  file: string;
  cleanup: () => void;
};

export function openUserDataFixture(dir = mkdtempSync(join(tmpdir(), 'fieldlab-user-'))): UserDataFixture {
  const saved: string[] = [];
  mkdirSync(join(dir, 'saved'), { recursive: true });
  const nextOpen = { path: null as string | null };
  const fixture: UserDataFixture = {
    dir,
    userData: new UserData(join(dir, 'fieldlab-finder.sqlite'), join(dir, 'backups')),
    files: {
      saveAs: async (name) => {
        const path = join(dir, 'saved', name);
        saved.push(path);
        return path;
      },
      openBackup: async () => nextOpen.path,
    },
    nextOpen,
    saved,
    file: join(dir, 'fieldlab-finder.sqlite'),
    reopen: (meanwhile) => {
      fixture.userData.close();
      meanwhile?.();
      fixture.userData = new UserData(join(dir, 'fieldlab-finder.sqlite'), join(dir, 'backups'));
      return fixture.userData;
    },
    cleanup: () => {
      fixture.userData.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}
