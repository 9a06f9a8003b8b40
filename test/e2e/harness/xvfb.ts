// A private X server for the one headed check (the toolbar badge as pixels): Xvfb writes its
// screen to a file (-fbdir), which we read instead of needing a screenshot tool.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXwd, type Raster } from './raster';
import { waitFor } from './wait';

export const XVFB_PATH = '/usr/bin/Xvfb';

export interface VirtualScreen {
  display: string;
  grab(): Promise<Raster>;
  close(): Promise<void>;
}

export async function startXvfb(width = 1280, height = 800): Promise<VirtualScreen> {
  const number = freeDisplayNumber();
  const dir = await mkdtemp(join(tmpdir(), 'snl-xvfb-'));
  const server: ChildProcess = spawn(XVFB_PATH, [`:${number}`, '-screen', '0', `${width}x${height}x24`, '-fbdir', dir, '-nolisten', 'tcp'], { stdio: 'ignore' });
  const frame = join(dir, 'Xvfb_screen0');
  const close = async (): Promise<void> => {
    server.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor('Xvfb to start', () => existsSync(`/tmp/.X11-unix/X${number}`) && existsSync(frame), ready => ready);
  } catch (error) {
    await close();
    throw error;
  }
  return { display: `:${number}`, grab: async () => readXwd(await readFile(frame)), close };
}

function freeDisplayNumber(): number {
  for (let number = 90; number < 200; number += 1) {
    if (!existsSync(`/tmp/.X${number}-lock`) && !existsSync(`/tmp/.X11-unix/X${number}`)) return number;
  }
  throw new Error('no free X display number');
}
