// The signed-in credentials live in sessionStorage: they survive a reload of the tab but not its closing, and other
// tabs (and other people on the machine) never see them.
const API_KEY = 'quire.apiKey';
const ADMIN_TOKEN = 'quire.adminToken';
const WORKSPACE = 'quire.workspace';

export interface Credentials {
  apiKey: string | null;
  adminToken: string | null;
}

export function credentials(): Credentials {
  return { apiKey: sessionStorage.getItem(API_KEY), adminToken: sessionStorage.getItem(ADMIN_TOKEN) };
}

export function storeApiKey(key: string | null): void {
  if (key) sessionStorage.setItem(API_KEY, key);
  else sessionStorage.removeItem(API_KEY);
}

export function storeAdminToken(token: string | null): void {
  if (token) sessionStorage.setItem(ADMIN_TOKEN, token);
  else sessionStorage.removeItem(ADMIN_TOKEN);
}

export function storedWorkspace(): string | null {
  return sessionStorage.getItem(WORKSPACE);
}

export function storeWorkspace(id: string | null): void {
  if (id) sessionStorage.setItem(WORKSPACE, id);
  else sessionStorage.removeItem(WORKSPACE);
}

export function forgetAll(): void {
  [API_KEY, ADMIN_TOKEN, WORKSPACE].forEach((name) => sessionStorage.removeItem(name));
}
