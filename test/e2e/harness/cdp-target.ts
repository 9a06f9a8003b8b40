// Drives a Chromium target that Playwright does not surface as a Page (the real action popup)
// through the browser CDP session: attach without flattening, then tunnel CDP commands to it.
import type { CDPSession } from 'playwright-core';
import type { Probe, TestPage } from './driver';
import { writeFile } from 'node:fs/promises';

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export async function attachTarget(browserSession: CDPSession, targetId: string): Promise<TestPage> {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, (reply: Reply) => void>();
  let nextId = 0;
  browserSession.on('Target.receivedMessageFromTarget', event => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });

  const command = async (method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> => {
    nextId += 1;
    const id = nextId;
    const replied = new Promise<Reply>(resolve => pending.set(id, resolve));
    await browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const reply = await replied;
    pending.delete(id);
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result ?? {};
  };

  const evaluate = async <A, R>(probe: Probe<A, R>, arg: A): Promise<R> => {
    const result = await command('Runtime.evaluate', {
      expression: `(${probe.toString()})(${JSON.stringify(arg)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    const details = result.exceptionDetails as { exception?: { description?: string } } | undefined;
    if (details) throw new Error(details.exception?.description ?? 'evaluation failed in target');
    return (result.result as { value: R }).value;
  };

  return {
    evaluate,
    async click(selector) {
      const found = await evaluate((sel: string) => {
        const element = document.querySelector<HTMLElement>(sel);
        element?.click();
        return element !== null;
      }, selector);
      if (!found) throw new Error(`no element ${selector} in target`);
    },
    async bringToFront() {
      await command('Page.bringToFront');
    },
    async mouseMove(x, y) {
      await command('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    },
    async screenshot(path) {
      // Headless captures the popup's surface (≈300 px wide here), not its whole 410 px layout width.
      const { data } = await command('Page.captureScreenshot', { format: 'png' });
      await writeFile(path, Buffer.from(String(data), 'base64'));
    },
    async close() {
      await browserSession.send('Target.closeTarget', { targetId }).catch(() => undefined);
    },
  };
}
