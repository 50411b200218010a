/** Exposes exactly the typed API to the renderer: one function per channel, nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../shared/api';

const api = {
  'catalogue:meta': (request) => ipcRenderer.invoke('catalogue:meta', request),
  'catalogue:list': (request) => ipcRenderer.invoke('catalogue:list', request),
  'catalogue:get': (request) => ipcRenderer.invoke('catalogue:get', request),
  'geo:layers': (request) => ipcRenderer.invoke('geo:layers', request),
  'geo:labels': (request) => ipcRenderer.invoke('geo:labels', request),
  'shell:open-external': (request) => ipcRenderer.invoke('shell:open-external', request),
  'shell:copy-text': (request) => ipcRenderer.invoke('shell:copy-text', request),
  'match:run': (request) => ipcRenderer.invoke('match:run', request),
  'geo:suggest-places': (request) => ipcRenderer.invoke('geo:suggest-places', request),
  'catalogue:vocabulary': (request) => ipcRenderer.invoke('catalogue:vocabulary', request),
  'geo:resolve-place': (request) => ipcRenderer.invoke('geo:resolve-place', request),
  'geo:locate-point': (request) => ipcRenderer.invoke('geo:locate-point', request),
  'profile:restore': (request) => ipcRenderer.invoke('profile:restore', request),
  'session:restore': (request) => ipcRenderer.invoke('session:restore', request),
  'companies:list': (request) => ipcRenderer.invoke('companies:list', request),
  'companies:get': (request) => ipcRenderer.invoke('companies:get', request),
  'companies:save': (request) => ipcRenderer.invoke('companies:save', request),
  'visits:get': (request) => ipcRenderer.invoke('visits:get', request),
  'visits:save': (request) => ipcRenderer.invoke('visits:save', request),
  'visits:set-note': (request) => ipcRenderer.invoke('visits:set-note', request),
  'shortlist:add': (request) => ipcRenderer.invoke('shortlist:add', request),
  'shortlist:update': (request) => ipcRenderer.invoke('shortlist:update', request),
  'shortlist:move': (request) => ipcRenderer.invoke('shortlist:move', request),
  'shortlist:remove': (request) => ipcRenderer.invoke('shortlist:remove', request),
  'reports:visit': (request) => ipcRenderer.invoke('reports:visit', request),
  'reports:save-pdf': (request) => ipcRenderer.invoke('reports:save-pdf', request),
  'reports:save-csv': (request) => ipcRenderer.invoke('reports:save-csv', request),
  'backup:status': (request) => ipcRenderer.invoke('backup:status', request),
  'backup:export': (request) => ipcRenderer.invoke('backup:export', request),
  'backup:import': (request) => ipcRenderer.invoke('backup:import', request),
} satisfies Api;

contextBridge.exposeInMainWorld('fieldlab', api);
// The report page tells the hidden print window that it has drawn the report (see reports/report-window.ts).
contextBridge.exposeInMainWorld('fieldlabReport', { ready: () => ipcRenderer.send('report:ready') });
