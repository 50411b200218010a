/** Exposes exactly the typed API to the renderer: one function per channel, nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../shared/api';

const api = {
  'catalogue:meta': (request) => ipcRenderer.invoke('catalogue:meta', request),
  'catalogue:list': (request) => ipcRenderer.invoke('catalogue:list', request),
  'catalogue:get': (request) => ipcRenderer.invoke('catalogue:get', request),
  'geo:layers': (request) => ipcRenderer.invoke('geo:layers', request),
  'shell:open-external': (request) => ipcRenderer.invoke('shell:open-external', request),
  'match:run': (request) => ipcRenderer.invoke('match:run', request),
  'geo:suggest-places': (request) => ipcRenderer.invoke('geo:suggest-places', request),
  'catalogue:vocabulary': (request) => ipcRenderer.invoke('catalogue:vocabulary', request),
  'geo:resolve-place': (request) => ipcRenderer.invoke('geo:resolve-place', request),
} satisfies Api;

contextBridge.exposeInMainWorld('fieldlab', api);
