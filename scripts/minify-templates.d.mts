import type { Plugin } from 'vite';
export function minifyTemplates(code: string, fileName: string): string;
export function minifyLibrary(dir: string): Promise<void>;
export function minifyTemplatesPlugin(): Plugin;
