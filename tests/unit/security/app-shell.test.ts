import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu-template';
import {
  APP_ORIGIN,
  CSP,
  isLocalRequest,
  isTrustedFrame,
  rendererFileFor,
} from '../../../electron/main/security/origins';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = '/app/out/renderer';

describe('the page comes from app://renderer and nowhere else', () => {
  it("serves the renderer's own files, and nothing outside its folder", () => {
    expect(rendererFileFor(`${APP_ORIGIN}/index.html`, DIR)).toEqual({
      file: join(DIR, 'index.html'),
      type: 'text/html; charset=utf-8',
    });
    expect(rendererFileFor(`${APP_ORIGIN}/`, DIR)?.file).toBe(join(DIR, 'index.html'));
    expect(rendererFileFor(`${APP_ORIGIN}/assets/index-abc.js`, DIR)?.type).toBe('text/javascript; charset=utf-8');
    for (const url of [
      `${APP_ORIGIN}/../../etc/passwd`,
      `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`,
      `${APP_ORIGIN}/..%2f..%2fetc/passwd`,
      `${APP_ORIGIN}/a%00b`,
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      const found = rendererFileFor(url, DIR);
      expect(found === null || found.file.startsWith(`${DIR}/`), url).toBe(true);
    }
    expect(rendererFileFor('app://other/index.html', DIR)).toBeNull();
    expect(rendererFileFor('file:///etc/passwd', DIR)).toBeNull();
  });

  it("takes API calls only from the app's own page (and the dev server in development)", () => {
    expect(isTrustedFrame(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isTrustedFrame('file:///home/user/Downloads/page.html')).toBe(false);
    expect(isTrustedFrame('https://example.org/')).toBe(false);
    expect(isTrustedFrame(undefined)).toBe(false);
    expect(isTrustedFrame('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedFrame('http://localhost:5173/')).toBe(false);
  });

  it('lets no request leave the machine, and reads no other local files', () => {
    for (const url of [
      `${APP_ORIGIN}/assets/a.css`,
      'data:image/png;base64,AAAA',
      'blob:app://renderer/1',
      'devtools://devtools/x',
    ]) {
      expect(isLocalRequest(url), url).toBe(true);
    }
    for (const url of [
      'https://tile.openstreetmap.org/1/1/1.png',
      'http://127.0.0.1:9/',
      'file:///etc/passwd',
      'ws://x/',
    ]) {
      expect(isLocalRequest(url), url).toBe(false);
    }
  });

  it('has one Content-Security-Policy, with no inline scripts or styles, in the page and in the responses', () => {
    const html = readFileSync(join(ROOT, 'renderer/index.html'), 'utf8');
    expect(/content="([^"]+)"/.exec(html.slice(html.indexOf('Content-Security-Policy')))?.[1]).toBe(CSP);
    expect(CSP).not.toContain('unsafe-inline');
    expect(CSP).not.toContain('unsafe-eval');
  });
});

describe('the packaged app', () => {
  it('has no Reload or DevTools in its menu', () => {
    const roles = JSON.stringify(menuTemplate(true, 'linux'));
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(JSON.stringify(menuTemplate(false, 'linux'))).toContain('toggleDevTools');
  });

  it('is packaged with the Electron fuses set: no RunAsNode, NODE_OPTIONS or --inspect, ASAR integrity, encrypted cookies', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'build/package/electron-builder.json'), 'utf8'));
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.extraResources).toEqual([{ from: 'data/generated/catalogue.sqlite', to: 'catalogue.sqlite' }]);
    expect(config.directories.buildResources).toBe('build/package');
  });
});
